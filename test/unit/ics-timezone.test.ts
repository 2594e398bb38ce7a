import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { toIcs, type CalendarItem } from '../../electron/main/exchange/ics.js';

/**
 * Meeting times are Amsterdam time, not floating: read back with ical.js (Mozilla's iCalendar parser), which resolves
 * the TZID through the VTIMEZONE inside the file itself (nothing is registered with its time zone service).
 */
function readEvents(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const meeting = (uid: string, start: string): CalendarItem => ({ uid, title: 'Regie- en toedelingsoverleg', start, durationMinutes: 120 });

const ORIGINAL_TZ = process.env['TZ'];
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env['TZ'];
  else process.env['TZ'] = ORIGINAL_TZ;
});

describe('meeting events carry Europe/Amsterdam with its VTIMEZONE', () => {
  const items = [
    meeting('winter@nazorgdossier', '2026-12-04T10:00'),
    meeting('summer@nazorgdossier', '2026-06-04T10:00'),
    // The days right after the clocks change (29 March and 25 October 2026).
    meeting('after-spring@nazorgdossier', '2026-03-30T10:00'),
    meeting('after-autumn@nazorgdossier', '2026-10-26T10:00'),
    { uid: 'deadline@nazorgdossier', title: 'Deadline: ID-kaart', date: '2026-06-04' },
  ];
  const expected = {
    'winter@nazorgdossier': ['2026-12-04T09:00:00.000Z', '2026-12-04T11:00:00.000Z'],
    'summer@nazorgdossier': ['2026-06-04T08:00:00.000Z', '2026-06-04T10:00:00.000Z'],
    'after-spring@nazorgdossier': ['2026-03-30T08:00:00.000Z', '2026-03-30T10:00:00.000Z'],
    'after-autumn@nazorgdossier': ['2026-10-26T09:00:00.000Z', '2026-10-26T11:00:00.000Z'],
  };

  function check(ics: string) {
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    const events = readEvents(ics);
    expect(events).toHaveLength(5);
    for (const ev of events.filter((e) => e.uid in expected)) {
      expect(ev.startDate.zone?.tzid).toBe('Europe/Amsterdam');
      expect(ev.startDate.hour).toBe(10);
      expect([ev.startDate.toJSDate().toISOString(), ev.endDate.toJSDate().toISOString()]).toEqual(expected[ev.uid as keyof typeof expected]);
    }
    const deadline = events.find((e) => e.uid === 'deadline@nazorgdossier')!;
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe('2026-06-04');
    expect(deadline.endDate.toString()).toBe('2026-06-05');
  }

  it('10:00 is 09:00Z in winter and 08:00Z in summer, also right after the clocks change', () => {
    check(toIcs(items).toString('utf8'));
  });

  it('gives the same file content when the computer itself is set to another time zone', () => {
    process.env['TZ'] = 'America/New_York';
    // The zone change really took effect in this process (New York is never at UTC+0).
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(300);
    check(toIcs(items).toString('utf8'));
    process.env['TZ'] = 'Asia/Tokyo';
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-540);
    check(toIcs(items).toString('utf8'));
  });
});
