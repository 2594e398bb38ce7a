import { renderMessage, type MessageRef } from '../../../common/messages';
import { i18next } from './index';

/**
 * Messages from the main side and the shared rules arrive as a code with parameters (common/messages); this shows
 * them in the coordinator's language with i18next, from the catalogues common/messages/nl.ts and en.ts. An unknown
 * code shows a general message, never nothing. How to add a message: docs/messages.md.
 */
export function localizeMessage(message: string | MessageRef): string {
  return renderMessage(message, (code, options) => i18next.t(code, options));
}

/** Field -> message records (an ApiError's fields, a rule's result) in the language the UI shows now. */
export function localizeFields(fields: Readonly<Record<string, string | MessageRef>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeMessage(v)]));
}

/**
 * react-hook-form's error tree with every message localized. A FieldError has a `type`; other nodes are
 * objects or arrays of nested fields. `ref` (the DOM element) is kept as it is.
 */
export function localizeErrorTree<T>(errors: T): T {
  if (Array.isArray(errors)) return errors.map((e: unknown) => localizeErrorTree(e)) as T;
  if (!errors || typeof errors !== 'object') return errors;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(errors as Record<string, unknown>)) {
    if (k === 'ref') out[k] = v;
    else if (k === 'message' && typeof v === 'string') out[k] = localizeMessage(v);
    else if (k === 'types' && v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.entries(v).map(([t, m]) => [t, typeof m === 'string' ? localizeMessage(m) : m]));
    else out[k] = localizeErrorTree(v);
  }
  return out as T;
}
