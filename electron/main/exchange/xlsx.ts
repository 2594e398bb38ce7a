import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { isValid, parseISO } from 'date-fns';
import { formatDateNl, formatDateTimeNl } from '../../../common/dates.js';
import type { TableCell, TableCellKind, TableDescription } from '../../../common/exchange/table.js';
import { formatEuroCents } from '../../../common/money.js';
import { neutraliseFormula } from './csv.js';

/**
 * Excel workbooks (.xlsx, written with exceljs) from the same table description as the CSV files. Unlike a CSV,
 * every cell carries its type, so Excel does not guess: identifiers stay text (a BSN keeps its leading zero),
 * dates are real dates shown dd-mm-jjjj, amounts are numbers in euro format. The header row stays in view and
 * the columns are wide enough for their contents.
 *
 * Number formats are stored in Excel's own (English) notation; Dutch Excel shows "#,##0.00" as 1.234,56.
 */
export const XLSX_FORMATS = {
  text: '@',
  date: 'dd-mm-yyyy',
  datetime: 'dd-mm-yyyy hh:mm',
  euro: '"€" #,##0.00;"€" -#,##0.00',
} as const;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Excel stores dates without a time zone; the wall-clock time as Dutch readers see it is written as if UTC. */
function wallClock(iso: string, withTime: boolean): Date | null {
  const d = parseISO(iso);
  if (!isValid(d)) return null;
  return withTime
    ? new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()))
    : new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

/** The value to store and the text it shows (for the column width). */
function cellValue(kind: TableCellKind, v: TableCell): { value: ExcelJS.CellValue; shown: string } | null {
  if (v === null || v === undefined || v === '') return null;
  switch (kind) {
    case 'date': {
      const d = wallClock(String(v), false);
      return d ? { value: d, shown: formatDateNl(String(v)) } : null;
    }
    case 'datetime': {
      const d = wallClock(String(v), true);
      return d ? { value: d, shown: formatDateTimeNl(String(v)) } : null;
    }
    case 'euro': {
      const cents = Number(v);
      return Number.isFinite(cents) ? { value: cents / 100, shown: formatEuroCents(cents) } : null;
    }
    case 'number': {
      const n = Number(v);
      return Number.isFinite(n) ? { value: n, shown: String(n) } : { value: neutraliseFormula(String(v)), shown: String(v) };
    }
    default: {
      const s = neutraliseFormula(String(v));
      return { value: s, shown: s };
    }
  }
}

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Blad1';
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * Written with exceljs's streaming writer: the register of provisions or the audit log can hold 100,000 rows, and
 * the in-memory workbook needs gigabytes for that. The first pass gathers the values and the column widths (the
 * widths are written before the rows).
 */
export async function toXlsx<T>(table: TableDescription<T>, rows: readonly T[]): Promise<Buffer> {
  const kinds = table.columns.map((c) => c.kind ?? 'text');
  const widths = table.columns.map((c) => c.header.length);
  const values: ExcelJS.CellValue[][] = rows.map((row) =>
    table.columns.map((c, i) => {
      const v = cellValue(kinds[i]!, c.value(row));
      if (!v) return null;
      widths[i] = Math.max(widths[i]!, longestLine(v.shown));
      return v.value;
    }),
  );

  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'Nazorgdossier';
  const ws = wb.addWorksheet(safeSheetName(table.sheetName), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = table.columns.map((c, i) => {
    const kind = kinds[i]!;
    const numFmt = kind === 'text' || kind === 'id' ? XLSX_FORMATS.text : kind === 'number' ? undefined : XLSX_FORMATS[kind];
    return { header: c.header, key: String(i), width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]! + 2)), ...(numFmt ? { style: { numFmt } } : {}) };
  });
  if (table.columns.length > 0) ws.autoFilter = { from: 'A1', to: `${columnLetter(table.columns.length)}1` };
  const header = ws.getRow(1);
  // The header cells themselves are bold text, whatever the column holds below them.
  header.eachCell((cell) => {
    cell.numFmt = XLSX_FORMATS.text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  header.commit();
  for (const v of values) ws.addRow(v).commit();
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

function longestLine(s: string): number {
  return Math.max(...s.split('\n').map((l) => l.length));
}
