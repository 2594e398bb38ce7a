import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { backupFileName, backupsToKeep, backupWarning, nextBackupSeq, parseBackupFileName, type BackupName } from '../../common/backup-rules.js';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

function daily(from: string, days: number, perDay = 1): BackupName[] {
  const out: BackupName[] = [];
  for (let i = 0; i < days; i++) {
    const date = day(addDays(new Date(`${from}T12:00:00`), i));
    for (let s = 1; s <= perDay; s++) out.push({ name: backupFileName(date, s), date, seq: s });
  }
  return out;
}

describe('backup file names', () => {
  it('carry a date and sequence only, and parse back', () => {
    const n = backupFileName('2026-11-23', 3);
    expect(n).toBe('nazorgdossier-2026-11-23-03.backup');
    expect(parseBackupFileName(n)).toEqual({ name: n, date: '2026-11-23', seq: 3 });
    expect(parseBackupFileName('nazorgdossier-2026-11-23-03.backup.tmp')).toBeNull();
    expect(parseBackupFileName('Jansen-2026-11-23.backup')).toBeNull();
    expect(nextBackupSeq([n, backupFileName('2026-11-23', 1), backupFileName('2026-11-22', 9), 'other.txt'], '2026-11-23')).toBe(4);
    expect(nextBackupSeq([], '2026-11-23')).toBe(1);
  });
});

describe('rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps everything while there are few copies', () => {
    const xs = daily('2026-11-20', 4);
    expect(backupsToKeep(xs, '2026-11-23').size).toBe(4);
  });

  it('after two years of daily copies keeps the newest of the last 7 days, 4 weeks and 12 months', () => {
    const xs = daily('2024-11-01', 753, 2); // up to 2026-11-23, two copies a day
    const keep = backupsToKeep(xs, '2026-11-24');
    const kept = xs.filter((x) => keep.has(x.name));
    // Only the newest copy of a past day is kept ...
    expect(kept.every((k) => k.seq === 2)).toBe(true);
    // ... but today's copies all stay.
    expect(backupsToKeep(xs, '2026-11-23').has(backupFileName('2026-11-23', 1))).toBe(true);
    const dates = kept.map((k) => k.date).sort();
    // The last 7 days ...
    for (const d of ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']) expect(dates).toContain(d);
    // ... the last day of the 3 ISO weeks before this one (Sundays; 23-11-2026 is a Monday, so the week
    // of 22-11 is already in the daily set) ...
    for (const d of ['2026-11-22', '2026-11-15', '2026-11-08']) expect(dates).toContain(d);
    expect(dates).not.toContain('2026-11-01');
    // ... and the last day of each of the 11 months before this one.
    for (const d of ['2026-10-31', '2026-09-30', '2026-02-28', '2025-12-31']) expect(dates).toContain(d);
    expect(dates).not.toContain('2025-11-30');
    expect(dates[0]).toBe('2025-12-31');
    // 7 daily + 2 more weeks + 11 more months (the newest copy counts in all three at once).
    expect(kept.length).toBe(7 + 2 + 11);
  });

  it('with gaps counts the days that have a copy, not calendar days', () => {
    const xs = [...daily('2026-01-01', 1), ...daily('2026-03-10', 1), ...daily('2026-06-01', 1), ...daily('2026-11-01', 1), ...daily('2026-11-20', 2)];
    expect(backupsToKeep(xs, '2026-11-23')).toEqual(new Set(xs.map((x) => x.name)));
  });
});

describe('backup warning', () => {
  const today = new Date('2026-11-23T10:00:00');
  it('warns for an unreachable folder, a failed last attempt, no copy, or a copy older than 7 days', () => {
    expect(backupWarning({ reachable: false, lastGoodAt: '2026-11-23T08:00:00Z', lastFailedAt: null }, today)).toBe('unreachable');
    expect(backupWarning({ reachable: true, lastGoodAt: null, lastFailedAt: null }, today)).toBe('never');
    expect(backupWarning({ reachable: true, lastGoodAt: '2026-11-20T08:00:00Z', lastFailedAt: '2026-11-22T08:00:00Z' }, today)).toBe('failed');
    expect(backupWarning({ reachable: true, lastGoodAt: '2026-11-22T08:00:00Z', lastFailedAt: '2026-11-20T08:00:00Z' }, today)).toBeNull();
    expect(backupWarning({ reachable: true, lastGoodAt: '2026-11-16T08:00:00Z', lastFailedAt: null }, today)).toBeNull();
    expect(backupWarning({ reachable: true, lastGoodAt: '2026-11-15T08:00:00Z', lastFailedAt: null }, today)).toBe('stale');
  });
});
