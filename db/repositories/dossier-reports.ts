import { and, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { addDaysIso, daysBetween, localTodayIso } from '../../common/calendar.js';
import { listName } from '../../common/people/names.js';
import { countOverview, type ReasonChange, type StatusChange } from '../../common/dossiers/overview-count.js';
import { DOSSIER_STATUSES, type DossierStatus } from '../../common/dossiers/status.js';
import { DEFAULT_RELEASE_WINDOW_DAYS, proposeStatus, releaseWindowEnd, STATUS_PROPOSAL_RULES, type StatusFact } from '../../common/dossiers/status-proposal.js';
import { DASHBOARD_LIST_MAX, type Dashboard, type DashboardRelease, type DashboardStatusLag, type Overview } from '../../common/dossiers/types.js';
import { dossierContacts, dossierHistory, dossiers, journalNotes } from '../schema.js';
import type { Db } from '../vault.js';

const NOT_YET_RELEASED: DossierStatus[] = ['melding', 'detentie', 'vrijlating_nadert'];

/** The columns a dashboard row needs; full rows carry notes and addresses the page never shows. */
const rowColumns = {
  id: dossiers.id,
  achternaam: dossiers.achternaam,
  tussenvoegsel: dossiers.tussenvoegsel,
  voornamen: dossiers.voornamen,
  roepnaam: dossiers.roepnaam,
  verwachteVrijlating: dossiers.verwachteVrijlating,
  meldingDatum: dossiers.meldingDatum,
  status: dossiers.status,
  institution: dossiers.institution,
  hasSafetyNotes: sql<number>`${dossiers.veiligheid} <> ''`,
};

/** Each fact of the status-proposal rules as SQL, so the list is filtered and counted in one query, not row by row. */
function factSql(fact: StatusFact, today: string, windowDays: number): SQL {
  switch (fact) {
    case 'released':
      return sql`(${dossiers.werkelijkeVrijlating} IS NOT NULL AND ${dossiers.werkelijkeVrijlating} <= ${today})`;
    case 'releaseSoon':
      return sql`(${dossiers.werkelijkeVrijlating} IS NULL AND ${dossiers.verwachteVrijlating} IS NOT NULL AND ${dossiers.verwachteVrijlating} <= ${releaseWindowEnd(today, windowDays)})`;
    case 'detentionStarted':
      return sql`(${dossiers.detentieStart} IS NOT NULL AND ${dossiers.detentieStart} <= ${today})`;
  }
}

/** Dossiers whose status lags behind their dates (the rules in common/dossiers/status-proposal.ts), with the proposal. */
export async function statusLags(db: Db, today: string, windowDays: number): Promise<{ items: DashboardStatusLag[]; total: number }> {
  // `+status` keeps SQLite from gathering the rows of each rule by a separate index (and then reading every full row):
  // all columns tested are in dossiers_status_dates_idx, so that one small index is scanned instead.
  const where = or(...STATUS_PROPOSAL_RULES.map((r) => and(sql`+${dossiers.status} IN ${r.from}`, factSql(r.fact, today, windowDays))))!;
  // The oldest fact first: the dossier that has lagged longest.
  const order = [sql`coalesce(${dossiers.werkelijkeVrijlating}, ${dossiers.verwachteVrijlating}, ${dossiers.detentieStart})`, dossiers.sortName];
  // The page is chosen from the index; only its rows are read in full.
  const page = db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(where)
    .orderBy(...order)
    .limit(DASHBOARD_LIST_MAX);
  const rows = await db
    .select({
      ...rowColumns,
      detentieStart: dossiers.detentieStart,
      werkelijkeVrijlating: dossiers.werkelijkeVrijlating,
    })
    .from(dossiers)
    .where(inArray(dossiers.id, page))
    .orderBy(...order);
  const [total] = await db.select({ n: count() }).from(dossiers).where(where);
  const items: DashboardStatusLag[] = [];
  for (const r of rows) {
    const status = r.status as DossierStatus;
    const proposal = proposeStatus(
      { status, detentieStart: r.detentieStart, verwachteVrijlating: r.verwachteVrijlating, werkelijkeVrijlating: r.werkelijkeVrijlating },
      today,
      windowDays,
    );
    if (proposal) items.push({ id: r.id, name: listName(r), status, proposal });
  }
  return { items, total: total?.n ?? 0 };
}

/**
 * "Vandaag": what needs attention now. Lists are capped at DASHBOARD_LIST_MAX with their totals beside them, so the
 * page stays quick when a data set (or a migration from another system) holds thousands of open notices.
 */
export async function dashboard(db: Db, today = localTodayIso(), windowDays = DEFAULT_RELEASE_WINDOW_DAYS): Promise<Dashboard> {
  const in14 = addDaysIso(today, 14);
  const releasesBetween = (from: string, to: string) =>
    and(inArray(dossiers.status, NOT_YET_RELEASED), isNull(dossiers.werkelijkeVrijlating), sql`${dossiers.verwachteVrijlating} BETWEEN ${from} AND ${to}`);
  const releaseList = async (from: string, to: string) => {
    const where = releasesBetween(from, to);
    const rows = await db.select(rowColumns).from(dossiers).where(where).orderBy(dossiers.verwachteVrijlating, dossiers.sortName).limit(DASHBOARD_LIST_MAX);
    const [total] = await db.select({ n: count() }).from(dossiers).where(where);
    const items: DashboardRelease[] = rows.map((r) => ({
      id: r.id,
      name: listName(r),
      date: r.verwachteVrijlating!,
      daysLeft: daysBetween(today, r.verwachteVrijlating!),
      status: r.status as DossierStatus,
      institution: r.institution,
      hasSafetyNotes: Boolean(r.hasSafetyNotes),
    }));
    return { items, total: total?.n ?? 0 };
  };
  const soon = await releaseList(today, in14);
  const later = await releaseList(addDaysIso(today, 15), addDaysIso(today, 30));
  // A notice is followed up once it has a journal note, a person around the client, or has moved on in the journey.
  const noticeWhere = and(
    eq(dossiers.status, 'melding'),
    sql`NOT EXISTS (SELECT 1 FROM ${journalNotes} WHERE ${journalNotes.dossierId} = ${dossiers.id})`,
    sql`NOT EXISTS (SELECT 1 FROM ${dossierContacts} WHERE ${dossierContacts.dossierId} = ${dossiers.id})`,
    sql`(SELECT count(*) FROM ${dossierHistory} WHERE ${dossierHistory.dossierId} = ${dossiers.id} AND ${dossierHistory.field} = 'status') <= 1`,
  );
  const notices = await db.select(rowColumns).from(dossiers).where(noticeWhere).orderBy(dossiers.meldingDatum, dossiers.id).limit(DASHBOARD_LIST_MAX);
  const [noticeTotal] = await db.select({ n: count() }).from(dossiers).where(noticeWhere);
  const counts = await db.select({ status: dossiers.status, n: count() }).from(dossiers).groupBy(dossiers.status);
  const countsByStatus = Object.fromEntries(DOSSIER_STATUSES.map((s) => [s, 0])) as Record<DossierStatus, number>;
  for (const c of counts) if (c.status in countsByStatus) countsByStatus[c.status as DossierStatus] = c.n;
  return {
    today,
    releases14: soon.items,
    releases15to30: later.items,
    noticesWithoutFollowUp: notices.map((r) => ({
      id: r.id,
      name: listName(r),
      meldingDatum: r.meldingDatum,
      daysSince: r.meldingDatum ? daysBetween(r.meldingDatum, today) : null,
    })),
    totals: { releases14: soon.total, releases15to30: later.total, notices: noticeTotal?.n ?? 0 },
    countsByStatus,
    statusLags: await statusLags(db, today, windowDays),
  };
}

/**
 * The yearly accountability figures; the counting rules are in common/dossiers/overview-count.ts. Closings come
 * from the status history, so a dossier closed, re-opened and closed again keeps both closings.
 */
export async function overview(db: Db, year: number, period: 'month' | 'quarter'): Promise<Overview> {
  const openedOn = sql<string>`coalesce(${dossiers.meldingDatum}, substr(${dossiers.createdAt}, 1, 10))`;
  const [rows, history] = await Promise.all([
    db
      .select({
        id: dossiers.id,
        openedOn,
        releasedOn: dossiers.werkelijkeVrijlating,
        status: dossiers.status,
        closedAt: dossiers.closedAt,
        closingReason: dossiers.closingReason,
      })
      .from(dossiers),
    db
      .select({
        seq: dossierHistory.id,
        dossierId: dossierHistory.dossierId,
        at: dossierHistory.at,
        field: dossierHistory.field,
        from: dossierHistory.oldValue,
        to: dossierHistory.newValue,
      })
      .from(dossierHistory)
      .where(inArray(dossierHistory.field, ['status', 'closingReason'])),
  ]);
  const changes: StatusChange[] = history
    .filter((h) => h.field === 'status' && h.to !== null)
    // The history keeps instants (UTC); the closing date on a dossier is the local calendar day, so is this.
    .map((h) => ({ dossierId: h.dossierId, seq: h.seq, at: h.at, day: localTodayIso(new Date(h.at)), from: h.from, to: h.to! }));
  const reasons: ReasonChange[] = history.filter((h) => h.field === 'closingReason').map((h) => ({ dossierId: h.dossierId, at: h.at, reason: h.to }));
  return countOverview(year, period, { dossiers: rows.map((r) => ({ ...r, status: r.status as DossierStatus })), changes, reasons });
}
