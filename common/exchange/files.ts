import { localTodayIso } from '../calendar.js';

/** A file the main side made for the coordinator to save (CSV, ICS, PDF, .nazorg, an attachment). */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  base64: string;
}

export const MEDIA_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar;charset=utf-8',
  pdf: 'application/pdf',
  nazorg: 'application/octet-stream',
} as const;

/** File names say what and when, never who: no client names or BSNs in file names (they end up in mail and on disk). */
export function exportFileName(what: string, ext: string, now = new Date()): string {
  // The coordinator's own calendar day, as on the documents: a UTC date is yesterday's just after midnight.
  return `${what}-${localTodayIso(now)}.${ext}`;
}
