import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Calendar-day arithmetic for the whole app: stored dates are ISO yyyy-mm-dd calendar days without a zone, and
 * "today" is the day on the coordinator's own computer. Adding days moves the calendar, never a count of 24-hour
 * periods, so the nights the clocks change cannot shift a deadline. Formatting for people lives in ./dates.ts.
 */

/** The calendar day an instant falls on in this computer's zone, ISO yyyy-mm-dd. */
export function localTodayIso(instant: Date = new Date()): string {
  return format(instant, 'yyyy-MM-dd');
}

/** The ISO day `days` calendar days after `iso` (negative: before). */
export function addDaysIso(iso: string, days: number): string {
  return format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
}

/** The day after `iso`: a whole day `iso` as a half-open range [iso, nextDay(iso)). */
export function nextDay(iso: string): string {
  return addDaysIso(iso, 1);
}

/** Calendar days from `fromIso` to `toIso`: positive when `toIso` is later. */
export function daysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(parseISO(toIso), parseISO(fromIso));
}

/** One reading of the clock: the local calendar day for deadlines, and the instant for history rows. */
export interface Clock {
  /** Local calendar day, ISO yyyy-mm-dd: deadlines are calendar days. */
  today: string;
  /** ISO timestamp (UTC) for history and audit rows. */
  now: string;
}

/** Where the main side reads the time; tests pass their own to fix "today". */
export type ClockSource = () => Clock;

export function clockAt(instant: Date): Clock {
  return { today: localTodayIso(instant), now: instant.toISOString() };
}

export const systemClock: ClockSource = () => clockAt(new Date());
