import { z } from 'zod';
import { localTodayIso } from '../calendar.js';
import { bsnField, emailField, optionalDate, phoneField, text } from './fields.js';
import { isRealIsoDate } from '../dates.js';
import { CLOSING_REASONS, DOSSIER_STATUSES } from './status.js';
import { AANHEF_VALUES } from '../people/names.js';
import { msg } from '../messages/index.js';
import { requiredText } from '../text-schema.js';

/** The editable fields of a dossier (status and closing go through the journey, not through editing). */
export const dossierFieldsObject = z.object({
  achternaam: requiredText(200, msg('enterSurname'), { alsoWhenMissing: true }),
  tussenvoegsel: text(40),
  voornamen: text(200),
  roepnaam: text(100),
  /** How letters address the client; 'onbekend' writes them gender-neutrally. */
  aanhef: z
    .enum(AANHEF_VALUES, { error: msg('chooseFormAddress') })
    .optional()
    .default('onbekend'),
  geboortedatum: optionalDate,
  bsn: bsnField,
  telefoon: phoneField,
  email: emailField,
  adresVoor: text(500),
  adresNa: text(500),
  woonplaats: text(120),
  institution: text(200),
  meldingDatum: optionalDate,
  detentieStart: optionalDate,
  verwachteVrijlating: optionalDate,
  werkelijkeVrijlating: optionalDate,
  reclasseringToezicht: z.enum(['onbekend', 'ja', 'nee']).optional().default('onbekend'),
  juridischKader: text(4000),
  veiligheid: text(4000),
});

export type DossierFields = z.output<typeof dossierFieldsObject>;
export type DossierFieldsInput = z.input<typeof dossierFieldsObject>;
export type DossierField = keyof DossierFields;
export const DOSSIER_FIELDS = Object.keys(dossierFieldsObject.shape) as DossierField[];

/** The dossier's fields in the two groups the dossier form and the exchange file show them in: the person, the detention. */
export const PERSON_FIELDS = [
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'roepnaam',
  'aanhef',
  'geboortedatum',
  'bsn',
  'telefoon',
  'email',
  'adresVoor',
  'adresNa',
  'woonplaats',
] as const satisfies readonly DossierField[];
export const DETENTION_FIELDS = [
  'institution',
  'meldingDatum',
  'detentieStart',
  'verwachteVrijlating',
  'werkelijkeVrijlating',
  'reclasseringToezicht',
  'juridischKader',
  'veiligheid',
] as const satisfies readonly DossierField[];

type DateFacts = Partial<Pick<DossierFields, 'geboortedatum' | 'meldingDatum' | 'detentieStart' | 'verwachteVrijlating' | 'werkelijkeVrijlating'>>;

/** Rules between fields, for a new dossier and for an edited one (checked on the merged result). */
export function dossierConsistencyErrors(input: DateFacts, today = localTodayIso()): Record<string, string> {
  // Also called on partly invalid input (so every message shows at once): only real ISO dates take part.
  const d: DateFacts = {};
  for (const k of ['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating', 'werkelijkeVrijlating'] as const) {
    const v = input[k];
    if (typeof v === 'string' && isRealIsoDate(v)) d[k] = v;
  }
  const out: Record<string, string> = {};
  if (d.geboortedatum && d.geboortedatum > today) out['geboortedatum'] = msg('dateBirthFuture');
  else if (d.geboortedatum && d.geboortedatum < '1900-01-01') out['geboortedatum'] = msg('dateBirthTooFarPast');
  else if (d.geboortedatum && d.detentieStart && d.detentieStart < d.geboortedatum) out['detentieStart'] = msg('detentionCannotStartBeforeDate');
  if (d.detentieStart && d.verwachteVrijlating && d.verwachteVrijlating < d.detentieStart)
    out['verwachteVrijlating'] = msg('expectedReleaseBeforeStartDetention');
  if (d.detentieStart && d.werkelijkeVrijlating && d.werkelijkeVrijlating < d.detentieStart) out['werkelijkeVrijlating'] = msg('releaseBeforeStartDetention');
  if (d.meldingDatum && d.meldingDatum > today) out['meldingDatum'] = msg('dateNoticeFuture');
  return out;
}

/** Cross-field rules run even when a single field failed, so the form shows every message at once. */
export const ALWAYS = { when: () => true };

export function addConsistencyIssues(v: DateFacts, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(dossierConsistencyErrors(v))) ctx.addIssue({ code: 'custom', path: [path], message });
}

export const dossierFieldsSchema = dossierFieldsObject.superRefine(addConsistencyIssues, ALWAYS);
export const dossierPatchSchema = dossierFieldsObject.partial().superRefine(addConsistencyIssues, ALWAYS);
export type DossierPatch = z.output<typeof dossierPatchSchema>;

export const statusSchema = z.enum(DOSSIER_STATUSES);
export const closingReasonSchema = z.enum(CLOSING_REASONS, { error: msg('chooseReasonClosingCaseFile') });

export const CONTACT_ROLES = ['casemanager', 'reclassering', 'wijkteam', 'hulpverlener', 'naaste', 'overig'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  casemanager: 'Casemanager PI',
  reclassering: 'Reclassering',
  wijkteam: 'Wijkteam / sociaal team',
  hulpverlener: 'Hulpverlener',
  naaste: 'Naaste',
  overig: 'Overig',
};

export const contactFieldsSchema = z.object({
  role: z.enum(CONTACT_ROLES, { error: msg('chooseRole') }),
  name: requiredText(200, msg('enterName'), { alsoWhenMissing: true }),
  organisation: text(200),
  relation: text(100),
  telefoon: phoneField,
  email: emailField,
  note: text(2000),
});
export type ContactFields = z.output<typeof contactFieldsSchema>;

export const LEGAL_BASES = ['toestemming', 'wettelijke_taak', 'pbw_18a', 'overig'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  toestemming: 'Toestemming van de cliënt',
  wettelijke_taak: 'Wettelijke taak van de gemeente',
  pbw_18a: 'Art. 18a/18b Penitentiaire beginselenwet',
  overig: 'Andere grondslag (zie toelichting)',
};

export const consentFieldsSchema = z
  .object({
    partner: requiredText(200, msg('enterWhomDataMayShared'), { alsoWhenMissing: true }),
    scope: requiredText(2000, msg('enterWhichDataMayShared'), { alsoWhenMissing: true }),
    legalBasis: z.enum(LEGAL_BASES, { error: msg('chooseLegalBasis') }),
    givenOn: optionalDate,
    note: text(2000),
  })
  .superRefine((v, ctx) => {
    if (!v.givenOn) ctx.addIssue({ code: 'custom', path: ['givenOn'], message: msg('enterDateWhichConsentGiven') });
    else if (v.givenOn > localTodayIso()) ctx.addIssue({ code: 'custom', path: ['givenOn'], message: msg('dateFuture') });
  }, ALWAYS);
export type ConsentFields = z.output<typeof consentFieldsSchema>;

export const noteFieldsSchema = z
  .object({
    date: optionalDate,
    text: requiredText(20000, msg('writeNote'), { alsoWhenMissing: true }),
  })
  .superRefine((v, ctx) => {
    if (!v.date) ctx.addIssue({ code: 'custom', path: ['date'], message: msg('enterDate') });
  }, ALWAYS);
export type NoteFields = z.output<typeof noteFieldsSchema>;
