import { MEDIA_TYPES, type FileDownload } from '../../../common/exchange/files.js';
import type { SpreadsheetFormat, TableDescription } from '../../../common/exchange/table.js';
import { toDutchCsv } from './csv.js';
import { toXlsx } from './xlsx.js';

/** Writes one table description in the chosen format: an Excel workbook or a Dutch CSV. */
export async function writeTable<T>(format: SpreadsheetFormat, table: TableDescription<T>, rows: readonly T[]): Promise<Buffer> {
  return format === 'xlsx' ? toXlsx(table, rows) : toDutchCsv(table.columns, rows);
}

/** The file to hand to the coordinator; the file name's extension should be the format's. */
export async function tableDownload<T>(format: SpreadsheetFormat, fileName: string, table: TableDescription<T>, rows: readonly T[]): Promise<FileDownload> {
  const bytes = await writeTable(format, table, rows);
  return { fileName, mediaType: MEDIA_TYPES[format], base64: bytes.toString('base64') };
}
