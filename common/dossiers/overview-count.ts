import { CLOSING_REASONS, type ClosingReason, type DossierStatus } from './status.js';
import type { Overview, OverviewRow } from './types.js';

/**
 * The counting rules of the yearly overview ("Overzicht"), as pure functions over what the vault holds.
 *
 * - Opened: on the notice date, or the registration date when the notice date is unknown; once per dossier.
 * - Released: on the actual release date.
 * - Closed: every closing in the status history counts in the period it happened, with the reason given at that
 *   moment. A dossier closed, re-opened and closed again counts twice, once per closing. The dossier's current
 *   closing (date and reason on the dossier itself) stands for its latest closing; it is also what counts for a
 *   closed dossier whose history does not show the closing (received in an exchange file, or older data).
 * - Active at the end of the year: opened on or before 31 December and not closed on that day, judged by the
 *   last closing or re-opening on or before it.
 */

export interface OverviewDossier {
  id: number;
  openedOn: string;
  releasedOn: string | null;
  status: DossierStatus;
  closedAt: string | null;
  closingReason: string | null;
}

/** One 'status' line of the dossier history; `day` is the local calendar day of `at`. */
export interface StatusChange {
  dossierId: number;
  /** History row id: orders changes made within the same instant. */
  seq: number;
  at: string;
  day: string;
  from: string | null;
  to: string;
}

/** One 'closingReason' line of the dossier history, written in the same instant as the closing it explains. */
export interface ReasonChange {
  dossierId: number;
  at: string;
  reason: string | null;
}

export interface StateEvent {
  dossierId: number;
  day: string;
  kind: 'closed' | 'reopened';
  reason: ClosingReason;
}

function knownReason(r: string | null | undefined): ClosingReason {
  return (CLOSING_REASONS as readonly string[]).includes(r ?? '') ? (r as ClosingReason) : 'anders';
}

/** Closings and re-openings per dossier, in order; see the rules above. */
export function stateEvents(dossiers: readonly OverviewDossier[], changes: readonly StatusChange[], reasons: readonly ReasonChange[]): StateEvent[] {
  const reasonAt = new Map(reasons.filter((r) => r.reason !== null).map((r) => [`${r.dossierId}|${r.at}`, r.reason]));
  const byDossier = new Map<number, StatusChange[]>();
  for (const c of [...changes].sort((a, b) => a.seq - b.seq)) {
    const list = byDossier.get(c.dossierId) ?? [];
    list.push(c);
    byDossier.set(c.dossierId, list);
  }
  const out: StateEvent[] = [];
  for (const d of dossiers) {
    const list = byDossier.get(d.id) ?? [];
    // Lines with no "from" are the dossier's creation (by hand or by import), not a change of state.
    const transitions = list.filter((c) => c.from !== null);
    const events: StateEvent[] = [];
    for (const c of transitions) {
      if (c.to === 'afgesloten') events.push({ dossierId: d.id, day: c.day, kind: 'closed', reason: knownReason(reasonAt.get(`${d.id}|${c.at}`)) });
      else if (c.from === 'afgesloten') events.push({ dossierId: d.id, day: c.day, kind: 'reopened', reason: 'anders' });
    }
    if (d.status === 'afgesloten' && d.closedAt) {
      const last = list[list.length - 1];
      const current: StateEvent = { dossierId: d.id, day: d.closedAt, kind: 'closed', reason: knownReason(d.closingReason) };
      // The latest closing in the history is the dossier's current one: its own date and reason stand for it.
      if (last && last.from !== null && last.to === 'afgesloten') events[events.length - 1] = current;
      else events.push(current);
    }
    out.push(...events);
  }
  return out;
}

/** Whether the dossier was closed at the end of `day`, by its last closing or re-opening on or before that day. */
export function closedOn(day: string, events: readonly StateEvent[]): boolean {
  let closed = false;
  // Events are in history order per dossier; the last one on or before the day decides.
  for (const e of events) if (e.day <= day) closed = e.kind === 'closed';
  return closed;
}

const MONTHS = ['Januari', 'Februari', 'Maart', 'April', 'Mei', 'Juni', 'Juli', 'Augustus', 'September', 'Oktober', 'November', 'December'];

export function overviewPeriods(year: number, period: 'month' | 'quarter'): { label: string; from: string; to: string }[] {
  const p = (n: number) => String(n).padStart(2, '0');
  const lastDay = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (period === 'quarter')
    return [1, 2, 3, 4].map((q) => ({ label: `K${q} ${year}`, from: `${year}-${p(q * 3 - 2)}-01`, to: `${year}-${p(q * 3)}-${p(lastDay(q * 3))}` }));
  return MONTHS.map((m, i) => ({ label: `${m} ${year}`, from: `${year}-${p(i + 1)}-01`, to: `${year}-${p(i + 1)}-${p(lastDay(i + 1))}` }));
}

function emptyReasons(): Record<ClosingReason, number> {
  return Object.fromEntries(CLOSING_REASONS.map((r) => [r, 0])) as Record<ClosingReason, number>;
}

export function countOverview(
  year: number,
  period: 'month' | 'quarter',
  input: { dossiers: readonly OverviewDossier[]; changes: readonly StatusChange[]; reasons: readonly ReasonChange[] },
): Overview {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows: OverviewRow[] = overviewPeriods(year, period).map((p) => ({
    period: p.label,
    from: p.from,
    to: p.to,
    opened: 0,
    released: 0,
    closed: 0,
    closedByReason: emptyReasons(),
  }));
  const rowFor = (d: string | null) => (d ? rows.find((r) => d >= r.from && d <= r.to) : undefined);
  const events = stateEvents(input.dossiers, input.changes, input.reasons);
  const eventsOf = new Map<number, StateEvent[]>();
  for (const e of events) eventsOf.set(e.dossierId, [...(eventsOf.get(e.dossierId) ?? []), e]);
  let activeAtEnd = 0;
  for (const d of input.dossiers) {
    const o = rowFor(d.openedOn);
    if (o) o.opened++;
    const r = rowFor(d.releasedOn);
    if (r) r.released++;
    if (d.openedOn <= to && !closedOn(to, eventsOf.get(d.id) ?? [])) activeAtEnd++;
  }
  for (const e of events) {
    if (e.kind !== 'closed') continue;
    const r = rowFor(e.day);
    if (!r) continue;
    r.closed++;
    r.closedByReason[e.reason]++;
  }
  const totals: OverviewRow = { period: `Totaal ${year}`, from, to, opened: 0, released: 0, closed: 0, closedByReason: emptyReasons() };
  for (const r of rows) {
    totals.opened += r.opened;
    totals.released += r.released;
    totals.closed += r.closed;
    for (const k of CLOSING_REASONS) totals.closedByReason[k] += r.closedByReason[k];
  }
  return { year, period, rows, totals, activeAtEnd };
}
