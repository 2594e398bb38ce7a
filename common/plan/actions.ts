import { addDaysIso, daysBetween } from '../calendar.js';

/** Action statuses of the plan; 'open' and 'bezig' still need chasing, the other two are finished. */
export const ACTION_STATUSES = ['open', 'bezig', 'gedaan', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'open',
  bezig: 'bezig',
  gedaan: 'gedaan',
  vervallen: 'vervallen',
};

export const UNASSIGNED_LABEL = 'niet toegewezen';

/** The dossier list's extra filter name for "has overdue actions" (list input `extraFilters`). */
export const OVERDUE_DOSSIER_FILTER = 'overdueActions';

export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'open' || status === 'bezig';
}

/** Default number of days ahead that counts as "binnenkort"; configurable in the plan configuration. */
export const DEFAULT_SOON_DAYS = 7;

export type DueState = 'overdue' | 'today' | 'soon' | 'later' | 'no_deadline' | 'finished';

/**
 * Where an action stands against its deadline on `today` (ISO dates, calendar days). A deadline of
 * today is not yet overdue: the partner still has the day.
 */
export function dueState(action: { status: ActionStatus; deadline: string | null }, today: string, soonDays = DEFAULT_SOON_DAYS): DueState {
  if (!isOpenStatus(action.status)) return 'finished';
  if (!action.deadline) return 'no_deadline';
  const d = daysBetween(today, action.deadline);
  if (d < 0) return 'overdue';
  if (d === 0) return 'today';
  if (d <= soonDays) return 'soon';
  return 'later';
}

export function isOverdue(action: { status: ActionStatus; deadline: string | null }, today: string): boolean {
  return dueState(action, today) === 'overdue';
}

/** Counts as needing a reminder soon: due today or within `soonDays`. */
export function isSoonDue(action: { status: ActionStatus; deadline: string | null }, today: string, soonDays = DEFAULT_SOON_DAYS): boolean {
  const s = dueState(action, today, soonDays);
  return s === 'today' || s === 'soon';
}

/** The last day (ISO) that is "binnenkort" seen from today; used for SQL range filters. */
export function soonDueUntil(today: string, soonDays = DEFAULT_SOON_DAYS): string {
  return addDaysIso(today, soonDays);
}

/** "3 dagen te laat", "vandaag", "over 5 dagen". */
export function dueText(deadline: string | null, today: string): string {
  if (!deadline) return 'geen deadline';
  const d = daysBetween(today, deadline);
  if (d === 0) return 'vandaag';
  if (d === -1) return '1 dag te laat';
  if (d < 0) return `${-d} dagen te laat`;
  if (d === 1) return 'morgen';
  return `over ${d} dagen`;
}

/**
 * A deadline before the day the action was created is usually a typing error; the UI asks for a
 * confirmation and the API refuses it without one.
 */
export function deadlineBeforeCreation(deadline: string | null, createdOn: string): boolean {
  return deadline !== null && daysBetween(createdOn, deadline) < 0;
}

/**
 * Moving to a finished status records the completion date; reopening clears it. Returns the
 * completion date to store.
 */
export function completionDateFor(next: ActionStatus, current: { status: ActionStatus; completedOn: string | null }, today: string): string | null {
  if (next === 'gedaan' || next === 'vervallen') return current.status === next && current.completedOn ? current.completedOn : today;
  return null;
}
