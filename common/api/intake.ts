import { z } from 'zod';
import { method, prefixed } from './define.js';
import type { Dossier, CreateDossierResult } from '../dossiers/types.js';
import type { FieldProposal } from '../intake/propose.js';
import { INTAKE_FIELDS, type IntakeField } from '../intake/rules.js';
import { intakeFieldsObject, intakeFieldsSchema, type INTAKE_CONTACT_FIELDS } from '../intake/form.js';
import { addConsistencyIssues, ALWAYS } from '../dossiers/schema.js';
import { ATTACHMENT_LIMITS } from '../exchange/limits.js';
import { MAX_REQUEST_BYTES } from './request-limit.js';
import { BATCH_LIMITS, type BatchPreview } from '../intake/batch.js';
import { msg } from '../messages/index.js';

const id = z.number().int().positive();

/** Base64 grows 4/3; the exact byte limit is checked after decoding, the whole request by MAX_REQUEST_BYTES. */
const MAX_BASE64 = Math.min(Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 8, MAX_REQUEST_BYTES);
/** A pasted notice is a few pages; a whole mailbox pasted by mistake is refused. */
export const MAX_PASTED_CHARS = 200_000;

/** What the coordinator gave: pasted text, or a file (PDF, PNG, JPEG, .txt, .eml) as base64. */
export const intakeSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().trim().min(1, msg('pasteTextNotice')).max(MAX_PASTED_CHARS, msg('textLongerThan200000')),
  }),
  z.object({
    kind: z.literal('file'),
    name: z.string().trim().min(1).max(ATTACHMENT_LIMITS.maxNameChars),
    data: z.string().max(MAX_BASE64, msg('fileLargerThan25Mb')),
  }),
]);
export type IntakeSource = z.input<typeof intakeSourceSchema>;

/** The renderer names each reading, so it can ask how far it is and cancel it. */
const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export type IntakeReadStatus = 'ok' | 'unreadable' | 'unsupported' | 'too-large' | 'cancelled';

export interface IntakeProposeResult {
  status: IntakeReadStatus;
  /** Dutch, when status is not 'ok'. */
  message: string | null;
  /** The text the proposals point into (snippet offsets are offsets in this text). */
  text: string;
  source: 'text' | 'pdf-text' | 'ocr';
  pages: number;
  ocrConfidence: number | null;
  fields: Partial<Record<IntakeField, FieldProposal>>;
  alternatives: Partial<Record<IntakeField, FieldProposal[]>>;
  /** The dossier that already has the proposed BSN: the notice then updates it. */
  existing: { id: number; dossier: Dossier; contacts: Record<(typeof INTAKE_CONTACT_FIELDS)[number], string> } | null;
}

export interface IntakeProgress {
  phase: 'reading' | 'ocr';
  page: number;
  pages: number;
  /** 0..1 for the whole file. */
  progress: number;
}

export const intakeCreateInput = intakeFieldsObject
  .extend({ source: intakeSourceSchema, confirmDuplicate: z.boolean().optional().default(false) })
  .superRefine(addConsistencyIssues, ALWAYS);

export const intakeUpdateInput = z.object({
  id,
  /** The notice's values; only the fields named in `take` (the coordinator's choice per field) are written. */
  patch: intakeFieldsObject.partial().superRefine(addConsistencyIssues, ALWAYS),
  take: z.array(z.enum(INTAKE_FIELDS)).max(INTAKE_FIELDS.length),
  source: intakeSourceSchema,
});

export { intakeFieldsSchema };

/** A list of notices (CSV or Excel). */
const batchFile = z.object({
  name: z.string().trim().min(1).max(ATTACHMENT_LIMITS.maxNameChars),
  data: z.string().max(MAX_BASE64, msg('fileLargerThan25Mb')),
});

export const intakeArea = {
  /** Reads a notice and proposes fields; nothing is written. Long OCR reports through intake.progress. */
  propose: method<IntakeProposeResult>()(z.object({ jobId, source: intakeSourceSchema })),
  /** How far a reading is; asked while a scan is read, so it does not postpone auto-lock. */
  progress: method<IntakeProgress | null>()(z.object({ jobId }), { passive: true }),
  cancel: method<{ ok: true }>()(z.object({ jobId })),
  /** A new dossier from the confirmed form, its contacts and the notice as attachment, in one transaction. */
  create: method<CreateDossierResult>()(intakeCreateInput),
  /** The chosen changes to an existing dossier, new contacts and the notice as attachment, in one transaction. */
  update: method<{ id: number; changed: string[] }>()(intakeUpdateInput),
  /** A list of notices read: per row new, update or refused with the reasons; nothing is written. */
  batchPreview: method<BatchPreview>()(z.object({ file: batchFile })),
  /**
   * The chosen rows of the list written in one transaction. A chosen row that is refused refuses the whole list;
   * the coordinator deselects it first.
   */
  batchApply: method<{ created: number; updated: number }>()(
    z.object({ file: batchFile, rows: z.array(z.number().int().min(1)).min(1, msg('chooseLeastOneLine')).max(BATCH_LIMITS.maxRows) }),
  ),
} as const;

export const intakeMethods = { ...prefixed('intake', intakeArea) };
