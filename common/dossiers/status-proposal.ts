import { addDaysIso } from '../calendar.js';
import { transitionErrors, type DossierStatus, type JourneyFacts } from './status.js';

/**
 * The journey follows the facts: when a dossier's dates say it has moved on, the next status is proposed
 * (never set): the coordinator accepts it through the usual controlled transition. Forward moves only; a
 * postponed release or a closing is always the coordinator's own decision.
 */
export type StatusFact = 'released' | 'releaseSoon' | 'detentionStarted';

export interface StatusProposalRule {
  to: DossierStatus;
  /** Statuses that lag behind when the fact holds. */
  from: readonly DossierStatus[];
  fact: StatusFact;
}

/** Checked in this order: the furthest move whose facts are there wins. */
export const STATUS_PROPOSAL_RULES: readonly StatusProposalRule[] = [
  { to: 'nazorg', from: ['melding', 'detentie', 'vrijlating_nadert'], fact: 'released' },
  { to: 'vrijlating_nadert', from: ['melding', 'detentie'], fact: 'releaseSoon' },
  { to: 'detentie', from: ['melding'], fact: 'detentionStarted' },
];

/** How many days before the expected release "Vrijlating nadert" is proposed (the countdown window). */
export const DEFAULT_RELEASE_WINDOW_DAYS = 42;

export interface StatusProposal {
  to: DossierStatus;
  fact: StatusFact;
  /** The date that makes the fact: actual release, expected release or detention start (ISO). */
  date: string;
}

/** The date a fact rests on when it holds on `today`, else null. ISO dates compare as text. */
export function factDate(fact: StatusFact, f: JourneyFacts, today: string, windowDays: number): string | null {
  switch (fact) {
    case 'released':
      return f.werkelijkeVrijlating && f.werkelijkeVrijlating <= today ? f.werkelijkeVrijlating : null;
    case 'releaseSoon':
      // An expected date already past without an actual release still means the release is near.
      return !f.werkelijkeVrijlating && f.verwachteVrijlating && f.verwachteVrijlating <= releaseWindowEnd(today, windowDays) ? f.verwachteVrijlating : null;
    case 'detentionStarted':
      return f.detentieStart && f.detentieStart <= today ? f.detentieStart : null;
  }
}

/** The next status a dossier's dates call for, or null when its status is up to date. */
export function proposeStatus(f: JourneyFacts, today: string, windowDays: number = DEFAULT_RELEASE_WINDOW_DAYS): StatusProposal | null {
  for (const rule of STATUS_PROPOSAL_RULES) {
    if (!rule.from.includes(f.status)) continue;
    const date = factDate(rule.fact, f, today, windowDays);
    // Never propose a move the journey would refuse.
    if (date && Object.keys(transitionErrors(f, rule.to)).length === 0) return { to: rule.to, fact: rule.fact, date };
  }
  return null;
}

/** The last day (ISO) on which an expected release counts as near for a window, as the SQL filter needs it. */
export function releaseWindowEnd(today: string, windowDays: number): string {
  return addDaysIso(today, windowDays);
}
