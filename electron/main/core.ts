import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClockSource } from '../../common/calendar.js';
import { loadMigrations } from '../../db/migrate.js';
import { createDispatcher } from './dispatch.js';
import type { ShellCapabilities } from './handlers/context.js';
import { createHandlers } from './handlers/index.js';
import { secureFilesAtStart } from './backups.js';
import { appRoot, migrationsDir } from './paths.js';
import { VaultSession } from './session.js';

/** The main side without its transport: one session, one dispatcher. Both shells and the tests start here. */
export function createCore(opts: { dataDir: string; shell: 'electron' | 'web'; capabilities?: ShellCapabilities; now?: () => number; clock?: ClockSource }) {
  secureFilesAtStart(opts.dataDir);
  const appVersion = (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const session = new VaultSession({ dataDir: opts.dataDir, migrations: loadMigrations(migrationsDir()), shell: opts.shell, appVersion, now: opts.now });
  const handlers = createHandlers({ session, ...(opts.clock ? { clock: opts.clock } : {}), ...(opts.capabilities ? { shell: opts.capabilities } : {}) });
  const dispatch = createDispatcher(session, handlers);
  return { session, dispatch, handlers };
}

export type Core = ReturnType<typeof createCore>;
