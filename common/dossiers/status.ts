import { msg } from '../messages';
/**
 * The client's journey (docs/domain/journey.md): statuses, the allowed moves between them and what each move needs.
 * Transitions are data so the UI (which buttons to offer), the API (what to refuse) and the reports
 * all read the same table.
 */
export const DOSSIER_STATUSES = ['melding', 'detentie', 'vrijlating_nadert', 'nazorg', 'afgesloten'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const STATUS_LABELS: Record<DossierStatus, string> = {
  melding: 'Melding ontvangen',
  detentie: 'In detentie',
  vrijlating_nadert: 'Vrijlating nadert',
  nazorg: 'Nazorg',
  afgesloten: 'Afgesloten',
};

export const CLOSING_REASONS = ['doel_bereikt', 'verhuisd', 'overleden', 'weigert_medewerking', 'opnieuw_gedetineerd', 'geen_contact', 'anders'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

export const CLOSING_REASON_LABELS: Record<ClosingReason, string> = {
  doel_bereikt: 'Doel bereikt',
  verhuisd: 'Verhuisd naar andere gemeente',
  overleden: 'Overleden',
  weigert_medewerking: 'Weigert medewerking',
  opnieuw_gedetineerd: 'Opnieuw gedetineerd',
  geen_contact: 'Niet bereikbaar (geen contact meer te krijgen)',
  anders: 'Andere reden (toelichting verplicht)',
};

/** Facts about a dossier that decide whether a move is allowed. */
export interface JourneyFacts {
  status: DossierStatus;
  detentieStart: string | null;
  verwachteVrijlating: string | null;
  werkelijkeVrijlating: string | null;
}

export interface TransitionExtras {
  closingReason?: ClosingReason | null;
  closingNote?: string | null;
  werkelijkeVrijlating?: string | null;
}

type Requirement = (f: JourneyFacts, x: TransitionExtras) => { field: string; message: string } | null;

const needsDetentionStart: Requirement = (f) => (f.detentieStart ? null : { field: 'detentieStart', message: msg('firstEnterStartDateDetention') });
const needsExpectedRelease: Requirement = (f) =>
  f.verwachteVrijlating ? null : { field: 'verwachteVrijlating', message: msg('firstEnterExpectedReleaseDate') };
const needsActualRelease: Requirement = (f, x) =>
  (x.werkelijkeVrijlating ?? f.werkelijkeVrijlating) ? null : { field: 'werkelijkeVrijlating', message: msg('aftercareCanOnlyStartOnce') };
const needsClosingReason: Requirement = (_f, x) => {
  if (!x.closingReason) return { field: 'closingReason', message: msg('chooseReasonClosingCaseFile') };
  if (x.closingReason === 'anders' && !x.closingNote?.trim()) return { field: 'closingNote', message: msg('explainReasonClosing') };
  return null;
};

/** What a dossier needs to be in a status: checked when it moves there, and again when its fields are edited. */
export const STATUS_REQUIREMENTS: Record<DossierStatus, Requirement[]> = {
  melding: [],
  detentie: [needsDetentionStart],
  vrijlating_nadert: [needsExpectedRelease],
  nazorg: [needsActualRelease],
  afgesloten: [needsClosingReason],
};

/** Allowed moves. A release can be postponed (back to detention); a closed dossier re-opens at a new notice or in aftercare. */
export const TRANSITIONS: Record<DossierStatus, readonly DossierStatus[]> = {
  melding: ['detentie', 'vrijlating_nadert', 'nazorg', 'afgesloten'],
  detentie: ['vrijlating_nadert', 'nazorg', 'afgesloten'],
  vrijlating_nadert: ['detentie', 'nazorg', 'afgesloten'],
  nazorg: ['afgesloten'],
  afgesloten: ['melding', 'nazorg'],
};

export function allowedTransitions(from: DossierStatus): readonly DossierStatus[] {
  return TRANSITIONS[from];
}

function requirementErrors(status: DossierStatus, facts: JourneyFacts, extras: TransitionExtras): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of STATUS_REQUIREMENTS[status]) {
    const e = r(facts, extras);
    if (e && !(e.field in out)) out[e.field] = e.message;
  }
  return out;
}

/** Field -> Dutch message for everything that blocks the move; empty when the move is allowed. */
export function transitionErrors(facts: JourneyFacts, to: DossierStatus, extras: TransitionExtras = {}): Record<string, string> {
  if (!TRANSITIONS[facts.status].includes(to)) return { to: msg('transitionNotAllowed', { from: STATUS_LABELS[facts.status], to: STATUS_LABELS[to] }) };
  return requirementErrors(to, facts, extras);
}

/** After an edit, the dossier must still meet what its current status needs (e.g. nazorg keeps its release date). */
export function statusInvariantErrors(facts: JourneyFacts, closing: TransitionExtras = {}): Record<string, string> {
  return requirementErrors(facts.status, facts, closing);
}

export function isActiveStatus(s: DossierStatus): boolean {
  return s !== 'afgesloten';
}
