import { z } from 'zod';

/** Zod's own messages in Dutch, for any rule that has no message of its own. Imported once by the contract. */
z.config(z.locales.nl());

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
