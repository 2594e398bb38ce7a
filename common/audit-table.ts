import { flattenDetail } from './audit-csv.js';
import type { SpreadsheetFormat, TableDescription } from './exchange/table.js';

interface AuditRow {
  at: string;
  event: string;
  detail: Record<string, unknown>;
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
