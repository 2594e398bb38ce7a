import { join } from 'node:path';
import { createDispatcher } from '../../electron/main/dispatch.js';
import { createHandlers } from '../../electron/main/handlers/index.js';
import { VaultSession } from '../../electron/main/session.js';
import { migrate } from '../../db/migrate.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';
import { expectOk, plainSession } from './plain-session.js';

const PW = 'benchmark wachtwoord lang genoeg';
const N = 10_000;

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
