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

/** True when an ISO date string names a real calendar day. */
export function isRealIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = parseISO(iso);
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso;
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
