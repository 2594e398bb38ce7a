import { DEFAULT_SOON_DAYS } from '../../common/plan/actions.js';
import { planFigures } from '../../db/repositories/plan-reports.js';
import type { Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { localTodayIso } from '../../common/calendar.js';
import { seedActionsBulk } from '../../db/demo/plans.js';
import { encryptedVsPlain } from './encrypted-vs-plain.js';
import { result, type BenchResult } from './harness.js';

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
  const today = localTodayIso();
  const { first: figures, enc, pl } = await encryptedVsPlain(dir, fill, (db) => planFigures(db, today, DEFAULT_SOON_DAYS));
  const res = result('plans.overdue_100k', enc, pl, `<= 60 ms, ratio <= 1.3 (${figures.overdue} overdue, ${figures.soonDue} soon)`);
  return [res];
}
