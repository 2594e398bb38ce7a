import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, clockAt, daysBetween, localTodayIso, nextDay } from '../../common/calendar.js';

/**
 * Calendar-day arithmetic must not depend on the length of a day: on the nights the clocks change a day has 23 or
 * 25 hours, and an implementation that counts milliseconds lands on the wrong date. Node picks up a change of TZ
 * at once, so each case runs in the coordinator's zone and in zones whose changes fall elsewhere.
 */
const ZONES = ['Europe/Amsterdam', 'America/Sao_Paulo', 'Pacific/Auckland', 'UTC'];
const savedTz = process.env.TZ;
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** The reference: whole days on a zone-free UTC calendar. */
function utcAddDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(ZONES)('calendar arithmetic in %s', (zone) => {
  beforeEach(() => {
    process.env.TZ = zone;
  });

  it('crosses the Dutch clock changes of 2026 (29 March, 25 October) by exactly one calendar day', () => {
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDaysIso('2026-03-30', -2)).toBe('2026-03-28');
    expect(addDaysIso('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDaysIso('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
    expect(nextDay('2026-03-29')).toBe('2026-03-30');
    expect(nextDay('2026-10-25')).toBe('2026-10-26');
  });

  it('handles month ends', () => {
    expect(addDaysIso('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysIso('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDaysIso('2026-03-31', -31)).toBe('2026-02-28');
    expect(nextDay('2026-06-30')).toBe('2026-07-01');
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
  });

  it('knows the leap day: 2028 and 2000 have one, 2026 and 2100 do not', () => {
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(nextDay('2028-02-29')).toBe('2028-03-01');
    expect(addDaysIso('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysIso('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDaysIso('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2028-03-01', '2027-03-01')).toBe(-366);
  });

  it('crosses the year boundary both ways', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(addDaysIso('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(addDaysIso('2026-12-20', 400)).toBe('2028-01-24');
  });

  it('agrees with whole days on a zone-free calendar for every day of 2026-2028 and shifts up to a year', () => {
    const wrong: string[] = [];
    for (let from = '2026-01-01'; from < '2029-01-01'; from = utcAddDays(from, 1)) {
      for (const n of [-366, -31, -1, 0, 1, 7, 14, 30, 42, 365]) {
        const to = utcAddDays(from, n);
        if (addDaysIso(from, n) !== to || daysBetween(from, to) !== n) wrong.push(`${from} ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('today on the coordinator clock (Europe/Amsterdam)', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Amsterdam';
  });

  it('runs in the zone it names (the checks below would prove nothing in UTC)', () => {
    expect(new Date('2026-03-28T12:00:00Z').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-03-29T12:00:00Z').getTimezoneOffset()).toBe(-120);
  });

  it('is the local calendar day, not the UTC one, around midnight', () => {
    // 23:30 UTC is 00:30 the next day in winter (UTC+1) and 01:30 in summer (UTC+2).
    expect(localTodayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localTodayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localTodayIso(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('is right on the nights the clocks change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(localTodayIso(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(localTodayIso(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(localTodayIso(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(localTodayIso(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; the day lasts until 23:00 UTC.
    expect(localTodayIso(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24');
    expect(localTodayIso(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(localTodayIso(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(localTodayIso(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('a clock reading keeps the local day beside the UTC instant', () => {
    expect(clockAt(new Date('2026-10-24T22:30:00Z'))).toEqual({ today: '2026-10-25', now: '2026-10-24T22:30:00.000Z' });
    expect(clockAt(new Date('2028-02-29T12:00:00Z'))).toEqual({ today: '2028-02-29', now: '2028-02-29T12:00:00.000Z' });
  });
});
