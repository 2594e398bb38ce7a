import { z } from 'zod';

/**
 * A filter panel's fields checked by the read method's own filter schema: an empty field is no filter, and the text
 * of a number field becomes its number (text that is no whole number stays text, which the schema refuses).
 */
export function filterFields<S extends z.ZodType>(schema: S, numberFields: readonly string[] = []) {
  return z.preprocess(
    (values) =>
      Object.fromEntries(
        Object.entries(values as Record<string, string>).flatMap(([name, value]) => {
          const text = value.trim();
          if (!text) return [];
          return [[name, numberFields.includes(name) && /^[1-9]\d*$/.test(text) ? Number(text) : text]];
        }),
      ),
    schema,
  );
}
