import { CLOSING_REASONS, CLOSING_REASON_LABELS } from './status.js';
import type { Overview, OverviewRow } from './types.js';

/** Columns of the overview spreadsheet: one row per period, then the year's total. Counts only, no personal data. */
export const OVERVIEW_CSV_COLUMNS: { header: string; value: (r: OverviewRow) => string | number; kind?: 'date' }[] = [
  { header: 'Periode', value: (r) => r.period },
  { header: 'Van', value: (r) => r.from, kind: 'date' },
  { header: 'Tot en met', value: (r) => r.to, kind: 'date' },
  { header: 'Geopend', value: (r) => r.opened },
  { header: 'Vrijgelaten', value: (r) => r.released },
  { header: 'Afgesloten', value: (r) => r.closed },
  ...CLOSING_REASONS.map((k) => ({ header: `Afgesloten: ${CLOSING_REASON_LABELS[k]}`, value: (r: OverviewRow) => r.closedByReason[k] })),
];

export function overviewCsvFileName(o: Overview): string {
  return `overzicht-nazorg-${o.year}-${o.period === 'month' ? 'per-maand' : 'per-kwartaal'}.csv`;
}
