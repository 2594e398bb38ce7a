import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver } from '../dossiers/resolver';
import { useApiAction } from './useApiAction';

/**
 * A panel's fields checked by the contract's own zod schema before the call, and its call through useApiAction:
 * the main side's refusal of a field the form shows lands on that field like a refusal of the schema; the rest
 * is the notice (none when every message sits on its field, unless `quietWhenPlaced` is false). `bind` is the form
 * as the field components (FormText, FormDate, FormChoice) take it.
 */
export function useApiForm<V extends FieldValues, S extends z.ZodType>(schema: S, defaultValues: V, { quietWhenPlaced = true } = {}) {
  const form = useForm<V, unknown, z.output<S>>({ resolver: schemaResolver<V, S>(schema), defaultValues: defaultValues as DefaultValues<V> });
  const action = useApiAction(Object.keys(defaultValues), { quietWhenPlaced });
  const { fields } = action;
  const { setError } = form;
  useEffect(() => {
    for (const [name, message] of Object.entries(fields)) setError(name as Path<V>, { type: 'server', message });
  }, [fields, setError]);
  return { form, bind: form as unknown as UseFormReturn<V, unknown, FieldValues>, ...action };
}
