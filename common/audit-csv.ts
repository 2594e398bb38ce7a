import { neutraliseCsvFormula } from './csv-formula.js';
import { formatDateTimeNl } from './dates.js';

/**
 * The audit trail as rows for a CSV file that Dutch Excel opens directly (the writer adds the
 * semicolons and the UTF-8 byte-order mark). Detail is flattened to "key=value" pairs: it holds ids,
 * counts and codes only, never names. Every cell is neutralised like any other CSV cell: a detail can hold
 * text that came from outside (a template name, a file's section name).
 */
export const AUDIT_CSV_HEADER = ['Tijdstip', 'Gebeurtenis', 'Details'] as const;

export function auditCsvRows(entries: readonly { at: string; event: string; detail: Record<string, unknown> }[]): string[][] {
  return entries.map((e) => [formatDateTimeNl(e.at), e.event, flattenDetail(e.detail)].map(neutraliseCsvFormula));
}

export function flattenDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

/** A file name with the date only. */
export function auditCsvFileName(today: string): string {
  return `logboek-${today}.csv`;
}
