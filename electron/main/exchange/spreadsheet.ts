import { MEDIA_TYPES, type FileDownload } from '../../../common/exchange/files.js';
import type { SpreadsheetFormat, TableDescription } from '../../../common/exchange/table.js';
import { toDutchCsv } from './csv.js';
import { toXlsx } from './xlsx.js';

/** Writes one table description in the chosen format: an Excel workbook or a Dutch CSV. */
export async function writeTable<T>(format: SpreadsheetFormat, table: TableDescription<T>, rows: readonly T[]): Promise<Buffer> {
  return format === 'xlsx' ? toXlsx(table, rows) : toDutchCsv(table.columns, rows);
}

/** The download for a file name without extension ("dossierlijst-2026-12-01"); the extension follows the format. */
export async function tableDownload<T>(format: SpreadsheetFormat, baseName: string, table: TableDescription<T>, rows: readonly T[]): Promise<FileDownload> {
  const bytes = await writeTable(format, table, rows);
  return { fileName: `${baseName}.${format}`, mediaType: MEDIA_TYPES[format], base64: bytes.toString('base64') };
}
