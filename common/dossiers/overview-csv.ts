import type { SpreadsheetFormat, TableDescription } from '../exchange/table.js';
import { CLOSING_REASONS, CLOSING_REASON_LABELS } from './status.js';
import type { Overview, OverviewRow } from './types.js';

/** Columns of the overview spreadsheet: one row per period, then the year's total. Counts only, no personal data. */
export const OVERVIEW_TABLE: TableDescription<OverviewRow> = {
  sheetName: 'Overzicht nazorg',
  columns: [
    { header: 'Periode', value: (r) => r.period },
    { header: 'Van', value: (r) => r.from, kind: 'date' },
    { header: 'Tot en met', value: (r) => r.to, kind: 'date' },
    { header: 'Geopend', value: (r) => r.opened, kind: 'number' },
    { header: 'Vrijgelaten', value: (r) => r.released, kind: 'number' },
    { header: 'Afgesloten', value: (r) => r.closed, kind: 'number' },
    ...CLOSING_REASONS.map((k) => ({
      header: `Afgesloten: ${CLOSING_REASON_LABELS[k]}`,
      value: (r: OverviewRow) => r.closedByReason[k],
      kind: 'number' as const,
    })),
  ],
};

export function overviewFileName(o: Overview, format: SpreadsheetFormat = 'csv'): string {
  return `overzicht-nazorg-${o.year}-${o.period === 'month' ? 'per-maand' : 'per-kwartaal'}.${format}`;
}

export const overviewCsvFileName = (o: Overview): string => overviewFileName(o, 'csv');
