import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, normaliseRecoveryCode, recoveryCodeSchema, passwordSchema } from '../../common/password.js';
import { unlockDelaySeconds } from '../../common/unlock-policy.js';
import { parseDateNl, formatDateNl, isRealIsoDate } from '../../common/dates.js';
import { readSettings, DEFAULT_SETTINGS } from '../../common/settings.js';
import { inDutch } from '../helpers/messages.js';

describe('recovery codes', () => {
  it('normalise Crockford look-alikes, case and separators', () => {
    expect(normaliseRecoveryCode('abcd-efgh io l0')).toBe('ABCDEFGH1010');
    expect(formatRecoveryCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
  it('validate length and alphabet with a Dutch message', () => {
    const r = recoveryCodeSchema.safeParse('ABCD');
    expect(r.success).toBe(false);
    expect(inDutch(r.error?.issues[0]?.message)).toMatch(/groepen van 4 tekens/);
    expect(recoveryCodeSchema.safeParse('0000-1111-2222-3333-4444-5555-6666-7777').success).toBe(true);
  });
});

describe('password policy', () => {
  it('requires 12 characters and says why in Dutch', () => {
    const r = passwordSchema.safeParse('kort');
    expect(r.success).toBe(false);
    expect(inDutch(r.error?.issues[0]?.message)).toMatch(/minstens 12 tekens/);
    expect(passwordSchema.safeParse('fiets regen lantaarn').success).toBe(true);
  });
});

describe('unlock delay', () => {
  it('grows after three free attempts and is capped', () => {
    expect([0, 1, 2].map(unlockDelaySeconds)).toEqual([0, 0, 0]);
    expect(unlockDelaySeconds(3)).toBe(5);
    expect(unlockDelaySeconds(4)).toBe(10);
    expect(unlockDelaySeconds(5)).toBe(20);
    expect(unlockDelaySeconds(50)).toBe(300);
  });
});

describe('Dutch dates', () => {
  it('parse dd-mm-jjjj and refuse impossible days', () => {
    expect(parseDateNl('29-02-2024')).toBe('2024-02-29');
    expect(parseDateNl('29-02-2025')).toBeNull();
    expect(parseDateNl('31-04-2026')).toBeNull();
    expect(parseDateNl('2026-04-01')).toBeNull();
    expect(formatDateNl('2026-11-23')).toBe('23-11-2026');
    expect(isRealIsoDate('2026-02-30')).toBe(false);
  });
  it('know a real ISO day by leap years and month lengths, like the calendar itself', () => {
    for (const [iso, real] of [
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['2026-04-31', false],
      ['2026-12-31', true],
      ['2026-13-01', false],
      ['2026-00-10', false],
      ['2026-01-00', false],
      ['0000-01-01', false],
      ['2026-1-01', false],
      ['2026-01-01T00:00', false],
    ] as const)
      expect(isRealIsoDate(iso), iso).toBe(real);
    // Every day of two centuries against the platform's own calendar, and the day after each month's last.
    for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2150, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(isRealIsoDate(iso)).toBe(true);
      const next = new Date(t + 86_400_000);
      if (next.getUTCDate() === 1) expect(isRealIsoDate(`${iso.slice(0, 8)}${String(Number(iso.slice(8)) + 1)}`)).toBe(false);
    }
  });
});

describe('settings', () => {
  it('fall back to defaults for missing or invalid stored values', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ autoLockMinutes: 'veel', municipalityName: 'Gemeente Fictiefdorp' })).toEqual({
      ...DEFAULT_SETTINGS,
      municipalityName: 'Gemeente Fictiefdorp',
    });
  });
});
