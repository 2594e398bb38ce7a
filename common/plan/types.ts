import type { ActionStatus, DueState } from './actions.js';
import type { BasisStatus } from './basisvoorwaarden.js';
import type { CountdownProposal, NotInOrderItem, Redate } from './countdown.js';
import type { LifeDomain } from './domains.js';
import type { PartnerType } from './partners.js';

/** What the API returns for the plan area; shared by handlers, UI and (later) documents. */
export interface ActionView {
  id: number;
  dossierId: number;
  title: string;
  domainKey: string | null;
  partnerId: number | null;
  partnerName: string | null;
  contactId: number | null;
  contactName: string | null;
  deadline: string | null;
  status: ActionStatus;
  completedOn: string | null;
  resultNote: string;
  templateKey: string | null;
  /** An appointment with the client: 'HH:MM' on the deadline day, and where. */
  appointmentTime: string | null;
  appointmentPlace: string;
  lastReminderOn: string | null;
  createdOn: string;
  due: DueState;
}

export interface ScoreEntry {
  id: number;
  domainKey: string;
  score: number;
  assessedOn: string;
  note: string;
}

export type GoalStatus = 'open' | 'bereikt' | 'vervallen';

export interface GoalView {
  id: number;
  domainKey: string | null;
  text: string;
  status: GoalStatus;
}

export interface PlanView {
  dossierId: number;
  today: string;
  releaseDate: string | null;
  countdownText: string;
  basis: BasisStatus[];
  scores: ScoreEntry[];
  goals: GoalView[];
  actions: ActionView[];
  /** Release-countdown proposals not yet accepted or dropped. */
  proposals: CountdownProposal[];
  /** When the release date moved since the template actions were dated: what would move. */
  releaseMove: { from: string; to: string | null; redates: Redate[] } | null;
  notInOrder: NotInOrderItem[];
  lifeDomains: LifeDomain[];
  soonDays: number;
}

export interface ContactView {
  id: number;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PartnerView {
  id: number;
  type: PartnerType;
  name: string;
  email: string;
  phone: string;
  note: string;
  archived: boolean;
  contacts: ContactView[];
  openActions: number;
  overdueActions: number;
}

/** A partner's own page: the register entry plus the open work it carries. */
export interface PartnerDetail extends PartnerView {
  actions: (ActionView & { clientRef: string })[];
}

export interface PlanFigures {
  today: string;
  soonDays: number;
  overdue: number;
  soonDue: number;
  dossiersWithOverdue: number;
  unassignedOpen: number;
}

/** Per dossier, what lists show beside the name. */
export interface DossierPlanBadge {
  dossierId: number;
  strip: string;
  overdue: number;
}

export interface RappelGroupView {
  partnerId: number | null;
  partnerName: string;
  email: string;
  overdue: (ActionView & { clientRef: string })[];
  soon: (ActionView & { clientRef: string })[];
  subject: string;
  body: string;
  mailto: string | null;
}
