import type { FileDownload } from '../../../common/exchange/files';
import { saveBase64File } from '../components/download';

/** Saves a file the main side made (an export, a spreadsheet, a calendar). */
export function saveDownload(file: FileDownload): void {
  saveBase64File(file.base64, file.mediaType, file.fileName);
}

/** A chosen file that the browser could not read (moved, changed, removed stick, no permission). */
export class FileReadError extends Error {
  constructor(cause: unknown) {
    super('file could not be read', { cause });
    this.name = 'FileReadError';
  }
}

/** A chosen file larger than the caller allows: refused before a single byte is read into memory. */
export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly max: number,
  ) {
    super('file too large');
    this.name = 'FileTooLargeError';
  }
}

/**
 * Reads a chosen file as base64 for the API (the main side decodes and checks it). The size is checked first:
 * reading a file of a gigabyte would exhaust the page's memory before any message could show.
 */
export async function fileToBase64(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new FileTooLargeError(file.size, maxBytes);
  let buf: Uint8Array;
  try {
    buf = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    throw new FileReadError(err);
  }
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < buf.length; i += CHUNK) s += String.fromCharCode(...buf.subarray(i, i + CHUNK));
  return btoa(s);
}
