import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatcher } from '../../electron/main/dispatch.js';
import { createHandlers } from '../../electron/main/handlers/index.js';
import { VaultSession } from '../../electron/main/session.js';
import { migrate } from '../../db/migrate.js';
import * as schema from '../../db/schema.js';
import type { Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../fixtures/dossiers.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';
import type { Dispatch } from '../../electron/main/dispatch.js';

const PW = 'benchmark wachtwoord lang genoeg';
const N = 10_000;

/** The same main side (session, handlers, dispatcher) over a plain SQLite file, to measure what encryption costs. */
function plainSession(dbPath: string) {
  const client = createClient({ url: pathToFileURL(dbPath).href });
  const db = drizzle(client, { schema }) as unknown as Db;
  // Only what the dossier handlers use; listeners other areas register are accepted and never called.
  const session = {
    requireVault: () => ({ db }),
    isUnlocked: true,
    touch: () => undefined,
    onUnlock: () => undefined,
    onLock: () => undefined,
  } as unknown as VaultSession;
  return { client, db, dispatch: createDispatcher(session, createHandlers({ session })) };
}

async function expectOk(dispatch: Dispatch, method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return r.value;
}

/** dossiers.search_10k and dossiers.list_10k through the API dispatcher, encrypted vault vs plain SQLite. */
export async function benchDossiers(dir: string): Promise<BenchResult[]> {
  const session = new VaultSession({ dataDir: join(dir, 'vault'), migrations: migrations(), shell: 'web', appVersion: 'bench' });
  const { recoveryCode } = await session.beginSetup(PW);
  await session.completeSetup(recoveryCode.slice(-4));
  const enc = createDispatcher(session, createHandlers({ session }));
  await seedDossiersBulk(session.requireVault().db, N, 2026);

  const plain = plainSession(join(dir, 'plain.db'));
  await migrate(plain.client, migrations());
  await seedDossiersBulk(plain.db, N, 2026);

  // Partial names that occur in the synthetic set: a surname fragment, a first name, a different case each run.
  const queries = ['fictief', 'DEMOSTRA', 'voorbeeldink-12', 'zephyr', 'van der proef', 'Oefenaar-9'];
  const listInput = { statuses: ['detentie', 'vrijlating_nadert'], sort: 'release', direction: 'asc', limit: 100 };
  const searchTimes: number[] = [];
  const searchPlain: number[] = [];
  const listTimes: number[] = [];
  const listPlain: number[] = [];
  for (let r = 0; r < 41; r++) {
    const q = { query: queries[r % queries.length] };
    searchTimes.push(...(await timeRuns(1, async () => void (await expectOk(enc, 'dossiers.search', q)), r === 0 ? 2 : 0)));
    searchPlain.push(...(await timeRuns(1, async () => void (await expectOk(plain.dispatch, 'dossiers.search', q)), r === 0 ? 2 : 0)));
    listTimes.push(...(await timeRuns(1, async () => void (await expectOk(enc, 'dossiers.list', listInput)), r === 0 ? 2 : 0)));
    listPlain.push(...(await timeRuns(1, async () => void (await expectOk(plain.dispatch, 'dossiers.list', listInput)), r === 0 ? 2 : 0)));
  }
  await session.shutdown();
  plain.client.close();
  return [
    result('dossiers.search_10k', searchTimes, searchPlain, 'median <= 30 ms, ratio <= 1.3'),
    result('dossiers.list_10k', listTimes, listPlain, 'median <= 30 ms, ratio <= 1.3'),
  ];
}
