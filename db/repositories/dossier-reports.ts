import { and, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { localTodayIso } from '../../common/dossiers/fields.js';
import { displayName } from '../../common/dossiers/search.js';
import { CLOSING_REASONS, DOSSIER_STATUSES, type ClosingReason, type DossierStatus } from '../../common/dossiers/status.js';
import { DASHBOARD_LIST_MAX, type Dashboard, type DashboardRelease, type Overview, type OverviewRow } from '../../common/dossiers/types.js';
import { dossierContacts, dossierHistory, dossiers, journalNotes } from '../schema.js';
import type { Db } from '../vault.js';
import { addDaysIso } from './dossiers.js';

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T12:00:00Z`) - Date.parse(`${fromIso}T12:00:00Z`)) / 86_400_000);
}

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

/**
 * "Vandaag": what needs attention now. Lists are capped at DASHBOARD_LIST_MAX with their totals beside them, so the
 * page stays quick when a data set (or a migration from another system) holds thousands of open notices.
 */
export async function dashboard(db: Db, today = localTodayIso()): Promise<Dashboard> {
  const in14 = addDaysIso(today, 14);
  const releasesBetween = (from: string, to: string) =>
    and(inArray(dossiers.status, NOT_YET_RELEASED), isNull(dossiers.werkelijkeVrijlating), sql`${dossiers.verwachteVrijlating} BETWEEN ${from} AND ${to}`);
  const releaseList = async (from: string, to: string) => {
    const where = releasesBetween(from, to);
    const rows = await db.select(rowColumns).from(dossiers).where(where).orderBy(dossiers.verwachteVrijlating, dossiers.sortName).limit(DASHBOARD_LIST_MAX);
    const [total] = await db.select({ n: count() }).from(dossiers).where(where);
    const items: DashboardRelease[] = rows.map((r) => ({
      id: r.id,
      name: displayName(r),
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
      name: displayName(r),
      meldingDatum: r.meldingDatum,
      daysSince: r.meldingDatum ? daysBetween(r.meldingDatum, today) : null,
    })),
    totals: { releases14: soon.total, releases15to30: later.total, notices: noticeTotal?.n ?? 0 },
    countsByStatus,
  };
}

const MONTHS = ['Januari', 'Februari', 'Maart', 'April', 'Mei', 'Juni', 'Juli', 'Augustus', 'September', 'Oktober', 'November', 'December'];

function periods(year: number, period: 'month' | 'quarter'): { label: string; from: string; to: string }[] {
  const p = (n: number) => String(n).padStart(2, '0');
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (period === 'quarter')
    return [1, 2, 3, 4].map((q) => ({ label: `K${q} ${year}`, from: `${year}-${p(q * 3 - 2)}-01`, to: `${year}-${p(q * 3)}-${p(lastDay(q * 3))}` }));
  return MONTHS.map((m, i) => ({ label: `${m} ${year}`, from: `${year}-${p(i + 1)}-01`, to: `${year}-${p(i + 1)}-${p(lastDay(i + 1))}` }));
}

function emptyReasons(): Record<ClosingReason, number> {
  return Object.fromEntries(CLOSING_REASONS.map((r) => [r, 0])) as Record<ClosingReason, number>;
}

/**
 * The yearly accountability figures. A dossier counts as opened on its notice date (or registration
 * date when the notice date is unknown), released on its actual release date, closed on its closing date.
 */
export async function overview(db: Db, year: number, period: 'month' | 'quarter'): Promise<Overview> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const openedOn = sql<string>`coalesce(${dossiers.meldingDatum}, substr(${dossiers.createdAt}, 1, 10))`;
  const [opened, released, closed, [active]] = await Promise.all([
    db
      .select({ d: openedOn })
      .from(dossiers)
      .where(sql`${openedOn} BETWEEN ${from} AND ${to}`),
    db
      .select({ d: dossiers.werkelijkeVrijlating })
      .from(dossiers)
      .where(sql`${dossiers.werkelijkeVrijlating} BETWEEN ${from} AND ${to}`),
    db
      .select({ d: dossiers.closedAt, reason: dossiers.closingReason })
      .from(dossiers)
      .where(and(isNotNull(dossiers.closedAt), sql`${dossiers.closedAt} BETWEEN ${from} AND ${to}`)),
    db
      .select({ n: count() })
      .from(dossiers)
      .where(sql`${openedOn} <= ${to} AND (${dossiers.closedAt} IS NULL OR ${dossiers.closedAt} > ${to})`),
  ]);
  const rows: OverviewRow[] = periods(year, period).map((p) => ({
    period: p.label,
    from: p.from,
    to: p.to,
    opened: 0,
    released: 0,
    closed: 0,
    closedByReason: emptyReasons(),
  }));
  const rowFor = (d: string) => rows.find((r) => d >= r.from && d <= r.to);
  for (const o of opened) {
    const r = rowFor(o.d);
    if (r) r.opened++;
  }
  for (const o of released) {
    const r = rowFor(o.d!);
    if (r) r.released++;
  }
  for (const c of closed) {
    const r = rowFor(c.d!);
    if (!r) continue;
    r.closed++;
    const reason = (CLOSING_REASONS as readonly string[]).includes(c.reason ?? '') ? (c.reason as ClosingReason) : 'anders';
    r.closedByReason[reason]++;
  }
  const totals: OverviewRow = { period: `Totaal ${year}`, from, to, opened: 0, released: 0, closed: 0, closedByReason: emptyReasons() };
  for (const r of rows) {
    totals.opened += r.opened;
    totals.released += r.released;
    totals.closed += r.closed;
    for (const k of CLOSING_REASONS) totals.closedByReason[k] += r.closedByReason[k];
  }
  return { year, period, rows, totals, activeAtEnd: active?.n ?? 0 };
}
