import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SOON_DAYS } from '../../common/plan/actions.js';
import { migrate } from '../../db/migrate.js';
import { planFigures } from '../../db/repositories/plan-reports.js';
import * as schema from '../../db/schema.js';
import { createVault, generateRecoveryCode, type Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { localToday, seedActionsBulk } from '../../db/demo/plans.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const PW = 'benchmark wachtwoord lang genoeg';
const DOSSIERS = 10_000;
const ACTIONS = 100_000;

async function fill(db: Db): Promise<void> {
  await seedDossiersBulk(db, DOSSIERS, 11);
  await seedActionsBulk(db, ACTIONS, 12);
}

/**
 * plans.overdue_100k: the dashboard's overdue and soon-due figures (planFigures, the same query the API runs)
 * over 10,000 dossiers with 100,000 actions, encrypted vault vs the same schema and data in plain SQLite.
 */
export async function benchPlans(dir: string): Promise<BenchResult[]> {
  const vault = await createVault(join(dir, 'vault'), PW, generateRecoveryCode(), migrations());
  const plainClient: Client = createClient({ url: pathToFileURL(join(dir, 'plain.db')).href });
  await migrate(plainClient, migrations());
  const plain = drizzle(plainClient, { schema });
  await fill(vault.db);
  await fill(plain);
  const today = localToday();
  const figures = await planFigures(vault.db, today, DEFAULT_SOON_DAYS);
  const enc: number[] = [];
  const pl: number[] = [];
  for (let r = 0; r < 21; r++) {
    enc.push(...(await timeRuns(1, async () => void (await planFigures(vault.db, today, DEFAULT_SOON_DAYS)), r === 0 ? 2 : 0)));
    pl.push(...(await timeRuns(1, async () => void (await planFigures(plain, today, DEFAULT_SOON_DAYS)), r === 0 ? 2 : 0)));
  }
  vault.close();
  plainClient.close();
  const res = result('plans.overdue_100k', enc, pl, `<= 60 ms, ratio <= 1.3 (${figures.overdue} overdue, ${figures.soonDue} soon)`);
  return [res];
}
