import { z } from 'zod';
import { method, prefixed } from './define.js';
import { recipientPurposeSchema } from './provisions.js';
import { spreadsheetFormatSchema } from './spreadsheet-format.js';
import { DOSSIER_STATUSES } from '../dossiers/status.js';
import type { FileDownload } from '../exchange/files.js';

const id = z.number().int().positive();

/**
 * Spreadsheet and calendar exports. The spreadsheet methods keep their historical "Csv" names but write either
 * format: `format: 'xlsx'` gives an Excel workbook, 'csv' (the default for callers that do not say) a Dutch CSV. Each asks to whom and why (recipient + purpose) and is written to the
 * register of provisions with the dossiers it contains.
 */
export const exportsArea = {
  dossiersCsv: method<FileDownload>()(
    recipientPurposeSchema.extend({
      statuses: z.array(z.enum(DOSSIER_STATUSES)).max(DOSSIER_STATUSES.length).optional().default([]),
      /** Data minimisation: the BSN is left out unless asked for. */
      includeBsn: z.boolean().optional().default(false),
      format: spreadsheetFormatSchema,
    }),
  ),
  actionsCsv: method<FileDownload>()(
    recipientPurposeSchema.extend({
      partnerId: id.nullable().optional().default(null),
      openOnly: z.boolean().optional().default(true),
      format: spreadsheetFormatSchema,
    }),
  ),
  /**
   * The actions allocated during one meeting (regie- en toedelingsoverleg). `pseudonymise` puts initials and
   * year of birth in place of the client's name, as the meeting's documents do.
   */
  meetingActionsCsv: method<FileDownload>()(
    recipientPurposeSchema.extend({ meetingId: id, pseudonymise: z.boolean().optional().default(false), format: spreadsheetFormatSchema }),
  ),
  actionsIcs: method<FileDownload>()(
    recipientPurposeSchema.extend({ partnerId: id.nullable().optional().default(null), dossierId: id.nullable().optional().default(null) }),
  ),
  /** Upcoming meetings (regie- en toedelingsoverleg) for the agenda: title, date, time and place only. */
  meetingsIcs: method<FileDownload>()(recipientPurposeSchema),
  inzagePdf: method<FileDownload>()(z.object({ dossierId: id })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const exportMethods = { ...prefixed('exports', exportsArea) };
