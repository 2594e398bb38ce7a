import { z } from 'zod';
import { method, prefixed } from './define.js';
import { isoDate as isoDay } from '../date-schema.js';
import type { FileDownload } from '../exchange/files.js';
import { spreadsheetFormatSchema } from './spreadsheet-format.js';
import { msg } from '../messages/index.js';

export interface ProvisionEntry {
  id: number;
  at: string;
  kind: string;
  what: string;
  recipient: string;
  purpose: string;
  dossierIds: number[];
  direction: 'in' | 'out';
}

/** Filters of the register screen; the CSV export takes the same ones, so it exports what the screen shows. */
export const provisionFilterSchema = z.object({
  kind: z.string().max(100).optional(),
  direction: z.enum(['in', 'out']).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** Searches what, recipient and purpose. */
  q: z.string().max(200).optional(),
  dossierId: z.number().int().positive().optional(),
});
export type ProvisionFilter = z.infer<typeof provisionFilterSchema>;

/** Who receives an export and why: asked before every CSV, ICS or exchange file and written to the register. */
export const recipientPurposeSchema = z.object({
  recipient: z.string().trim().min(1, msg('enterWhomYouProvide')).max(500),
  purpose: z.string().trim().min(1, msg('enterPurposeLegalBasis')).max(2000),
});

export const provisionsArea = {
  list: method<{ entries: ProvisionEntry[]; total: number; kinds: string[] }>()(
    provisionFilterSchema.extend({ limit: z.number().int().min(1).max(1000).default(200), offset: z.number().int().min(0).default(0) }),
  ),
  exportCsv: method<FileDownload>()(provisionFilterSchema.extend({ format: spreadsheetFormatSchema })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const provisionMethods = { ...prefixed('provisions', provisionsArea) };
