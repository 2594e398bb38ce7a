import { z } from 'zod';
import { EXCHANGE_LIMITS } from './limits.js';

/**
 * The JSON inside a `.nazorg` envelope (docs/exchange-format.md). It has its own schema version, separate from
 * the envelope's format version: new optional fields keep the version; anything an older app would
 * misread raises it, and an older app then refuses the file with a clear message.
 */
export const PAYLOAD_SCHEMA_ID = 'nazorgdossier-uitwisseling';
export const PAYLOAD_SCHEMA_VERSION = 1;

/** The sections a coordinator ticks (data minimisation). "person" is always included: it identifies the dossier. */
export const EXCHANGE_SECTIONS = ['person', 'detention', 'contacts', 'plan', 'actions', 'notes', 'attachments'] as const;
export type ExchangeSection = (typeof EXCHANGE_SECTIONS)[number];

export const SECTION_LABELS: Record<ExchangeSection, string> = {
  person: 'Persoonsgegevens',
  detention: 'Detentie',
  contacts: 'Contactpersonen',
  plan: 'Plan (leefgebieden en basisvoorwaarden)',
  actions: 'Acties',
  notes: 'Notities',
  attachments: 'Bijlagen',
};

const L = EXCHANGE_LIMITS;
const text = (max: number = L.maxTextChars) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z.string().max(40);
const bsn = z.string().regex(/^\d{9}$/);

/** Sections keep unknown fields (`looseObject`): a newer sender may add optional data an older reader ignores. */
export const personSectionSchema = z.looseObject({
  bsn,
  voornamen: text(200).optional(),
  tussenvoegsel: text(50).optional(),
  achternaam: text(200).optional(),
  geboortedatum: isoDate.nullable().optional(),
});

export const detentionSectionSchema = z.looseObject({});
export const contactSchema = z.looseObject({ naam: text(200).optional() });
export const planSectionSchema = z.looseObject({});
export const actionSchema = z.looseObject({ deadline: isoDate.nullable().optional() });
export const noteSchema = z.looseObject({ tekst: text().optional() });

export const attachmentEntrySchema = z.object({
  name: text(200),
  mediaType: text(200),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: isoDateTime.optional(),
  /** Base64 of the file's bytes; size and sha256 are checked against it on import. */
  data: z.string(),
});

export const exchangeDossierSchema = z.object({
  /** The sender's own reference, for messages and the register; not an id in the receiving vault. */
  ref: text(100),
  person: personSectionSchema,
  detention: detentionSectionSchema.optional(),
  contacts: z.array(contactSchema).max(L.maxContactsPerDossier).optional(),
  plan: planSectionSchema.optional(),
  actions: z.array(actionSchema).max(L.maxActionsPerDossier).optional(),
  notes: z.array(noteSchema).max(L.maxNotesPerDossier).optional(),
  attachments: z.array(attachmentEntrySchema).max(L.maxAttachmentsPerDossier).optional(),
});
export type ExchangeDossier = z.infer<typeof exchangeDossierSchema>;

export const exchangePayloadSchema = z.object({
  schema: z.literal(PAYLOAD_SCHEMA_ID),
  schemaVersion: z.literal(PAYLOAD_SCHEMA_VERSION),
  createdAt: isoDateTime,
  app: z.object({ name: text(100), version: text(50) }),
  sender: z.object({ organisation: text(200), coordinator: text(200) }),
  recipient: text(500),
  purpose: text(2000),
  sections: z.array(z.enum(EXCHANGE_SECTIONS)).min(1).max(EXCHANGE_SECTIONS.length),
  dossiers: z.array(exchangeDossierSchema).min(1).max(L.maxDossiers),
});
export type ExchangePayload = z.infer<typeof exchangePayloadSchema>;

/** Read first, before the full schema: tells "made by a newer app" apart from "broken". */
export const payloadHeadSchema = z.looseObject({ schema: z.literal(PAYLOAD_SCHEMA_ID), schemaVersion: z.number().int().min(1) });
