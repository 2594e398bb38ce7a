import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { AppError } from '../../../common/errors.js';

/**
 * Calendar files (RFC 5545) made with the `ics` library, for Outlook and other agendas. Deadlines are all-day
 * events; meetings have a start and end in local time. UIDs are stable so a re-import updates instead of duplicating.
 */
export interface CalendarItem {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  /** All-day: ISO yyyy-mm-dd. */
  date?: string;
  /** Timed: ISO local date-time yyyy-mm-ddTHH:mm and a duration in minutes. */
  start?: string;
  durationMinutes?: number;
}

export const ICS_PRODUCT_ID = '-//Nazorgdossier//NL';

function dateArray(iso: string): DateArray {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new AppError('VALIDATION');
  const [y, mo, d, h, mi] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  return h === undefined ? [y!, mo!, d!] : [y!, mo!, d!, h, mi!];
}

function nextDay(iso: string): DateArray {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

export function toIcs(items: readonly CalendarItem[], calName = 'Nazorgdossier'): Buffer {
  const events: EventAttributes[] = items.map((it) => {
    const common = {
      uid: it.uid,
      title: it.title,
      productId: ICS_PRODUCT_ID,
      calName,
      classification: 'CONFIDENTIAL',
      ...(it.description ? { description: it.description } : {}),
      ...(it.location ? { location: it.location } : {}),
    };
    if (it.date) return { ...common, start: dateArray(it.date), end: nextDay(it.date) } as EventAttributes;
    if (it.start)
      return {
        ...common,
        start: dateArray(it.start),
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: it.durationMinutes ?? 60 },
      } as EventAttributes;
    throw new AppError('VALIDATION');
  });
  if (events.length === 0) return Buffer.from(emptyCalendar(calName), 'utf8');
  const { error, value } = createEvents(events);
  if (error || !value) throw new AppError('INTERNAL');
  return Buffer.from(value, 'utf8');
}

/** `ics` refuses an empty list; an agenda export without deadlines is still a valid (empty) calendar. */
function emptyCalendar(calName: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${ICS_PRODUCT_ID}`, `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n');
}
