import type { ContactFields, ConsentFields, DossierFields } from './schema.js';
import type { ClosingReason, DossierStatus } from './status.js';
import type { StatusProposal } from './status-proposal.js';

/** What the API returns about dossiers. */
export interface Dossier extends DossierFields {
  id: number;
  status: DossierStatus;
  closingReason: ClosingReason | null;
  closingNote: string;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DossierListItem {
  id: number;
  achternaam: string;
  tussenvoegsel: string;
  voornamen: string;
  roepnaam: string;
  geboortedatum: string | null;
  bsn: string | null;
  institution: string;
  status: DossierStatus;
  verwachteVrijlating: string | null;
  werkelijkeVrijlating: string | null;
  hasSafetyNotes: boolean;
  updatedAt: string;
}

export interface Contact extends ContactFields {
  id: number;
  dossierId: number;
  createdAt: string;
}

export interface Consent extends ConsentFields {
  id: number;
  dossierId: number;
  givenOn: string;
  withdrawnOn: string | null;
  createdAt: string;
}

export interface JournalNote {
  id: number;
  dossierId: number;
  date: string;
  text: string;
  createdAt: string;
}

export interface ReleaseDateChange {
  date: string | null;
  changedAt: string;
}

export interface StatusEvent {
  at: string;
  from: DossierStatus | null;
  to: DossierStatus;
}

export interface DossierDetail {
  dossier: Dossier;
  contacts: Contact[];
  consents: Consent[];
  notes: JournalNote[];
  releaseHistory: ReleaseDateChange[];
  timeline: StatusEvent[];
}

export interface HistoryEntry {
  id: number;
  at: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface DuplicateCandidate {
  id: number;
  name: string;
  geboortedatum: string | null;
  status: DossierStatus;
}

export type CreateDossierResult = { created: true; id: number } | { created: false; warning: 'same_name_birthdate'; candidates: DuplicateCandidate[] };

export interface DashboardRelease {
  id: number;
  name: string;
  date: string;
  daysLeft: number;
  status: DossierStatus;
  institution: string;
  hasSafetyNotes: boolean;
}

/** A dashboard list shows at most this many rows; the totals say how many there are in all. */
export const DASHBOARD_LIST_MAX = 50;

export interface Dashboard {
  today: string;
  /** Expected releases from today up to 14 days ahead, soonest first (at most DASHBOARD_LIST_MAX). */
  releases14: DashboardRelease[];
  /** Expected releases 15 to 30 days ahead (at most DASHBOARD_LIST_MAX). */
  releases15to30: DashboardRelease[];
  /** Notices (status "melding") with no note, contact or status change yet, oldest first (at most DASHBOARD_LIST_MAX). */
  noticesWithoutFollowUp: { id: number; name: string; meldingDatum: string | null; daysSince: number | null }[];
  totals: { releases14: number; releases15to30: number; notices: number };
  countsByStatus: Record<DossierStatus, number>;
  /** Dossiers whose status lags behind their dates, each with the status proposed (at most DASHBOARD_LIST_MAX). */
  statusLags: { items: DashboardStatusLag[]; total: number };
}

export interface DashboardStatusLag {
  id: number;
  name: string;
  status: DossierStatus;
  proposal: StatusProposal;
}

export interface OverviewRow {
  /** 'Januari 2026' or 'K1 2026'. */
  period: string;
  from: string;
  to: string;
  opened: number;
  released: number;
  closed: number;
  closedByReason: Record<ClosingReason, number>;
}

export interface Overview {
  year: number;
  period: 'month' | 'quarter';
  rows: OverviewRow[];
  totals: OverviewRow;
  activeAtEnd: number;
}
