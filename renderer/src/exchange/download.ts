import type { FileDownload } from '../../../common/exchange/files';
import { saveBase64File } from '../components/download';
import { errorMessage } from '../api';

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

/**
 * Reads a chosen file for the API, or says in the coordinator's words why it cannot be read (never an unhandled
 * rejection): too large, or unreadable (moved, changed, removed stick, no permission).
 */
export async function readChosenFile(
  file: File,
  maxBytes: number,
  problems: { tooLarge: (size: number) => string; unreadable: string },
): Promise<{ base64: string } | { problem: string }> {
  try {
    return { base64: await fileToBase64(file, maxBytes) };
  } catch (err) {
    if (err instanceof FileTooLargeError) return { problem: problems.tooLarge(err.size) };
    if (err instanceof FileReadError) return { problem: problems.unreadable };
    return { problem: errorMessage(err) };
  }
}
