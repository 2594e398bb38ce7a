import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { localized } from '../forms';

/**
 * The shared zod schemas accept the form's strings (dates ISO from the date field, '' for empty) and yield
 * what the API stores (ISO, null): the submit handler receives the parsed output. Messages read in the UI's language.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>(schema: S): Resolver<V, unknown, z.output<S>> {
  return localized(zodResolver(schema as never) as unknown as Resolver<V, unknown, z.output<S>>);
}
