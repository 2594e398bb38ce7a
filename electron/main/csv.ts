import { stringify } from 'csv-stringify/sync';

/** CSV as Dutch Excel opens it without an import wizard: semicolons, CRLF, and a UTF-8 byte order mark. */
export function toDutchCsv(rows: string[][]): string {
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ })}`;
}
