import type { Handlers } from '../../../common/api/contract.js';
import type { backupMethods } from '../../../common/api/backups.js';
import { BackupService } from '../backups.js';
import type { HandlerContext } from './context.js';

type BackupHandlers = Pick<Handlers, keyof typeof backupMethods>;

/** The backup area owns its service: created here once per session, with its unlock/shutdown hooks. */
export function backupHandlers({ session, shell }: HandlerContext): BackupHandlers {
  const service = new BackupService(session, { chooseFolder: shell?.chooseFolder });
  service.install();
  return {
    'backup.status': async () => service.status(session.requireVault()),
    'backup.list': async () => ({ backups: await service.list(session.requireVault()) }),
    'backup.create': async () => {
      const e = await service.backup(session.requireVault(), 'handmatig');
      return { name: e.name, date: e.date, createdAt: e.createdAt, reason: e.reason, sizeBytes: e.sizeBytes, counts: e.counts };
    },
    'backup.setFolder': async ({ dir }) => service.setFolder(session.requireVault(), dir),
    'backup.chooseFolder': async () => service.chooseFolder(session.requireVault()),
    'backup.restore': async ({ name }) => service.restore(name),
    'backup.availableWhileLocked': async () => service.availableWhileLocked(),
    'backup.restoreNewestWhileLocked': async ({ password }) => service.restoreNewestWhileLocked(password),
  };
}
