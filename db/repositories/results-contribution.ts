import { sql } from 'drizzle-orm';
import { countFigure, shareFigure, type PeriodRange } from '../../common/results/figures.js';
import type { ContributionFigures } from '../../common/results/contribution.js';
import type { Conn } from './dossier-touch.js';

/**
 * The contribution-scheme figures of one period, counted as common/results/contribution.ts describes them.
 * Only counts leave the vault here.
 */
export async function contributionFigures(db: Conn, period: PeriodRange, today: string): Promise<ContributionFigures> {
  const { from, to } = period;
  const end = to < today ? to : today;
  const dayOne = (key: string) =>
    sql`(d.werkelijke_vrijlating BETWEEN ${from} AND ${end} AND EXISTS (SELECT 1 FROM day_one_basis b
      WHERE b.dossier_id = d.id AND b.key = ${key} AND b.state = 'geregeld'))`;
  const followup = (cond: ReturnType<typeof sql>) =>
    sql`EXISTS (SELECT 1 FROM followups f WHERE f.dossier_id = d.id AND f.done_on BETWEEN ${from} AND ${to} AND f.reached = 'ja' AND ${cond})`;
  const housing = sql`(${dayOne('housing')} OR ${followup(sql`json_extract(f.basis, '$.housing') = 'geregeld'`)})`;
  const work = sql`(${dayOne('daytime')} OR ${followup(sql`f.work IN ('zelfde', 'anders')`)})`;
  const rows = await db.all<{ base: number; housing: number | null; work: number | null; both: number | null }>(sql`
    SELECT count(*) AS base, sum(h) AS housing, sum(w) AS work, sum(h AND w) AS both FROM (
      SELECT ${housing} AS h, ${work} AS w FROM dossiers d
      WHERE d.werkelijke_vrijlating <= ${end}
        AND NOT (d.status = 'afgesloten' AND d.closed_at IS NOT NULL AND d.closed_at < ${from}))`);
  const r = rows[0];
  const base = Number(r?.base ?? 0);
  const n = (v: number | null | undefined) => Number(v ?? 0);
  return {
    period,
    today,
    inAftercare: countFigure(base),
    housing: shareFigure(n(r?.housing), base),
    work: shareFigure(n(r?.work), base),
    both: shareFigure(n(r?.both), base),
  };
}
