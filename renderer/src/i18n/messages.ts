import { ERROR_MESSAGES, type ErrorCode } from '../../../common/errors';
import { currentLanguage, type Lang } from './index';
import { ERROR_MESSAGES_EN, MESSAGES_EN, MESSAGE_PATTERNS_EN, ZOD_MESSAGES_EN, type MessagePattern } from './messages-en';

/**
 * Messages from the main side and the shared rules arrive in Dutch (the Dutch text is the message id);
 * this shows them in the coordinator's language. Unknown text is shown as it came, never hidden.
 */

const EXACT = new Map<string, string>([
  ...(Object.keys(ERROR_MESSAGES) as ErrorCode[]).map((c) => [ERROR_MESSAGES[c], ERROR_MESSAGES_EN[c]] as const),
  ...Object.entries(MESSAGES_EN),
]);

interface CompiledPattern {
  pattern: MessagePattern;
  regex: RegExp;
  names: string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Maximaal {n} tekens.` -> /^Maximaal ([\s\S]*?) tekens\.$/ with names ['n']. */
export function compilePattern(pattern: MessagePattern): CompiledPattern {
  const names: string[] = [];
  const parts = pattern.nl.split(/\{(\w+)\}/);
  let source = '';
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      names.push(part);
      source += '([\\s\\S]*?)';
    } else source += escapeRegExp(part);
  });
  return { pattern, regex: new RegExp(`^${source}$`), names };
}

const PATTERNS = MESSAGE_PATTERNS_EN.map(compilePattern);

/**
 * The English of a message with varying parts. When several patterns match (one message can hold another:
 * "{problems} Gebruik alleen: …" holds "Onbekende plaatshouder: {list}."), the reading that leaves the least
 * text in parts kept as they are wins: it explains most of the message.
 */
function fromPattern(msg: string): string | null {
  let best: { english: string; unexplained: number } | null = null;
  for (const { pattern, regex, names } of PATTERNS) {
    const m = regex.exec(msg);
    if (!m) continue;
    let unexplained = 0;
    const values = new Map<string, string>();
    names.forEach((name, i) => {
      const raw = m[i + 1]!;
      const asMessage = pattern.messages?.includes(name) ? toEnglishSentences(raw) : null;
      if (asMessage === null) unexplained += raw.length;
      values.set(name, asMessage ?? raw);
    });
    if (best && best.unexplained <= unexplained) continue;
    best = { english: pattern.en.replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole), unexplained };
  }
  return best?.english ?? null;
}

function fromZod(msg: string): string | null {
  for (const { nl, en } of ZOD_MESSAGES_EN) {
    const m = nl.exec(msg);
    if (m) return en(...m.slice(1));
  }
  return null;
}

/** The English of one whole message, or null when the catalogue does not know it. */
function toEnglish(msg: string): string | null {
  return EXACT.get(msg) ?? fromPattern(msg) ?? fromZod(msg);
}

/**
 * A part that holds several messages joined with spaces (a template's problems, say): the whole when it is
 * one known message, else split after a sentence so that both sides are known; null when it is unknown.
 */
function toEnglishSentences(text: string): string | null {
  const exact = EXACT.get(text);
  if (exact !== undefined) return exact;
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 1)) {
    const first = toEnglish(text.slice(0, i + 1));
    const rest = first === null ? null : toEnglishSentences(text.slice(i + 2));
    if (rest !== null) return `${first} ${rest}`;
  }
  return toEnglish(text);
}

/** A message in the given language; Dutch (and anything the catalogue does not know) is returned as is. */
export function translateMessage(msg: string, lang: Lang): string {
  if (lang === 'nl') return msg;
  return toEnglish(msg) ?? msg;
}

/** A Dutch message from the main side or a shared rule, in the language the UI shows now. */
export function localizeMessage(msg: string): string {
  return translateMessage(msg, currentLanguage());
}

/** Field -> message records (an ApiError's fields, a rule's result) in the language the UI shows now. */
export function localizeFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? localizeMessage(v) : v]));
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
