import type { SpreadsheetFormat, TableDescription } from './exchange/table.js';

interface AuditRow {
  at: string;
  event: string;
  detail: Record<string, unknown>;
}

/**
 * Detail flattened to "key=value" pairs: it holds ids, counts and codes only, never names. The spreadsheet writers
 * neutralise it like any other text cell: a detail can hold text that came from outside (a template name, a file's
 * section name).
 */
export function flattenDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

/** The audit trail (logboek) as a spreadsheet: the same columns in CSV and in the Excel workbook. */
export const AUDIT_TABLE: TableDescription<AuditRow> = {
  sheetName: 'Logboek',
  columns: [
    { header: 'Tijdstip', value: (e) => e.at, kind: 'datetime' },
    { header: 'Gebeurtenis', value: (e) => e.event },
    { header: 'Details', value: (e) => flattenDetail(e.detail) },
  ],
};

/** A file name with the date only. */
export function auditFileName(today: string, format: SpreadsheetFormat): string {
  return `logboek-${today}.${format}`;
}
