import { sql } from 'drizzle-orm';
import { DEFAULT_SETTINGS } from '../../common/settings.js';
import { periodRange } from '../../common/results/figures.js';
import { resultsFigures } from '../../db/repositories/results.js';
import type { Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { seedActionsBulk } from '../../db/demo/plans.js';
import { encryptedVsPlain } from './encrypted-vs-plain.js';
import { result, type BenchResult } from './harness.js';

const DOSSIERS = 10_000;
const ACTIONS = 100_000;
const YEAR = 2026;
/** A fixed day after the year, so every figure of the year is complete and the run does not depend on the clock. */
const TODAY = '2027-01-15';

/**
 * Everything the results figures read, in bulk: releases spread over three years (a third in the year measured),
 * the day-one record (8 lines each), a first contact for two in three, the four follow-up moments of every dossier
 * (40,000, about 60% of the past ones done), contact attempts that leave some unreachable, and 100,000 actions with
 * deadlines over the same three years, half of them countdown actions (5 kinds per dossier).
 */
export async function fillForProfile(db: Db): Promise<number> {
  return fill(db);
}

async function fill(db: Db): Promise<number> {
  await seedDossiersBulk(db, DOSSIERS, 31);
  await seedActionsBulk(db, ACTIONS, 32);
  await db.transaction(async (tx) => {
    await tx.run(sql`UPDATE dossiers SET werkelijke_vrijlating = date('2026-12-31', '-' || (id * 7 % 1095) || ' days')`);
    await tx.run(sql`UPDATE dossiers SET closed_at = date(werkelijke_vrijlating, '+200 days') WHERE status = 'afgesloten'`);
    await tx.run(sql`INSERT INTO day_one_basis (dossier_id, key, state, release_date, recorded_at)
      SELECT d.id, k.key, CASE (d.id * k.n) % 5 WHEN 0 THEN 'niet_geregeld' WHEN 1 THEN 'in_gang' WHEN 4 THEN 'nvt' ELSE 'geregeld' END,
        d.werkelijke_vrijlating, '2026-01-01T00:00:00.000Z'
      FROM dossiers d, (SELECT 'id' AS key, 1 AS n UNION ALL SELECT 'housing', 2 UNION ALL SELECT 'income', 3 UNION ALL SELECT 'debts', 4
        UNION ALL SELECT 'care', 6 UNION ALL SELECT 'network', 7 UNION ALL SELECT 'bank', 8 UNION ALL SELECT 'daytime', 9) k`);
    await tx.run(sql`INSERT INTO first_contacts (dossier_id, contact_at, who, how, recorded_at)
      SELECT id, date(werkelijke_vrijlating, '+' || (id % 4) || ' days') || 'T10:00', 'C', 'telefoon', '2026-01-01T00:00:00.000Z'
      FROM dossiers WHERE id % 3 <> 0`);
    await tx.run(sql`INSERT INTO followups (dossier_id, moment_key, label, due_on, done_on, reached, basis, work, created_at, updated_at)
      SELECT d.id, m.key, m.key, date(d.werkelijke_vrijlating, m.offset),
        CASE WHEN date(d.werkelijke_vrijlating, m.offset) < ${TODAY} AND (d.id * 7 + m.n) % 10 < 6 THEN date(d.werkelijke_vrijlating, m.offset) END,
        CASE WHEN date(d.werkelijke_vrijlating, m.offset) < ${TODAY} AND (d.id * 7 + m.n) % 10 < 6 THEN CASE WHEN d.id % 7 = 0 THEN 'nee' ELSE 'ja' END END,
        json_object('housing', CASE d.id % 3 WHEN 0 THEN 'in_gang' ELSE 'geregeld' END, 'income', CASE d.id % 4 WHEN 0 THEN 'niet_geregeld' ELSE 'geregeld' END,
          'debts', CASE d.id % 5 WHEN 0 THEN 'in_gang' ELSE 'nvt' END),
        CASE d.id % 3 WHEN 0 THEN 'geen' WHEN 1 THEN 'zelfde' ELSE 'anders' END, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
      FROM dossiers d, (SELECT '2-weken' AS key, '+14 days' AS offset, 0 AS n UNION ALL SELECT '3-maanden', '+3 months', 1
        UNION ALL SELECT '6-maanden', '+6 months', 2 UNION ALL SELECT '12-maanden', '+12 months', 3) m`);
    for (let a = 0; a < 4; a++)
      await tx.run(sql`INSERT INTO contact_attempts (dossier_id, date, channel, result, created_at)
        SELECT id, date(werkelijke_vrijlating, ${`+${3 + a * 2} days`}), 'telefoon', CASE WHEN ${a} = 3 AND id % 8 = 1 THEN 'bereikt' ELSE 'geen_gehoor' END,
          '2026-01-01T00:00:00.000Z' FROM dossiers WHERE id % 4 = 1`);
    // Action i belongs to dossier i mod 10,000 (seedActionsBulk), so the first five tenths give each dossier one action of each kind.
    await tx.run(sql`UPDATE plan_actions SET deadline = date('2026-12-31', '-' || (id * 13 % 1095) || ' days'),
      template_key = CASE (id - 1) / ${sql.raw(String(DOSSIERS))} WHEN 0 THEN 'id' WHEN 1 THEN 'uitkering' WHEN 2 THEN 'zorgverzekering' WHEN 3 THEN 'slaapplek' WHEN 4 THEN 'bankrekening' END`);
    await tx.run(sql`UPDATE plan_actions SET completed_on = date(deadline, '+' || ((id * 17 % 30) - 20) || ' days') WHERE status IN ('gedaan', 'vervallen')`);
  });
  const [n] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM followups`);
  return Number(n?.n ?? 0);
}

/** results.year_10k: every figure of the Resultaten screen for one year, encrypted vault vs plain SQLite. */
export async function benchResults(dir: string): Promise<BenchResult[]> {
  const period = periodRange({ kind: 'year', year: YEAR });
  const { filled: moments, first, enc, pl } = await encryptedVsPlain(dir, fill, (db) => resultsFigures(db, period, TODAY, DEFAULT_SETTINGS));
  return [
    result(
      'results.year_10k',
      enc,
      pl,
      `<= 200 ms, ratio <= 1.3 (${DOSSIERS} dossiers, ${ACTIONS} actions, ${moments} moments; ${first.released.n} released in ${YEAR}, ${first.partners.length} partners)`,
    ),
  ];
}
