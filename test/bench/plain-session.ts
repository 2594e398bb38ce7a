import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { pathToFileURL } from 'node:url';
import { migrate } from '../../db/migrate.js';
import { createDispatcher, type Dispatch } from '../../electron/main/dispatch.js';
import { createHandlers } from '../../electron/main/handlers/index.js';
import type { VaultSession } from '../../electron/main/session.js';
import * as schema from '../../db/schema.js';
import type { Db } from '../../db/vault.js';
import { migrations } from '../helpers/migrations.js';

/** A plain, unencrypted SQLite file with the app's schema, migrated: the yardstick beside an encrypted vault. */
export async function plainDb(dbPath: string): Promise<{ client: Client; db: Db }> {
  const client = createClient({ url: pathToFileURL(dbPath).href });
  await migrate(client, migrations());
  return { client, db: drizzle(client, { schema }) as unknown as Db };
}

/**
 * The same main side (handlers, dispatcher) over a plain, unencrypted SQLite file, so a benchmark can show what
 * encryption costs. Only what the handlers use of the session is provided; listeners are accepted and never called.
 */
export function plainSession(dbPath: string): { client: Client; db: Db; dispatch: Dispatch } {
  const client = createClient({ url: pathToFileURL(dbPath).href });
  const db = drizzle(client, { schema }) as unknown as Db;
  const session = {
    requireVault: () => ({ db }),
    isUnlocked: true,
    touch: () => undefined,
    onUnlock: () => undefined,
    onLock: () => undefined,
    status: () => ({ appVersion: 'bench' }),
  } as unknown as VaultSession;
  return { client, db, dispatch: createDispatcher(session, createHandlers({ session })) };
}

export async function expectOk(dispatch: Dispatch, method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return r.value;
}
