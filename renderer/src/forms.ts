import type { FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage, refusedMessage } from './api';
import { localizeErrorTree } from './i18n/message-codes';

export interface PlacedErrors {
  /** Messages for fields on the screen, keyed by the form's own field name. */
  fields: Record<string, string>;
  /** What the coordinator must read above the form, or null when every message sits on its field. */
  general: string | null;
  /** The general message, or the error's own message when every field is marked (for forms that always show one). */
  message: string;
}

/**
 * Places the main side's field messages on the form's fields. A refused field is never silent: a path the form
 * knows (also by its last parts: 'patch.geboortedatum' is the field 'geboortedatum') marks that field; any other
 * path is named in words in the general message.
 */
export function placeServerErrors(err: unknown, known: readonly string[]): PlacedErrors {
  if (!(err instanceof ApiError)) return { fields: {}, general: errorMessage(err), message: errorMessage(err) };
  const refused = Object.entries(err.fields);
  if (refused.length === 0) return { fields: {}, general: err.message, message: err.message };
  const fields: Record<string, string> = {};
  const unplaced: [string, string][] = [];
  for (const [path, message] of refused) {
    const parts = path.split('.');
    const target = parts.map((_, i) => parts.slice(i).join('.')).find((p) => known.includes(p));
    if (target !== undefined) fields[target] ??= message;
    else unplaced.push([path, message]);
  }
  if (unplaced.length === 0) return { fields, general: null, message: err.message };
  const general = refusedMessage(err, unplaced, Object.keys(fields).length > 0);
  return { fields, general, message: general };
}

/** Puts the main side's field messages on a react-hook-form's fields, and returns the general message for the rest. */
export function applyServerErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, known: readonly string[]): string | null {
  const placed = placeServerErrors(err, known);
  for (const [field, message] of Object.entries(placed.fields)) setError(field as Path<T>, { type: 'server', message });
  return placed.general;
}

/**
 * A form resolver whose messages read in the UI's language. The shared zod schemas carry Dutch messages
 * (the same schemas validate on the main side); this translates them where every form gets its errors.
 */
export function localized<T extends FieldValues, C, O>(resolver: Resolver<T, C, O>): Resolver<T, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    return { values: {}, errors: localizeErrorTree(result.errors) };
  };
}
