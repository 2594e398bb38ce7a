import { and, asc, eq, inArray, isNotNull, lt, lte, ne, sql } from 'drizzle-orm';
import { OVERDUE_DOSSIER_FILTER, soonDueUntil } from '../../common/plan/actions.js';
import { dossiers, planActions, plans } from '../schema.js';
import { type Conn } from './plan-history.js';
import { registerDossierFilter } from './dossier-filters.js';

import { CLOSED_STATUS, OPEN_STATUSES, selectActions } from './plan-view.js';

/** Figures over all plans: the dashboard counts, list badges, the overdue filter and what can be chased. */

/**
 * Open actions (of dossiers not closed) overdue or due soon: the dashboard's figures. Each count is a
 * range over a covering index (status, deadline, dossier_id) or (partner_id, status, ...), so the work
 * grows with the overdue and soon-due actions, not with all actions; closed dossiers are one small set.
 */
export async function planFigures(db: Conn, today: string, soonDays: number) {
  const until = soonDueUntil(today, soonDays);
  const open = sql`status IN ('open', 'bezig')`;
  const notClosed = sql`dossier_id NOT IN (SELECT id FROM dossiers WHERE status = ${CLOSED_STATUS})`;
  const [row] = await db.all<{ overdue: number; soon: number; dossiers: number; unassigned: number }>(sql`
    SELECT
      (SELECT count(*) FROM plan_actions WHERE ${open} AND deadline < ${today} AND ${notClosed}) AS overdue,
      (SELECT count(*) FROM plan_actions WHERE ${open} AND deadline BETWEEN ${today} AND ${until} AND ${notClosed}) AS soon,
      (SELECT count(DISTINCT dossier_id) FROM plan_actions WHERE ${open} AND deadline < ${today} AND ${notClosed}) AS dossiers,
      (SELECT count(*) FROM plan_actions WHERE partner_id IS NULL AND ${open} AND ${notClosed}) AS unassigned`);
  return { overdue: row?.overdue ?? 0, soonDue: row?.soon ?? 0, dossiersWithOverdue: row?.dossiers ?? 0, unassignedOpen: row?.unassigned ?? 0 };
}

/** The condition "this dossier has overdue actions", for the dossier list's filter. */
export function hasOverdueActionsSql(today: string) {
  // Qualified by hand: drizzle leaves columns of single-table queries unqualified, which inside this subquery would bind to plan_actions.
  return sql`EXISTS (SELECT 1 FROM plan_actions pa WHERE pa.dossier_id = "dossiers"."id" AND pa.status IN ('open', 'bezig') AND pa.deadline < ${today})`;
}

registerDossierFilter(OVERDUE_DOSSIER_FILTER, hasOverdueActionsSql);

export async function planBadges(db: Conn, dossierIds: number[], today: string) {
  if (dossierIds.length === 0) return [];
  const strips = await db.select({ dossierId: plans.dossierId, strip: plans.basisStrip }).from(plans).where(inArray(plans.dossierId, dossierIds));
  const overdue = await db
    .select({ dossierId: planActions.dossierId, n: sql<number>`count(*)` })
    .from(planActions)
    .where(and(inArray(planActions.dossierId, dossierIds), inArray(planActions.status, OPEN_STATUSES), lt(planActions.deadline, today)))
    .groupBy(planActions.dossierId);
  return dossierIds.map((id) => ({
    dossierId: id,
    strip: strips.find((s) => s.dossierId === id)?.strip ?? 'oooooooo',
    overdue: overdue.find((o) => o.dossierId === id)?.n ?? 0,
  }));
}

/** Open actions due on or before `until` (or overdue), of dossiers not closed, with the client's name fields. */
export async function chaseableActions(db: Conn, until: string, partnerId?: number) {
  return selectActions(db)
    .innerJoin(dossiers, eq(dossiers.id, planActions.dossierId))
    .where(
      and(
        inArray(planActions.status, OPEN_STATUSES),
        isNotNull(planActions.deadline),
        lte(planActions.deadline, until),
        ne(dossiers.status, CLOSED_STATUS),
        partnerId === undefined ? undefined : eq(planActions.partnerId, partnerId),
      ),
    )
    .orderBy(asc(planActions.deadline));
}

export async function dossierNames(db: Conn, ids: number[]) {
  if (ids.length === 0) return new Map<number, { voornamen: string; tussenvoegsel: string; achternaam: string }>();
  const rows = await db
    .select({ id: dossiers.id, voornamen: dossiers.voornamen, tussenvoegsel: dossiers.tussenvoegsel, achternaam: dossiers.achternaam })
    .from(dossiers)
    .where(inArray(dossiers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
