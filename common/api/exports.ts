import { z } from 'zod';
import { method } from './define.js';
import { recipientPurposeSchema } from './provisions.js';
import { DOSSIER_STATUSES } from '../dossiers/status.js';
import type { FileDownload } from '../exchange/files.js';

const id = z.number().int().positive();

/**
 * Spreadsheet and calendar exports. Each asks to whom and why (recipient + purpose) and is written to the
 * register of provisions with the dossiers it contains.
 */
export const exportMethods = {
  'exports.dossiersCsv': method<FileDownload>()(
    recipientPurposeSchema.extend({
      statuses: z.array(z.enum(DOSSIER_STATUSES)).max(DOSSIER_STATUSES.length).optional().default([]),
      /** Data minimisation: the BSN is left out unless asked for. */
      includeBsn: z.boolean().optional().default(false),
    }),
  ),
  'exports.actionsCsv': method<FileDownload>()(
    recipientPurposeSchema.extend({ partnerId: id.nullable().optional().default(null), openOnly: z.boolean().optional().default(true) }),
  ),
  /**
   * The actions allocated during one meeting (regie- en toedelingsoverleg). `pseudonymise` puts initials and
   * year of birth in place of the client's name, as the meeting's documents do.
   */
  'exports.meetingActionsCsv': method<FileDownload>()(recipientPurposeSchema.extend({ meetingId: id, pseudonymise: z.boolean().optional().default(false) })),
  'exports.actionsIcs': method<FileDownload>()(
    recipientPurposeSchema.extend({ partnerId: id.nullable().optional().default(null), dossierId: id.nullable().optional().default(null) }),
  ),
  /** Upcoming meetings (regie- en toedelingsoverleg) for the agenda: title, date, time and place only. */
  'exports.meetingsIcs': method<FileDownload>()(recipientPurposeSchema),
  'exports.inzagePdf': method<FileDownload>()(z.object({ dossierId: id })),
} as const;
