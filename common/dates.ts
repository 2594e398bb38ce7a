import { format, isValid, parse, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/** Dutch date formats, used by UI, PDFs and exports alike: dd-mm-jjjj. Stored dates are ISO (yyyy-mm-dd). */
export const NL_DATE = 'dd-MM-yyyy';

export function formatDateNl(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, NL_DATE) : '';
}

export function formatDateTimeNl(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, `${NL_DATE} HH:mm`) : '';
}

export function formatLongDateNl(iso: string): string {
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'd MMMM yyyy', { locale: nl }) : '';
}

/** Parses dd-mm-jjjj to ISO yyyy-mm-dd; returns null for impossible dates such as 31-02-2026. */
export function parseDateNl(text: string): string | null {
  const d = parse(text.trim(), NL_DATE, new Date(2000, 0, 1));
  if (!isValid(d) || format(d, NL_DATE) !== text.trim()) return null;
  return format(d, 'yyyy-MM-dd');
}

/**
 * True when an ISO date string names a real calendar day. Plain arithmetic (Gregorian leap years), not a Date
 * round trip: an exchange file checks tens of thousands of dates, and this check was most of an export's time.
 */
export function isRealIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * What people type in a date field: dd-mm-jjjj, also with one-digit day or month and / or . between the parts
 * (1-2-1990, 01/02/1990), or an ISO date. Returns ISO yyyy-mm-dd, null for an empty field, 'invalid' otherwise.
 */
export function parseDateInput(raw: string): string | null | 'invalid' {
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isRealIsoDate(s) ? s : 'invalid';
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return 'invalid';
  return parseDateNl(`${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}-${m[3]}`) ?? 'invalid';
}
