import { stringify } from 'csv-stringify/sync';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates.js';
import type { TableCellKind, TableColumn } from '../../../common/exchange/table.js';
import { formatEuroCents } from '../../../common/money.js';

/**
 * CSV as Dutch Excel opens it by double-click: semicolon separators (the comma is the decimal sign), UTF-8 with
 * a byte-order mark (otherwise é and ë turn into Ã©), CRLF line ends, dates dd-mm-jjjj, amounts "€ 1.234,56".
 */
export type CsvCell = string | number | null | undefined;
/** The same column description the Excel writer takes (common/exchange/table.ts). */
export type CsvColumn<T> = TableColumn<T>;

export const BOM = '\uFEFF';

function cell(kind: TableCellKind | undefined, v: CsvCell): string {
  if (v === null || v === undefined || v === '') return '';
  switch (kind) {
    case 'date':
      return formatDateNl(String(v));
    case 'datetime':
      return formatDateTimeNl(String(v));
    case 'euro':
      return formatEuroCents(Number(v));
    case 'number':
      return String(v).replace('.', ',');
    default:
      return neutraliseFormula(String(v));
  }
}

/** A cell starting with = + - @ would run as a formula in Excel (CSV injection); a leading apostrophe keeps it text. */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function toDutchCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): Buffer {
  const body = stringify(
    rows.map((r) => columns.map((c) => cell(c.kind, c.value(r)))),
    { delimiter: ';', record_delimiter: '\r\n', header: true, columns: columns.map((c) => c.header), quoted_match: /[;"\r\n]/ },
  );
  return Buffer.from(BOM + body, 'utf8');
}
