import { z } from 'zod';
import { msg } from './messages/index.js';

/**
 * Text fields of forms and the API contract. A limit is refused with a message that names it; the same builders
 * serve every form, so a field means the same wherever it is filled in. Dates are in ./date-schema.ts.
 */

function tooLong(max: number): string {
  return msg('maxChars', { count: max });
}

/** Text of at most `max` characters, kept as typed. */
export function maxText(max: number) {
  return z.string().max(max, tooLong(max));
}

/** Text of at most `max` characters, without the spaces around it. */
export function trimmedText(max: number) {
  return z.string().trim().max(max, tooLong(max));
}

/** Text that may stay empty: trimmed, at most `max` characters, '' when left out. */
export function optionalText(max: number) {
  return trimmedText(max).default('');
}

/**
 * Text that must be filled in: trimmed, at least one character (else `emptyMessage`), at most `max`.
 * `alsoWhenMissing` gives the same message when the value is not there at all (not a string).
 */
export function requiredText(max: number, emptyMessage: string, opts: { alsoWhenMissing?: boolean } = {}) {
  return z
    .string(opts.alsoWhenMissing ? { error: emptyMessage } : undefined)
    .trim()
    .min(1, emptyMessage)
    .max(max, tooLong(max));
}
