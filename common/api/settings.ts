import { z } from 'zod';
import { method } from './define.js';
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

export const settingsMethods = {
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(settingsPatchSchema),
  'audit.list': method<{ entries: AuditEntry[]; total: number }>()(
    z.object({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0), ...auditFilter }),
  ),
  'audit.events': method<{ events: string[] }>()(z.object({})),
  /** The (filtered) audit trail as an Excel workbook or a CSV file, from one table description; audited and registered. */
  'audit.export': method<FileDownload & { rows: number }>()(z.object({ ...auditFilter, format: spreadsheetFormatSchema })),
} as const;
