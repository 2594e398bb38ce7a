import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from './api';

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
