import { z } from 'zod';
import { isValidBsn, normaliseBsn } from '../bsn.js';
import { DATE_MESSAGE, isoDate, optionalIsoDate } from '../date-schema.js';
import { msg } from '../messages/index.js';
import { maxText } from '../text-schema.js';

/**
 * Field schemas shared by forms and the API: the same schema validates the form in the renderer and the input on
 * the main side. Dates are ISO yyyy-mm-dd on both sides; only the UI's date field shows and reads dd-mm-jjjj.
 *
 * Dates in these schemas are ISO only (see ../date-schema.ts): the date field of the UI converts what is typed. */
export const optionalDate = optionalIsoDate;

export function requiredDate(emptyMessage: string) {
  return z.union([z.literal(''), isoDate, z.undefined(), z.null()], { error: DATE_MESSAGE }).transform((v, ctx) => {
    if (!v) {
      ctx.addIssue({ code: 'custom', message: emptyMessage });
      return z.NEVER;
    }
    return v;
  });
}

export function text(max: number) {
  return maxText(max)
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
      ctx.addIssue({ code: 'custom', message: msg('bsn9Digits') });
      return z.NEVER;
    }
    if (!isValidBsn(bsn)) {
      ctx.addIssue({ code: 'custom', message: msg('notValidBsnFailsEleven') });
      return z.NEVER;
    }
    return bsn;
  });

export const phoneField = maxText(40)
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || (/^[+\d\s()-]+$/.test(v) && v.replace(/\D/g, '').length >= 6), msg('notValidPhoneNumberDigits'));

export const emailField = maxText(200)
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || z.email().safeParse(v).success, msg('notValidEMailAddress'));
