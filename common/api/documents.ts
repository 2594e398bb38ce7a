import { z } from 'zod';
import { method, prefixed } from './define.js';
import { msg } from '../messages/index.js';
import { trimmedText } from '../text-schema.js';

const id = z.number().int().positive();

/** A made document: the PDF (base64, both transports carry JSON) and a file name without personal data. */
export interface MadeDocument {
  fileName: string;
  pdfBase64: string;
  pages: number;
}

const recipient = trimmedText(200);

export const addresseeSchema = z.object({
  organisation: z.string().trim().min(1, msg('enterOrganisation')).max(200),
  department: z.string().trim().max(200).default(''),
  attention: z.string().trim().max(200).default(''),
  street: z.string().trim().min(1, msg('enterAddressPoBox')).max(200),
  postcodeCity: z.string().trim().min(1, msg('enterPostcodeTown')).max(200),
});

export const documentsArea = {
  actionPlan: method<MadeDocument>()(z.object({ dossierId: id, recipient: recipient.default('Regie- en toedelingsoverleg') })),
  meetingPack: method<MadeDocument>()(z.object({ meetingId: id, pseudonymise: z.boolean().default(false), recipient: recipient.default('') })),
  minutes: method<MadeDocument>()(z.object({ meetingId: id, pseudonymise: z.boolean().default(false), recipient: recipient.default('') })),
  /** Per partner: the actions allocated in a meeting, or (without meetingId) all open actions of the partners. */
  partnerActionList: method<MadeDocument>()(
    z.object({ meetingId: id.nullable().default(null), partnerIds: z.array(id).max(100).default([]), pseudonymise: z.boolean().default(false) }),
  ),
  /** The client's own sheet for the first weeks after release, in plain Dutch or in English. */
  releaseSheet: method<MadeDocument>()(z.object({ dossierId: id, language: z.enum(['nl', 'en']).default('nl') })),
  handoverLetter: method<MadeDocument>()(
    z.object({
      dossierId: id,
      templateId: z.string().min(1).max(60),
      addressee: addresseeSchema,
      includePlan: z.boolean().default(false),
      /** The client's release sheet (in Dutch) appended after the letter. */
      includeReleaseSheet: z.boolean().default(false),
    }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const documentsMethods = { ...prefixed('documents', documentsArea) };
