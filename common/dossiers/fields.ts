import { z } from 'zod';
import { isValidBsn, normaliseBsn } from '../bsn.js';
import { isRealIsoDate, parseDateNl } from '../dates.js';

/**
 * Field schemas shared by forms (which show dd-mm-jjjj) and the API (which stores ISO yyyy-mm-dd).
 * A date field accepts either form and always yields ISO or null, so the same schema validates the
 * form in the renderer and the input on the main side.
 */
export function localTodayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function toIsoDate(raw: string): string | null | 'invalid' {
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isRealIsoDate(s) ? s : 'invalid';
  // People type 1-2-1990 as often as 01-02-1990.
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return 'invalid';
  return parseDateNl(`${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}-${m[3]}`) ?? 'invalid';
}

const DATE_MESSAGE = 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.';

export const optionalDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    const iso = toIsoDate(v);
    if (iso === 'invalid') {
      ctx.addIssue({ code: 'custom', message: DATE_MESSAGE });
      return z.NEVER;
    }
    return iso;
  });

export function requiredDate(emptyMessage: string) {
  return z.string({ error: emptyMessage }).transform((v, ctx) => {
    const iso = toIsoDate(v);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: emptyMessage });
      return z.NEVER;
    }
    if (iso === 'invalid') {
      ctx.addIssue({ code: 'custom', message: DATE_MESSAGE });
      return z.NEVER;
    }
    return iso;
  });
}

export function text(max: number) {
  return z
    .string()
    .max(max, `Maximaal ${max} tekens.`)
    .optional()
    .transform((v) => (v ?? '').trim());
}

export const bsnField = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const s = (v ?? '').trim();
    if (s === '') return null;
    const bsn = normaliseBsn(s);
    if (!/^\d{9}$/.test(bsn)) {
      ctx.addIssue({ code: 'custom', message: 'Een BSN bestaat uit 9 cijfers.' });
      return z.NEVER;
    }
    if (!isValidBsn(bsn)) {
      ctx.addIssue({ code: 'custom', message: 'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.' });
      return z.NEVER;
    }
    return bsn;
  });

export const phoneField = z
  .string()
  .max(40, 'Maximaal 40 tekens.')
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || (/^[+\d\s()-]+$/.test(v) && v.replace(/\D/g, '').length >= 6), 'Geen geldig telefoonnummer. Gebruik cijfers, spaties, + of -.');

export const emailField = z
  .string()
  .max(200, 'Maximaal 200 tekens.')
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Geen geldig e-mailadres.');
