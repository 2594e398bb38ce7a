import { differenceInCalendarDays, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';

/**
 * Rules about reserve copies (reservekopieën) that need no disk: their file names, which to keep,
 * and when the coordinator must be warned. The names carry a date and a sequence number only.
 */
export const BACKUP_PREFIX = 'nazorgdossier-';
export const BACKUP_EXT = '.backup';
const NAME_RE = /^nazorgdossier-(\d{4}-\d{2}-\d{2})-(\d{2,4})\.backup$/;

export interface BackupName {
  name: string;
  /** The local calendar day of the copy, yyyy-mm-dd. */
  date: string;
  /** 1 for the first copy of that day, 2 for the second, ... */
  seq: number;
}

export function backupFileName(date: string, seq: number): string {
  return `${BACKUP_PREFIX}${date}-${String(seq).padStart(2, '0')}${BACKUP_EXT}`;
}

export function parseBackupFileName(name: string): BackupName | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  return { name, date: m[1]!, seq: Number(m[2]) };
}

/** The next free sequence number for a day, given the names already in the folder. */
export function nextBackupSeq(existing: readonly string[], date: string): number {
  let max = 0;
  for (const n of existing) {
    const p = parseBackupFileName(n);
    if (p && p.date === date) max = Math.max(max, p.seq);
  }
  return max + 1;
}

export function newestFirst<T extends Pick<BackupName, 'date' | 'seq'>>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => (a.date === b.date ? b.seq - a.seq : a.date < b.date ? 1 : -1));
}

export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

/**
 * Grandfather-father-son rotation as restic's `forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12`:
 * walking from newest to oldest, the newest copy of each of the last 7 days, 4 ISO weeks and 12 months
 * that have a copy is kept, and all copies of today. Returns the names to keep; everything else may be deleted.
 */
export function backupsToKeep(
  backups: readonly BackupName[],
  today: string,
  policy: { daily: number; weekly: number; monthly: number } = RETENTION,
): Set<string> {
  const sorted = newestFirst(backups);
  // Every copy of today stays: the copy made just before a restore must not push out the one being restored.
  const keep = new Set<string>(sorted.filter((b) => b.date === today).map((b) => b.name));
  const buckets: { limit: number; key: (d: string) => string }[] = [
    { limit: policy.daily, key: (d) => d },
    {
      limit: policy.weekly,
      key: (d) => {
        const date = parseISO(d);
        return `${getISOWeekYear(date)}-W${getISOWeek(date)}`;
      },
    },
    { limit: policy.monthly, key: (d) => d.slice(0, 7) },
  ];
  for (const { limit, key } of buckets) {
    let last: string | null = null;
    let taken = 0;
    for (const b of sorted) {
      if (taken >= limit) break;
      const k = key(b.date);
      if (k === last) continue;
      last = k;
      taken++;
      keep.add(b.name);
    }
  }
  return keep;
}

export const BACKUP_STALE_DAYS = 7;

export type BackupWarning = 'never' | 'stale' | 'unreachable' | 'failed' | null;

/**
 * What the app bar warns about: the folder cannot be reached, the last attempt failed, there is no good
 * copy yet, or the newest good copy is older than 7 days.
 */
export function backupWarning(state: { reachable: boolean; lastGoodAt: string | null; lastFailedAt: string | null }, today: Date): BackupWarning {
  if (!state.reachable) return 'unreachable';
  if (state.lastFailedAt && (!state.lastGoodAt || state.lastFailedAt > state.lastGoodAt)) return 'failed';
  if (!state.lastGoodAt) return 'never';
  if (differenceInCalendarDays(today, parseISO(state.lastGoodAt)) > BACKUP_STALE_DAYS) return 'stale';
  return null;
}
