import type { Handlers } from '../../../common/api/contract.js';
import type { settingsMethods } from '../../../common/api/settings.js';
import { getSettings, updateSettings } from '../../../db/repositories/settings.js';
import { listAudit, recordAudit } from '../../../db/repositories/audit.js';
import type { HandlerContext } from './context.js';

type SettingsHandlers = Pick<Handlers, keyof typeof settingsMethods>;

export function settingsHandlers({ session }: HandlerContext): SettingsHandlers {
  return {
    'settings.get': async () => getSettings(session.requireVault().db),
    'settings.update': async (patch) => {
      const { db } = session.requireVault();
      const next = await updateSettings(db, patch);
      await recordAudit(db, 'settings.update', { keys: Object.keys(patch) });
      session.setAutoLockSeconds(next.autoLockMinutes * 60);
      return next;
    },
    'audit.list': async ({ limit, offset }) => listAudit(session.requireVault().db, limit, offset),
  };
}
