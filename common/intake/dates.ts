import { isRealIsoDate } from '../dates.js';
import { MONTHS, WEEKDAYS } from './rules.js';

/** A date found in a text, with where it stands. `iso` is null when the text names no real day (31-02-1990). */
export interface FoundDate {
  iso: string | null;
  raw: string;
  start: number;
  end: number;
  /** Two-digit year ("3-3-90"): the century was guessed. */
  shortYear: boolean;
  /** The month name was read with one letter off (a scan's "novernber"). */
  fuzzyMonth: boolean;
}

/** Birth dates take the century that makes the person at least this old; event dates (detention, release) are this century. */
export type DateKind = 'birth' | 'event';
const MIN_AGE = 12;

function levenshtein(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** Month number (1-12) for a Dutch month word, tolerating one wrong letter in a full name of five letters or more. */
export function monthNumber(word: string): { month: number; fuzzy: boolean } | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < MONTHS.length; i++) if (MONTHS[i]!.includes(w)) return { month: i + 1, fuzzy: false };
  // OCR reads "m" as "rn" and "l" as "1" or "i"; those are undone before the one-letter tolerance.
  const ocr = w.replace(/rn/g, 'm').replace(/[1|]/g, 'l');
  if (w.length >= 5)
    for (let i = 0; i < MONTHS.length; i++) {
      const full = MONTHS[i]![0]!;
      if (full.length >= 5 && (levenshtein(w, full) <= 1 || levenshtein(ocr, full) <= 1)) return { month: i + 1, fuzzy: true };
    }
  return null;
}

export function centuryFor(twoDigits: number, kind: DateKind, todayIso: string): number {
  const thisYear = Number(todayIso.slice(0, 4));
  if (kind === 'event') return 2000 + twoDigits;
  return 2000 + twoDigits <= thisYear - MIN_AGE ? 2000 + twoDigits : 1900 + twoDigits;
}

function toIso(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : null;
}

const MONTH_WORD = '[A-Za-zÀ-ÿ1|]{3,10}\\.?';
const WEEKDAY = `(?:(?:${WEEKDAYS.join('|')})\\.?,?\\s+)?`;
const WRITTEN = new RegExp(`(?<![\\p{L}\\d])${WEEKDAY}(\\d{1,2})\\s*(?:e\\s+)?(${MONTH_WORD})\\s+('?\\d{4}|'\\d{2}|\\d{2}(?!\\d))(?![\\d])`, 'giu');
const NUMERIC = /(?<![\d\p{L}.,/-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d/-]|\.\d)/gu;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/**
 * Every date in a piece of text: "3 maart 1990", "maandag 1 november 2026", "03-03-1990", "3-3-90", "3/3/1990",
 * "03.03.1990" and ISO "1990-03-03". Offsets are relative to `text`; add the piece's own offset for the source.
 */
export function findDates(text: string, kind: DateKind, todayIso: string): FoundDate[] {
  const out: FoundDate[] = [];
  const year = (raw: string): { y: number; short: boolean } => {
    const digits = raw.replace("'", '');
    if (digits.length === 4) return { y: Number(digits), short: false };
    return { y: centuryFor(Number(digits), kind, todayIso), short: true };
  };
  for (const m of text.matchAll(WRITTEN)) {
    const month = monthNumber(m[2]!);
    if (!month) continue;
    const { y, short } = year(m[3]!);
    out.push({ iso: toIso(y, month.month, Number(m[1])), raw: m[0], start: m.index, end: m.index + m[0].length, shortYear: short, fuzzyMonth: month.fuzzy });
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (out.some((d) => m.index < d.end && m.index + m[0].length > d.start)) continue;
    const { y, short } = year(m[4]!);
    out.push({ iso: toIso(y, Number(m[3]), Number(m[1])), raw: m[0], start: m.index, end: m.index + m[0].length, shortYear: short, fuzzyMonth: false });
  }
  for (const m of text.matchAll(ISO)) {
    if (out.some((d) => m.index < d.end && m.index + m[0].length > d.start)) continue;
    out.push({
      iso: toIso(Number(m[1]), Number(m[2]), Number(m[3])),
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
      shortYear: false,
      fuzzyMonth: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
