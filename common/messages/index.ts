import i18next from 'i18next';
import { en } from './en';
import { nl } from './nl';

/**
 * Messages travel as a code with parameters, never as finished text: the renderer shows them in the coordinator's
 * language with i18next, the main side writes the Dutch for its own output (logs without personal data, CLI).
 *
 * Inside the app a message is a string so that it can stand wherever zod, react-hook-form or a rule expects a
 * message: `msg('maxChars', { count: 200 })` is `maxChars{"count":200}`. On the wire an error carries the same as
 * `{ code, params }` (MessageRef). How to add a message: docs/messages.md.
 */
export const MESSAGE_CATALOGUES = { nl, en } as const;
export type MessageLang = keyof typeof MESSAGE_CATALOGUES;
/** The i18next namespace of the catalogues (the renderer adds them beside its own texts). */
export const MESSAGES_NS = 'messages';

type BaseKey<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
/** A message code: a key of the catalogue, without i18next's plural suffix. */
export type MessageCode = BaseKey<keyof typeof nl>;
/** A parameter: a number or word to fill in, or a message (or messages) that is itself shown in the language. */
export type MessageParam = string | number | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParam>>;
export interface MessageRef {
  code: MessageCode;
  params?: MessageParams;
}

/** Literal braces in a message: `{{open}}` and `{{close}}` (i18next would read `{{` as a parameter). */
export const DEFAULT_VARIABLES = { open: '{{', close: '}}' } as const;

const CODES = new Set<string>(Object.keys(nl).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

export function isMessageCode(code: string): code is MessageCode {
  return CODES.has(code);
}

/** A message as it travels inside the app: its code, followed by its parameters as JSON when it has any. */
export function msg(code: MessageCode, params?: MessageParams): string {
  return params && Object.keys(params).length > 0 ? `${code}${JSON.stringify(params)}` : code;
}

/** The string form of a message that travelled as code and parameters. */
export function encodeMessage(ref: MessageRef): string {
  return msg(ref.code, ref.params);
}

const ENCODED = /^([A-Za-z][A-Za-z0-9_]*)(\{[\s\S]*\})?$/;

/** The code and parameters of a message made by `msg`; null for anything else (a raw text, an unknown code). */
export function decodeMessage(message: string): MessageRef | null {
  const m = ENCODED.exec(message);
  if (!m || !isMessageCode(m[1]!)) return null;
  if (!m[2]) return { code: m[1] };
  try {
    const params: unknown = JSON.parse(m[2]);
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    return { code: m[1], params: params as MessageParams };
  } catch {
    return null;
  }
}

/** What a message becomes on the wire: its code and parameters, or the "unknown message" code for anything else. */
export function messageRef(message: string): MessageRef {
  return decodeMessage(message) ?? { code: 'unknownMessage' };
}

/** A translate function of i18next (the renderer's, or the one below). */
export type Translate = (code: string, options: Record<string, unknown>) => string;

/**
 * The text of a message in a language. A parameter that is itself a message (or a list of messages) is shown in
 * the same language first; an unknown code becomes the general "unknown message" text, never an empty string.
 */
export function renderMessage(message: string | MessageRef, translate: Translate): string {
  const ref: MessageRef = typeof message === 'string' ? messageRef(message) : isMessageCode(message.code) ? message : { code: 'unknownMessage' };
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ref.params ?? {})) {
    if (Array.isArray(value)) params[name] = value.map((v: string) => (decodeMessage(v) ? renderMessage(v, translate) : v)).join(' ');
    else if (typeof value === 'string' && decodeMessage(value)) params[name] = renderMessage(value, translate);
    else params[name] = value;
  }
  return translate(ref.code, { ...DEFAULT_VARIABLES, ...params, ns: MESSAGES_NS });
}

const own = i18next.createInstance();
void own.init({
  lng: 'nl',
  fallbackLng: 'nl',
  ns: [MESSAGES_NS],
  defaultNS: MESSAGES_NS,
  resources: { nl: { [MESSAGES_NS]: nl }, en: { [MESSAGES_NS]: en } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The text of a message in the given language (Dutch by default), for the main side's own output and for tests. */
export function messageText(message: string | MessageRef, lang: MessageLang = 'nl'): string {
  return renderMessage(message, (code, options) => own.t(code, { ...options, lng: lang }));
}
