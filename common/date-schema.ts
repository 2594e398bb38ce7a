import { z } from 'zod';
import { formatDateNl, isRealIsoDate, parseDateInput } from './dates.js';
import { msg } from './messages/index.js';

/**
 * Dates have two forms and one boundary between them. The API contract, the database, exchange files and every
 * form's state hold ISO yyyy-mm-dd only (`isoDate`); the coordinator reads and types dd-mm-jjjj, and the one
 * date field of the UI converts with `dateText` (the only place display text becomes a date). A form therefore
 * cannot send the display format: the contract refuses it with the message below.
 */
export const DATE_MESSAGE = msg('notExistingDateDdMm');

/** A real calendar day as ISO yyyy-mm-dd: the only date form in the API contract. */
export const isoDate = z.string({ error: DATE_MESSAGE }).refine(isRealIsoDate, DATE_MESSAGE);

/** An ISO date or nothing; an empty form field ('') counts as nothing. */
export const optionalIsoDate = z
  .union([z.literal(''), isoDate, z.null()], { error: DATE_MESSAGE })
  .optional()
  .transform((v) => (v ? v : null));

/**
 * The display text of a date field (dd-mm-jjjj as typed) <-> its value ('' when empty, else ISO). Decoding text
 * that names no real day fails with the date message; encoding shows an ISO date as dd-mm-jjjj.
 */
export const dateText = z.codec(z.string(), z.union([z.literal(''), isoDate]), {
  decode: (text, ctx) => {
    const iso = parseDateInput(text);
    if (iso === 'invalid') {
      ctx.issues.push({ code: 'custom', message: DATE_MESSAGE, input: text });
      return z.NEVER;
    }
    return iso ?? '';
  },
  encode: (iso) => formatDateNl(iso),
});
