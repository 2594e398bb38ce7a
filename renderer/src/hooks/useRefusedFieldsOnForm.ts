import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * Puts the fields the main side refused in a useApiAction run (its `fields`) on a react-hook-form's fields, so a
 * panel whose fields live in the form shows the main side's message where the form's own would stand.
 */
export function useRefusedFieldsOnForm<T extends FieldValues>(form: UseFormReturn<T, unknown, FieldValues>, fields: Record<string, string>) {
  const { setError } = form;
  useEffect(() => {
    for (const [name, message] of Object.entries(fields)) setError(name as Path<T>, { type: 'server', message });
  }, [fields, setError]);
}
