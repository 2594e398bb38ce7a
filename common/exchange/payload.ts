import { z } from 'zod';
import { EXCHANGE_LIMITS } from './limits.js';
import { isRealIsoDate } from '../dates.js';
import { contactFieldsSchema, dossierFieldsObject, LEGAL_BASES } from '../dossiers/schema.js';
import { CLOSING_REASONS, DOSSIER_STATUSES } from '../dossiers/status.js';
import { ACTION_STATUSES } from '../plan/actions.js';
import { BASIS_KEYS, BASIS_STATES } from '../plan/basisvoorwaarden.js';
import { scoreSchema } from '../plan/domains.js';
import { PARTNER_TYPE_KEYS } from '../plan/partners.js';
import { AANHEF_VALUES } from '../people/names.js';
import { COST_CATEGORIES } from '../costs/categories.js';
import { COST_NOTE_MAX, EARLIEST_COST_DATE, MAX_COST_CENTS } from '../costs/schema.js';
import { ATTEMPT_CHANNELS, ATTEMPT_RESULTS, FIRST_CONTACT_HOW, RECLASSERING_CONTACT, WORK_STATES } from '../aftercare/rules.js';
import { msg } from '../messages/index.js';

/**
 * The JSON inside a `.nazorg` envelope (docs/exchange-format.md). It has its own schema version, separate from
 * the envelope's format version: new optional fields keep the version; anything an older app would
 * misread raises it, and an older app then refuses the file with a clear message.
 */
export const PAYLOAD_SCHEMA_ID = 'nazorgdossier-uitwisseling';
/** The newest version this app writes and reads; every older one is still read. */
export const PAYLOAD_SCHEMA_VERSION = 4;

/** The sections a coordinator ticks (data minimisation). "person" is always included: it identifies the dossier. */
export const EXCHANGE_SECTIONS = ['person', 'detention', 'contacts', 'consents', 'plan', 'actions', 'notes', 'attachments', 'aftercare', 'costs'] as const;
export type ExchangeSection = (typeof EXCHANGE_SECTIONS)[number];

/**
 * The payload version that introduced each section. A version-1 reader refuses an unknown section name as broken
 * content, so a file with a newer section carries the newer version and an older app says "made by a newer
 * version" instead. A file without them keeps version 1, which older apps still read.
 */
const SECTION_SINCE: Record<ExchangeSection, number> = {
  person: 1,
  detention: 1,
  contacts: 1,
  consents: 2,
  plan: 1,
  actions: 1,
  notes: 1,
  attachments: 1,
  aftercare: 3,
  costs: 4,
};

export function payloadVersionFor(sections: readonly ExchangeSection[]): number {
  return Math.max(1, ...sections.map((s) => SECTION_SINCE[s]));
}

export const SECTION_LABELS: Record<ExchangeSection, string> = {
  person: 'Persoonsgegevens',
  detention: 'Detentie',
  contacts: 'Contactpersonen',
  consents: 'Toestemmingen',
  plan: 'Plan (leefgebieden en basisvoorwaarden)',
  actions: 'Acties',
  notes: 'Notities',
  attachments: 'Bijlagen',
  aftercare: 'Na vrijlating (vastlegging dag van vrijlating, eerste contact, nazorgmomenten, contactpogingen)',
  costs: 'Kosten (wat de gemeente betaalde)',
};

const L = EXCHANGE_LIMITS;
const str = (max: number = L.maxTextChars) => z.string().max(max);
const isoDate = z.string().refine(isRealIsoDate);
const isoDateTime = z.string().max(40);
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** A moment as toISOString() writes it (an offset is allowed): the preview shows it as "gemaakt op …". */
const strictIsoDateTime = isoDateTime.refine((s) => {
  const m = ISO_DATE_TIME.exec(s);
  return !!m && isRealIsoDate(m[1]!) && !Number.isNaN(Date.parse(s));
});

/**
 * Section schemas reuse the dossier and plan field rules (BSN 11-proef, real dates, lengths), so an imported
 * dossier meets the same rules as one typed in. Unknown fields from a newer sender are dropped, not refused.
 */
export const personSectionSchema = dossierFieldsObject
  .pick({
    achternaam: true,
    tussenvoegsel: true,
    voornamen: true,
    roepnaam: true,
    geboortedatum: true,
    bsn: true,
    telefoon: true,
    email: true,
    adresVoor: true,
    adresNa: true,
    woonplaats: true,
  })
  .extend({
    // Optional without a default: a file from before the field existed leaves the form of address here as it is.
    aanhef: z.enum(AANHEF_VALUES).optional(),
  });
export type PersonSection = z.output<typeof personSectionSchema>;

export const detentionSectionSchema = dossierFieldsObject
  .pick({
    institution: true,
    meldingDatum: true,
    detentieStart: true,
    verwachteVrijlating: true,
    werkelijkeVrijlating: true,
    reclasseringToezicht: true,
    juridischKader: true,
    veiligheid: true,
  })
  .extend({
    status: z.enum(DOSSIER_STATUSES),
    closingReason: z.enum(CLOSING_REASONS).nullable().optional().default(null),
    closingNote: str(2000).optional().default(''),
    closedAt: isoDateTime.nullable().optional().default(null),
  });
export type DetentionSection = z.output<typeof detentionSectionSchema>;

export const contactSchema = contactFieldsSchema;

/**
 * What the client agreed to share with whom. The same bounds as typing one in (common/dossiers/schema.ts), with
 * ISO dates; a consent given in the future or withdrawn before it was given is refused.
 */
export const consentEntrySchema = z
  .object({
    partner: z.string().trim().min(1).max(200),
    scope: z.string().trim().min(1).max(2000),
    legalBasis: z.enum(LEGAL_BASES),
    givenOn: isoDate,
    withdrawnOn: isoDate.nullable().optional().default(null),
    note: str(2000).optional().default(''),
  })
  .refine((c) => c.withdrawnOn === null || c.withdrawnOn >= c.givenOn, { path: ['withdrawnOn'] });
export type ConsentEntry = z.output<typeof consentEntrySchema>;
export const noteSchema = z.object({ date: isoDate, text: z.string().trim().min(1).max(20_000) });

export const planSectionSchema = z.object({
  basis: z
    .array(z.object({ key: z.enum(BASIS_KEYS), state: z.enum(BASIS_STATES), note: str(2000).optional().default(''), changedOn: isoDate }))
    .max(50)
    .optional()
    .default([]),
  scores: z
    .array(z.object({ domainKey: str(80), score: scoreSchema, assessedOn: isoDate, note: str(2000).optional().default('') }))
    .max(L.maxActionsPerDossier)
    .optional()
    .default([]),
  goals: z
    .array(
      z.object({
        domainKey: str(80).nullable().optional().default(null),
        text: z.string().trim().min(1).max(2000),
        status: z.enum(['open', 'bereikt', 'vervallen']).optional().default('open'),
      }),
    )
    .max(L.maxActionsPerDossier)
    .optional()
    .default([]),
});
export type PlanSection = z.output<typeof planSectionSchema>;

export const actionSchema = z.object({
  title: z.string().trim().min(1).max(500),
  domainKey: str(80).nullable().optional().default(null),
  /** Partner and contact travel by name: ids mean nothing in another vault. */
  partner: z
    .object({ type: z.enum(PARTNER_TYPE_KEYS), name: z.string().trim().min(1).max(200) })
    .nullable()
    .optional()
    .default(null),
  contact: str(200).nullable().optional().default(null),
  deadline: isoDate.nullable().optional().default(null),
  status: z.enum(ACTION_STATUSES).optional().default('open'),
  completedOn: isoDate.nullable().optional().default(null),
  resultNote: str(4000).optional().default(''),
  createdOn: isoDate.optional(),
});
export type ActionEntry = z.output<typeof actionSchema>;

export const attachmentEntrySchema = z.object({
  name: str(200),
  mediaType: str(200),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  note: str(2000).optional().default(''),
  addedAt: isoDateTime.optional(),
  /** Base64 of the file's bytes; size, sha256 and type are checked against it on import. */
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type AttachmentEntry = z.output<typeof attachmentEntrySchema>;

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/;
/** A local date and time 'yyyy-mm-ddTHH:MM', as the first contact is typed in. */
const localDateTime = z.string().refine((s) => {
  const m = LOCAL_DATE_TIME.exec(s);
  return !!m && isRealIsoDate(m[1]!) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60;
});

/**
 * What happened after release (payload version 3): the day-one record with its corrections, the first contact, the
 * follow-up moments with their check-ins, and the contact attempts. Moments travel by their key ('3-maanden'), so
 * the same moment is never made twice in the receiving vault.
 */
export const aftercareSectionSchema = z.object({
  dayOne: z
    .object({
      releaseDate: isoDate,
      recordedAt: isoDateTime,
      entries: z
        .array(
          z.object({
            key: z.enum(BASIS_KEYS),
            state: z.enum(BASIS_STATES),
            note: str(2000).optional().default(''),
            correctedAt: isoDateTime.nullable().optional().default(null),
            correctionReason: str(2000).optional().default(''),
          }),
        )
        .min(1)
        .max(50),
    })
    .nullable()
    .optional()
    .default(null),
  firstContact: z
    .object({
      contactAt: localDateTime,
      who: z.string().trim().min(1).max(200),
      how: z.enum(FIRST_CONTACT_HOW),
      outcome: str(4000).optional().default(''),
    })
    .nullable()
    .optional()
    .default(null),
  followups: z
    .array(
      z.object({
        momentKey: z.string().regex(/^\d{1,3}-(dagen|weken|maanden)$/),
        label: z.string().trim().min(1).max(200),
        dueOn: isoDate,
        doneOn: isoDate.nullable().optional().default(null),
        reached: z.enum(['ja', 'nee']).nullable().optional().default(null),
        basis: z.partialRecord(z.enum(BASIS_KEYS), z.enum(BASIS_STATES)).optional().default({}),
        work: z.enum(WORK_STATES).optional().default('onbekend'),
        reclassering: z.enum(RECLASSERING_CONTACT).optional().default('onbekend'),
        note: str(4000).optional().default(''),
      }),
    )
    .max(50)
    .optional()
    .default([]),
  attempts: z
    .array(z.object({ date: isoDate, channel: z.enum(ATTEMPT_CHANNELS), result: z.enum(ATTEMPT_RESULTS), note: str(2000).optional().default('') }))
    .max(L.maxActionsPerDossier)
    .optional()
    .default([]),
});
export type AftercareSection = z.output<typeof aftercareSectionSchema>;

/**
 * What the municipality paid for the client (payload version 4): only when the coordinator ticks it. The same
 * bounds as typing one in (common/costs/schema.ts); amounts in whole cents.
 */
export const costEntrySchema = z.object({
  date: isoDate.refine((d) => d >= EARLIEST_COST_DATE),
  category: z.enum(COST_CATEGORIES),
  amountCents: z.number().int().min(1).max(MAX_COST_CENTS),
  note: str(COST_NOTE_MAX).optional().default(''),
});
export type CostEntry = z.output<typeof costEntrySchema>;

export const exchangeDossierSchema = z.object({
  /** The sender's own reference, for messages and the register; not an id in the receiving vault. */
  ref: str(100),
  person: personSectionSchema,
  detention: detentionSectionSchema.optional(),
  contacts: z.array(contactSchema).max(L.maxContactsPerDossier).optional(),
  consents: z.array(consentEntrySchema).max(L.maxConsentsPerDossier).optional(),
  plan: planSectionSchema.optional(),
  actions: z.array(actionSchema).max(L.maxActionsPerDossier).optional(),
  notes: z.array(noteSchema).max(L.maxNotesPerDossier).optional(),
  attachments: z.array(attachmentEntrySchema).max(L.maxAttachmentsPerDossier).optional(),
  aftercare: aftercareSectionSchema.optional(),
  costs: z.array(costEntrySchema).max(L.maxActionsPerDossier).optional(),
});
export type ExchangeDossier = z.output<typeof exchangeDossierSchema>;

export const exchangePayloadSchema = z
  .object({
    schema: z.literal(PAYLOAD_SCHEMA_ID),
    schemaVersion: z.number().int().min(1).max(PAYLOAD_SCHEMA_VERSION),
    createdAt: strictIsoDateTime,
    app: z.object({ name: str(100), version: str(50) }),
    sender: z.object({ organisation: str(200), coordinator: str(200) }),
    recipient: str(500),
    purpose: str(2000),
    sections: z.array(z.enum(EXCHANGE_SECTIONS)).min(1).max(EXCHANGE_SECTIONS.length),
    dossiers: z.array(exchangeDossierSchema).min(1).max(L.maxDossiers),
  })
  .superRefine((p, ctx) => {
    // A section its declared version did not have yet: the file contradicts itself.
    p.sections.forEach((s, i) => {
      // Repeated, a section could also fill the list up to its bound and hide that it is the same one twice.
      if (p.sections.indexOf(s) !== i) ctx.addIssue({ code: 'custom', path: ['sections', i], message: msg('sectionAppearsTwiceFile') });
      if (SECTION_SINCE[s] > p.schemaVersion) ctx.addIssue({ code: 'custom', path: ['sections', i], message: msg('sectionOnlyExistsNewerSchema') });
    });
  });
export type ExchangePayload = z.output<typeof exchangePayloadSchema>;
/** What an exporter builds (before the schema's defaults and trimming). */
export type ExchangePayloadInput = z.input<typeof exchangePayloadSchema>;

/** Read first, before the full schema: tells "made by a newer app" apart from "broken". */
export const payloadHeadSchema = z.looseObject({ schema: z.literal(PAYLOAD_SCHEMA_ID), schemaVersion: z.number().int().min(1) });
