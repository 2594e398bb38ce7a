import type { FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from './api';
import { localizeErrorTree } from './i18n/messages';

/** Puts the main side's field messages on the form's fields, and returns the general message for the rest. */
export function applyServerErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, known: readonly string[]): string | null {
  if (err instanceof ApiError) {
    let unplaced = false;
    for (const [field, message] of Object.entries(err.fields)) {
      if (known.includes(field)) setError(field as Path<T>, { type: 'server', message });
      else unplaced = true;
    }
    if (Object.keys(err.fields).length > 0 && !unplaced) return null;
  }
  return errorMessage(err);
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
