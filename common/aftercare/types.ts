import type { BasisKey, BasisState } from '../plan/basisvoorwaarden.js';
import type { DossierStatus } from '../dossiers/status.js';
import type { AttemptChannel, AttemptResult, FirstContactHow, FirstContactState, FollowupState, ReclasseringContact, WorkState } from './rules.js';

/** One basisvoorwaarde as it stood on the day of release. */
export interface DayOneEntry {
  key: BasisKey;
  state: BasisState;
  note: string;
  correctedAt: string | null;
  correctionReason: string;
}

export interface DayOneRecord {
  releaseDate: string;
  recordedAt: string;
  entries: DayOneEntry[];
}

export interface FirstContactView {
  contactAt: string;
  who: string;
  how: FirstContactHow;
  outcome: string;
}

export interface FollowupView {
  id: number;
  momentKey: string;
  label: string;
  dueOn: string;
  doneOn: string | null;
  state: FollowupState;
  reached: 'ja' | 'nee' | null;
  basis: Record<BasisKey, BasisState>;
  work: WorkState;
  reclassering: ReclasseringContact;
  note: string;
}

export interface ContactAttemptView {
  id: number;
  date: string;
  channel: AttemptChannel;
  result: AttemptResult;
  note: string;
}

/** Everything after release on one dossier (the "Na vrijlating" tab). */
export interface AftercareView {
  dossierId: number;
  status: DossierStatus;
  releaseDate: string | null;
  today: string;
  dayOne: DayOneRecord | null;
  firstContact: FirstContactView | null;
  firstContactState: FirstContactState;
  firstContactDueBy: string | null;
  firstContactHours: number;
  followups: FollowupView[];
  attempts: ContactAttemptView[];
  failedAttempts: number;
  unreachableAfter: number;
  unreachable: boolean;
}

export interface AftercareTodayRow {
  dossierId: number;
  name: string;
  releaseDate: string;
}

/** Vandaag's part for after release. */
export interface AftercareToday {
  firstContacts: (AftercareTodayRow & { dueBy: string; state: 'due' | 'missed' })[];
  followups: (AftercareTodayRow & { followupId: number; momentKey: string; label: string; dueOn: string; state: 'due' | 'overdue' })[];
  unreachable: (AftercareTodayRow & { failed: number })[];
  totals: { firstContacts: number; followups: number; unreachable: number };
}
