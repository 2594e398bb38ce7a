import { z } from 'zod';
import { method, prefixed } from './define.js';
import { isoDate } from '../date-schema.js';
import { settingsPatchSchema, type Settings } from '../settings.js';
import type { FileDownload } from '../exchange/files.js';
import { spreadsheetFormatSchema } from './spreadsheet-format.js';

export interface AuditEntry {
  id: number;
  at: string;
  event: string;
  /** Structured, never free text with personal data: ids, counts, method names. */
  detail: Record<string, unknown>;
}

const auditFilter = {
  event: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

export const settingsArea = {
  get: method<Settings>()(z.object({})),
  update: method<Settings>()(settingsPatchSchema),
} as const;

export const auditArea = {
  list: method<{ entries: AuditEntry[]; total: number }>()(
    z.object({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0), ...auditFilter }),
  ),
  events: method<{ events: string[] }>()(z.object({})),
  /** The (filtered) audit trail as CSV for Excel: semicolons, UTF-8 with BOM. The export is itself audited. */
  exportCsv: method<{ fileName: string; csv: string; rows: number }>()(z.object(auditFilter)),
  /** The (filtered) audit trail as an Excel workbook or a CSV file, from one table description; audited and registered. */
  export: method<FileDownload & { rows: number }>()(z.object({ ...auditFilter, format: spreadsheetFormatSchema })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const settingsMethods = { ...prefixed('settings', settingsArea), ...prefixed('audit', auditArea) };
