import { z } from 'zod';
import { msg } from './messages';

/**
 * Zod's own messages, for any rule that has no message of its own, as message codes like every other message: the
 * renderer shows them in the UI's language, the main side in Dutch. Configured once, when the contract is first
 * evaluated, on both sides.
 */
const localeError: z.core.$ZodErrorMap = (issue) => {
  const count = (v: unknown) => Number(v);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return msg('maxChars', { count: count(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('maxItems', { count: count(issue.maximum) });
      if (issue.origin === 'number' || issue.origin === 'int') return msg('atMostNumber', { max: count(issue.maximum) });
      return msg('invalidInput');
    case 'too_small':
      if (issue.origin === 'string') return msg('minChars', { count: count(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return msg('minItems', { count: count(issue.minimum) });
      if (issue.origin === 'number' || issue.origin === 'int') return msg('atLeastNumber', { min: count(issue.minimum) });
      return msg('invalidInput');
    case 'invalid_format':
      return issue.format === 'email' ? msg('notValidEMailAddress') : msg('invalidFormat');
    default:
      return msg('invalidInput');
  }
};
z.config({ localeError });

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
