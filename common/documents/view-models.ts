import type { SheetItem, SheetLanguage } from './release-sheet-texts.js';

/**
 * What the documents show, as plain data. The main side fills these from the repositories; the
 * definitions in this folder turn them into pdfmake definitions without touching storage.
 * Dates are ISO strings (yyyy-mm-dd); the definitions format them as dd-mm-jjjj.
 */
export interface Letterhead {
  municipalityName: string;
  /** Multi-line postal address. */
  municipalityAddress: string;
  coordinatorName: string;
  coordinatorTitle: string;
  coordinatorPhone: string;
  coordinatorEmail: string;
  /** A checked PNG/JPEG data URL, or '' for none. */
  logo: string;
}

export interface ClientHeader {
  dossierId: number;
  /** The dossier number shown to people, e.g. "2026-0012". */
  reference: string;
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  /** How letters address the client; absent or 'onbekend' writes the full name. */
  aanhef?: import('../people/names.js').Aanhef;
  geboortedatum: string | null;
  bsn: string | null;
  statusLabel: string;
  institution: string | null;
  releaseDate: string | null;
  /** Where the client lives or will live after release, one line; '' when unknown. */
  address: string;
}

export interface BasisvoorwaardeRow {
  label: string;
  /** The state as the plan names it ("geregeld", "in gang", "niet geregeld", ...). */
  stateLabel: string;
  /** Shown in bold: not arranged yet. */
  attention: boolean;
  note: string;
}

export interface DomainScoreRow {
  domain: string;
  /** 1–5 (ZRM scale) or null when not scored. */
  score: number | null;
  note: string;
}

export interface GoalRow {
  domain: string;
  text: string;
  status: string;
}

export interface ActionRow {
  id: number;
  domain: string;
  what: string;
  /** The partner's name, or a "not assigned" text when `unassigned`. */
  partner: string;
  /** True when no partner carries the action yet. */
  unassigned?: boolean;
  contactPerson: string;
  deadline: string | null;
  /** An appointment with the client on the deadline day: "14:00, Stadhuis"; '' or absent for none. */
  appointment?: string;
  statusLabel: string;
  overdue: boolean;
}

/** The day-one record: the basisvoorwaarden as they stood on the day of release. */
export interface DayOneView {
  releaseDate: string;
  rows: (BasisvoorwaardeRow & { correction: string })[];
}

export interface ContactRow {
  role: string;
  name: string;
  organisation: string;
  phone: string;
  email: string;
}

export interface AmountRow {
  label: string;
  cents: number;
}

/** One dossier's plan, as the action plan, the meeting pack and the letter's appendix show it. */
export interface PlanView {
  client: ClientHeader;
  basisvoorwaarden: BasisvoorwaardeRow[];
  domainScores: DomainScoreRow[];
  goals: GoalRow[];
  openActions: ActionRow[];
  contacts: ContactRow[];
  amounts: AmountRow[];
  /** The day-one record, once the client is released (absent for dossiers released before it existed). */
  dayOne?: DayOneView | null;
  /** False while no plan exists for the dossier: sections are shown empty with a note. */
  hasPlan: boolean;
}

export interface ActionPlanModel {
  letterhead: Letterhead;
  /** ISO date the document is made. */
  date: string;
  plan: PlanView;
}

export interface MeetingInfo {
  title: string;
  date: string;
  /** 'HH:mm' or ''. */
  startTime: string;
  place: string;
  partnersPresent: string[];
}

export interface MeetingPackModel {
  letterhead: Letterhead;
  date: string;
  meeting: MeetingInfo;
  /** Initials and year of birth instead of names; BSN, birth date, address and private contacts left out. */
  pseudonymise: boolean;
  items: { plan: PlanView; note: string }[];
}

export interface DecisionRow {
  text: string;
}

export interface MinutesModel {
  letterhead: Letterhead;
  date: string;
  meeting: MeetingInfo;
  pseudonymise: boolean;
  /** Per agenda item: its bespreekpunt ('' when none was written), the decisions and the actions allocated. */
  items: { client: ClientHeader; note?: string; decisions: DecisionRow[]; newActions: ActionRow[] }[];
}

export interface PartnerActionListModel {
  letterhead: Letterhead;
  date: string;
  meeting: MeetingInfo | null;
  pseudonymise: boolean;
  /** One section per partner, each starting on a new page. */
  sections: { partner: string; actions: (ActionRow & { client: ClientHeader })[] }[];
}

export interface Addressee {
  organisation: string;
  department: string;
  /** "t.a.v." line: a person or role. */
  attention: string;
  street: string;
  postcodeCity: string;
}

export interface HandoverLetterModel {
  letterhead: Letterhead;
  date: string;
  /** "Ons kenmerk". */
  reference: string;
  addressee: Addressee;
  subject: string;
  /** The filled template (see common/template.ts). */
  body: import('../template.js').TemplateBlock[];
  /** The plan as an appendix, or null for none. */
  appendix: PlanView | null;
  /** The client's release sheet appended after the letter (and the plan), or null/absent for none. */
  releaseSheet?: ReleaseSheetModel | null;
}

/** The release sheet handed to the client on the day of release (see release-sheet.ts). */
export interface ReleaseSheetModel {
  language: SheetLanguage;
  letterhead: Letterhead;
  date: string;
  /** How the sheet greets the client: the first name they go by. */
  greetingName: string;
  releaseDate: string | null;
  appointments: { date: string | null; time: string | null; place: string; what: string; withWhom: string }[];
  phones: { who: string; phone: string }[];
  items: { item: SheetItem; arranged: boolean; helper: string }[];
}
