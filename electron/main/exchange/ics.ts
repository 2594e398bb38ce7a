import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventClass } from 'ical-generator';
import { nextDay } from '../../../common/calendar.js';
import { AppError } from '../../../common/errors.js';

/**
 * Calendar files (RFC 5545) made with `ical-generator`, for Outlook and other agendas. Deadlines are all-day
 * events. Meetings are set in Amsterdam time: DTSTART;TZID=Europe/Amsterdam with the zone's VTIMEZONE in the file,
 * so 10:00 stays 10:00 in the Netherlands on a laptop set to any other zone, in summer and in winter.
 * (The `ics` library used before can only write floating or UTC times.) UIDs are stable so a re-import updates
 * instead of duplicating.
 */
export interface CalendarItem {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  /** All-day: ISO yyyy-mm-dd. */
  date?: string;
  /** Timed, in Amsterdam time: ISO local date-time yyyy-mm-ddTHH:mm and a duration in minutes. */
  start?: string;
  durationMinutes?: number;
}

export const ICS_PRODUCT_ID = '-//Nazorgdossier//NL';
export const ICS_TIME_ZONE = 'Europe/Amsterdam';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function parts(iso: string): number[] {
  const m = ISO.exec(iso);
  if (!m) throw new AppError('VALIDATION');
  return m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
}

/**
 * Wall-clock arithmetic on a local date-time without any zone: the result is the local time `minutes` later
 * ("10:00" + 120 = "12:00", also on the night the clocks change).
 */
function addMinutes(iso: string, minutes: number): string {
  const [y, mo, d, h, mi] = parts(iso) as [number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return t.toISOString().slice(0, 16);
}

/**
 * ical-generator writes a zoned time from the wall-clock fields of a Date in this process's zone; a Date made
 * from the local fields therefore comes out as exactly those fields, whatever zone the computer is set to.
 */
function localFields(iso: string): Date {
  const [y, mo, d, h, mi] = parts(iso) as [number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi);
}

/** All-day dates are written from the date's UTC fields. */
function utcDay(iso: string): Date {
  const [y, mo, d] = parts(iso.slice(0, 10)) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d));
}

export function toIcs(items: readonly CalendarItem[], calName = 'Nazorgdossier'): Buffer {
  const cal = ical({
    prodId: '//Nazorgdossier//NL',
    name: calName,
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // A generator without a calendar-wide zone name: DTSTAMP stays in UTC (…Z) as RFC 5545 requires, and the
    // VTIMEZONE is written for each zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const it of items) {
    const base = {
      id: it.uid,
      summary: it.title,
      class: ICalEventClass.CONFIDENTIAL,
      ...(it.description ? { description: it.description } : {}),
      ...(it.location ? { location: it.location } : {}),
    };
    if (it.date) {
      // An all-day event's end is the next day (exclusive).
      cal.createEvent({ ...base, allDay: true, start: utcDay(it.date), end: utcDay(nextDay(it.date)) });
    } else if (it.start) {
      const end = addMinutes(it.start, it.durationMinutes ?? 60);
      cal.createEvent({ ...base, timezone: ICS_TIME_ZONE, start: localFields(it.start), end: localFields(end) });
    } else throw new AppError('VALIDATION');
  }
  return Buffer.from(cal.toString(), 'utf8');
}
