import { addDays, addMonths, addWeeks, lightFormat, parseISO } from 'date-fns';
import { BASIS_KEYS, type BasisKey, type BasisState } from '../plan/basisvoorwaarden.js';

/**
 * What happens after release (docs/domain/aftercare.md): the day-one record of the basisvoorwaarden, the first
 * contact within a number of hours, follow-up moments from a template, and contact attempts for a client who
 * cannot be reached. Rules as data and pure functions, shared by the API, the screens and the documents.
 */

export const DEFAULT_FIRST_CONTACT_HOURS = 48;
export const DEFAULT_UNREACHABLE_AFTER = 3;

/** How the first contact took place. */
export const FIRST_CONTACT_HOW = ['persoonlijk', 'telefoon', 'poort'] as const;
export type FirstContactHow = (typeof FIRST_CONTACT_HOW)[number];
export const FIRST_CONTACT_HOW_LABELS: Record<FirstContactHow, string> = {
  persoonlijk: 'Persoonlijk gesprek',
  telefoon: 'Telefonisch',
  poort: 'Bij de poort van de PI',
};

export type FirstContactState = 'not_released' | 'done' | 'due' | 'missed';

/**
 * The last day the first contact still counts as on time. A release is recorded as a date, not a time, so the
 * hours count from the start of the release day, rounded up to whole days: 48 hours gives the day after tomorrow.
 */
export function firstContactDueBy(releaseDate: string, hours: number): string {
  return isoAddDays(releaseDate, Math.ceil(hours / 24));
}

export function firstContactState(releaseDate: string | null, contacted: boolean, today: string, hours: number): FirstContactState {
  if (!releaseDate || releaseDate > today) return 'not_released';
  if (contacted) return 'done';
  return today > firstContactDueBy(releaseDate, hours) ? 'missed' : 'due';
}

// --- Follow-up moments ------------------------------------------------------------------------------

export const MOMENT_UNITS = ['dagen', 'weken', 'maanden'] as const;
export type MomentUnit = (typeof MOMENT_UNITS)[number];

export interface FollowupMomentDef {
  amount: number;
  unit: MomentUnit;
}

/** The trade's usual moments: 2 weeks, 3, 6 and 12 months after release. */
export const DEFAULT_FOLLOWUP_MOMENTS: readonly FollowupMomentDef[] = [
  { amount: 2, unit: 'weken' },
  { amount: 3, unit: 'maanden' },
  { amount: 6, unit: 'maanden' },
  { amount: 12, unit: 'maanden' },
];

/** Stable key of a moment ('2-weken'), so a dossier never gets the same moment twice. */
export function momentKey(m: FollowupMomentDef): string {
  return `${m.amount}-${m.unit}`;
}

const UNIT_SINGULAR: Record<MomentUnit, string> = { dagen: 'dag', weken: 'week', maanden: 'maand' };

/** "2 weken na vrijlating", "1 maand na vrijlating". */
export function momentLabel(m: FollowupMomentDef): string {
  return `${m.amount} ${m.amount === 1 ? UNIT_SINGULAR[m.unit] : m.unit} na vrijlating`;
}

export function momentDueOn(releaseDate: string, m: FollowupMomentDef): string {
  const d = parseISO(releaseDate);
  const due = m.unit === 'dagen' ? addDays(d, m.amount) : m.unit === 'weken' ? addWeeks(d, m.amount) : addMonths(d, m.amount);
  // lightFormat: the same digits as format, without its locale machinery (an import plans thousands of moments).
  return lightFormat(due, 'yyyy-MM-dd');
}

/** The moments of one release, in due order; the same moment listed twice is made once. */
export function plannedMoments(releaseDate: string, template: readonly FollowupMomentDef[]): { key: string; label: string; dueOn: string }[] {
  const seen = new Set<string>();
  const out: { key: string; label: string; dueOn: string }[] = [];
  for (const m of template) {
    const key = momentKey(m);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label: momentLabel(m), dueOn: momentDueOn(releaseDate, m) });
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** A moment shows on Vandaag from this many days before it is due. */
export const FOLLOWUP_DUE_AHEAD_DAYS = 7;

export type FollowupState = 'done' | 'later' | 'due' | 'overdue';

export function followupState(f: { dueOn: string; doneOn: string | null }, today: string): FollowupState {
  if (f.doneOn) return 'done';
  if (f.dueOn < today) return 'overdue';
  return f.dueOn <= isoAddDays(today, FOLLOWUP_DUE_AHEAD_DAYS) ? 'due' : 'later';
}

/** Work or dagbesteding at a follow-up moment. */
export const WORK_STATES = ['zelfde', 'anders', 'geen', 'onbekend'] as const;
export type WorkState = (typeof WORK_STATES)[number];
export const WORK_STATE_LABELS: Record<WorkState, string> = {
  zelfde: 'Nog hetzelfde werk of dezelfde dagbesteding',
  anders: 'Ander werk of andere dagbesteding',
  geen: 'Geen werk of dagbesteding',
  onbekend: 'Onbekend',
};

export const RECLASSERING_CONTACT = ['ja', 'nee', 'nvt', 'onbekend'] as const;
export type ReclasseringContact = (typeof RECLASSERING_CONTACT)[number];
export const RECLASSERING_CONTACT_LABELS: Record<ReclasseringContact, string> = {
  ja: 'Ja, er is contact met de reclassering',
  nee: 'Nee, geen contact met de reclassering',
  nvt: 'Niet van toepassing (geen toezicht)',
  onbekend: 'Onbekend',
};

/** The basis states of a check-in, every key present; a key not given reads as 'onbekend'. */
export function completeCheckinBasis(stored: Partial<Record<string, string>>): Record<BasisKey, BasisState> {
  return Object.fromEntries(BASIS_KEYS.map((k) => [k, (stored[k] as BasisState | undefined) ?? 'onbekend'])) as Record<BasisKey, BasisState>;
}

// --- Clients who cannot be reached ------------------------------------------------------------------

export const ATTEMPT_CHANNELS = ['telefoon', 'sms', 'email', 'huisbezoek', 'brief', 'via_partner'] as const;
export type AttemptChannel = (typeof ATTEMPT_CHANNELS)[number];
export const ATTEMPT_CHANNEL_LABELS: Record<AttemptChannel, string> = {
  telefoon: 'Telefoon',
  sms: 'Sms of WhatsApp',
  email: 'E-mail',
  huisbezoek: 'Huisbezoek',
  brief: 'Brief',
  via_partner: 'Via een partner of naaste',
};

export const ATTEMPT_RESULTS = ['bereikt', 'geen_gehoor', 'bericht_achtergelaten', 'niet_thuis', 'onjuist_adres_of_nummer'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];
export const ATTEMPT_RESULT_LABELS: Record<AttemptResult, string> = {
  bereikt: 'Bereikt',
  geen_gehoor: 'Geen gehoor',
  bericht_achtergelaten: 'Bericht achtergelaten, geen reactie',
  niet_thuis: 'Niet thuis',
  onjuist_adres_of_nummer: 'Onjuist adres of nummer',
};

/** Failed attempts since the client was last reached (attempts in the order they were made). */
export function failedSinceReached(attempts: readonly { result: AttemptResult }[]): number {
  let n = 0;
  for (const a of attempts) n = a.result === 'bereikt' ? 0 : n + 1;
  return n;
}

/** The proposed action when a client cannot be reached: a home visit by the wijkteam. */
export const UNREACHABLE_ACTION_TITLE = 'Huisbezoek door het wijkteam: cliënt is niet bereikbaar';

export function isUnreachable(failed: number, threshold: number): boolean {
  return failed >= threshold;
}

export function isoAddDays(iso: string, days: number): string {
  return lightFormat(addDays(parseISO(iso), days), 'yyyy-MM-dd');
}
