import { CLOSING_REASONS, CLOSING_REASON_LABELS } from './status.js';
import type { Overview } from './types.js';
import { formatDateNl } from '../dates.js';

/** The overview as table rows for a spreadsheet: one row per period, then the year's total. Counts only, no personal data. */
export function overviewCsvRows(o: Overview): string[][] {
  const head = [
    'Periode',
    'Van',
    'Tot en met',
    'Geopend',
    'Vrijgelaten',
    'Afgesloten',
    ...CLOSING_REASONS.map((r) => `Afgesloten: ${CLOSING_REASON_LABELS[r]}`),
  ];
  const line = (r: Overview['rows'][number]) => [
    r.period,
    formatDateNl(r.from),
    formatDateNl(r.to),
    String(r.opened),
    String(r.released),
    String(r.closed),
    ...CLOSING_REASONS.map((k) => String(r.closedByReason[k])),
  ];
  return [head, ...o.rows.map(line), line(o.totals)];
}

export function overviewCsvFileName(o: Overview): string {
  return `overzicht-nazorg-${o.year}-${o.period === 'month' ? 'per-maand' : 'per-kwartaal'}.csv`;
}
