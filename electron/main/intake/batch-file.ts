import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../common/errors.js';
import { BATCH_LIMITS } from '../../../common/intake/batch.js';
import { decodeText } from './extract.js';
import { msg } from '../../../common/messages/index.js';

/**
 * A list of notices as a table: an Excel workbook (.xlsx, the first sheet) or a CSV file as Dutch Excel writes it
 * (semicolon, or comma or tab, UTF-8 or Windows-1252). The first row with text is the header row.
 */
export interface BatchTable {
  headers: string[];
  /** Rows under the header, with their row number in the sheet. */
  rows: { row: number; cells: string[] }[];
}

export const BATCH_MESSAGES = {
  unreadable: msg('listCannotReadChooseCsv'),
  empty: msg('listNoLinesUnderHeader'),
  tooMany: msg('listThan1000Lines'),
} as const;

const p2 = (n: number) => String(n).padStart(2, '0');

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  // Excel keeps a date without a time zone; exceljs gives it as that wall-clock time in UTC.
  if (v instanceof Date) return `${p2(v.getUTCDate())}-${p2(v.getUTCMonth() + 1)}-${v.getUTCFullYear()}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    out[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(out, (r) => r ?? []);
}

function readCsv(bytes: Buffer): string[][] {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: first.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
}

export async function readBatchTable(name: string, bytes: Buffer): Promise<BatchTable> {
  let grid: string[][];
  try {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    grid = zip ? await readXlsx(bytes) : readCsv(bytes);
  } catch {
    throw new AppError('VALIDATION', BATCH_MESSAGES.unreadable);
  }
  if (!/\.(csv|txt|xlsx)$/i.test(name) && grid.every((r) => r.length < 2)) throw new AppError('VALIDATION', BATCH_MESSAGES.unreadable);
  const headerAt = grid.findIndex((r) => r.filter((c) => c.trim()).length >= 2);
  if (headerAt === -1) throw new AppError('VALIDATION', BATCH_MESSAGES.unreadable);
  const headers = grid[headerAt]!.map((h) => h.trim());
  const rows = grid
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
    .slice(headerAt + 1)
    .filter((r) => r.cells.some((c) => c));
  if (rows.length === 0) throw new AppError('VALIDATION', BATCH_MESSAGES.empty);
  if (rows.length > BATCH_LIMITS.maxRows) throw new AppError('VALIDATION', BATCH_MESSAGES.tooMany);
  return { headers, rows };
}
