import { decodeMessage, messageText } from '../../common/messages/index.js';

/**
 * A rule's result with every message (a code made by `msg`) replaced by its Dutch text, so that a test can say
 * what the coordinator reads. Anything else (values, field names, numbers) stays as it is.
 */
export function inDutch<T>(value: T): T {
  if (typeof value === 'string') return (decodeMessage(value) ? messageText(value) : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => inDutch(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inDutch(v)])) as T;
  return value;
}
