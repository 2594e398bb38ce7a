/**
 * One description per spreadsheet export: the columns, each with a header, how to read its value from a row and
 * what kind of value it is. The CSV writer and the Excel writer both take this description, so the two files of
 * one export always have the same columns in the same order with the same meaning.
 *
 * Kinds:
 * - text: free text; a value that starts like a formula is neutralised in both formats.
 * - id: an identifier made of digits (BSN, dossier number, postcode, phone). Never a number: a BSN that starts with
 *   0 must keep its zero, and a long number must not turn into 1,23E+08. Neutralised like text.
 * - date: ISO yyyy-mm-dd; a real date shown dd-mm-jjjj.
 * - datetime: an ISO timestamp; a real date and time shown dd-mm-jjjj uu:mm in local time.
 * - euro: whole cents; an amount in euro.
 * - number: a count or score.
 */
export type TableCellKind = 'text' | 'id' | 'date' | 'datetime' | 'euro' | 'number';
export type TableCell = string | number | null | undefined;

export interface TableColumn<T> {
  header: string;
  value: (row: T) => TableCell;
  /** Text when left out. */
  kind?: TableCellKind;
}

export interface TableDescription<T> {
  /** The worksheet's name in the workbook (at most 31 characters, no personal data). */
  sheetName: string;
  columns: readonly TableColumn<T>[];
}

/** The formats every spreadsheet export offers. The Excel workbook is the screens' default choice. */
export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];
export const DEFAULT_SPREADSHEET_FORMAT: SpreadsheetFormat = 'xlsx';

/** The register of provisions names the format: 'csv.dossiers' or 'xlsx.dossiers'. */
export function spreadsheetProvisionKind(format: SpreadsheetFormat, what: string): string {
  return `${format}.${what}`;
}
