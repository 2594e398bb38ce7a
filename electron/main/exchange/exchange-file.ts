import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { promisify } from 'node:util';
import type { z } from 'zod';
import { AppError } from '../../../common/errors.js';
import { EXCHANGE_LIMITS } from '../../../common/exchange/limits.js';
import { listName } from '../../../common/people/names.js';
import { withoutControlCharacters } from '../../../common/safe-text.js';
import {
  EXCHANGE_SECTIONS,
  PAYLOAD_SCHEMA_VERSION,
  exchangePayloadSchema,
  payloadHeadSchema,
  type ExchangePayload,
  type ExchangePayloadInput,
} from '../../../common/exchange/payload.js';
import { FIELD_LABELS } from './section-preview.js';
import { openEnvelope, sealEnvelope, type ScryptParams } from './envelope.js';
import { encodeMessage, msg } from '../../../common/messages/index.js';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** payload -> JSON (UTF-8) -> gzip -> envelope. The payload is validated before sealing: we never send what we would refuse. */
export async function encodeExchangeFile(payload: ExchangePayloadInput, passphrase: string, kdf?: ScryptParams): Promise<Buffer> {
  return sealEnvelope(await exchangePlaintext(payload), passphrase, kdf);
}

/** The checked, compressed payload: what goes into the envelope. */
export async function exchangePlaintext(payload: ExchangePayloadInput): Promise<Buffer> {
  const checked = exchangePayloadSchema.safeParse(payload);
  if (!checked.success) throw new AppError('INTERNAL', undefined, { paths: issuePaths(checked.error.issues) });
  const json = Buffer.from(JSON.stringify(checked.data), 'utf8');
  if (json.length > EXCHANGE_LIMITS.maxPayloadBytes) throw new AppError('EXCHANGE_TOO_LARGE');
  return gzip(json, { level: 6 });
}

export async function decodeExchangeFile(file: Buffer, passphrase: string): Promise<ExchangePayload> {
  if (file.length > EXCHANGE_LIMITS.maxFileBytes) throw new AppError('EXCHANGE_TOO_LARGE');
  const compressed = await openEnvelope(file, passphrase);
  let json: Buffer;
  try {
    json = await gunzip(compressed, { maxOutputLength: EXCHANGE_LIMITS.maxPayloadBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new AppError('EXCHANGE_TOO_LARGE');
    throw new AppError('EXCHANGE_INVALID_CONTENT');
  }
  return parsePayloadJson(json);
}

/** Separate from decryption so the schema rules can be tested on crafted JSON without a KDF per case. */
export function parsePayloadJson(json: Buffer): ExchangePayload {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new AppError('EXCHANGE_INVALID_CONTENT');
  }
  const head = payloadHeadSchema.safeParse(raw);
  if (!head.success) throw new AppError('EXCHANGE_INVALID_CONTENT', undefined, { paths: issuePaths(head.error.issues) });
  if (head.data.schemaVersion > PAYLOAD_SCHEMA_VERSION) throw new AppError('EXCHANGE_PAYLOAD_TOO_NEW', undefined, { schemaVersion: head.data.schemaVersion });
  // A version this app knows cannot hold a section it does not know: the file is broken, not "too big".
  const sections: unknown = head.data['sections'];
  if (Array.isArray(sections)) {
    const i = sections.findIndex((s) => !(EXCHANGE_SECTIONS as readonly unknown[]).includes(s));
    if (i >= 0) {
      const name = shownText(typeof sections[i] === 'string' ? sections[i] : (JSON.stringify(sections[i]) ?? ''), 60);
      throw new AppError('EXCHANGE_INVALID_CONTENT', msg('exchangeUnknownSection', { name }), {
        paths: [`sections.${i}`],
      });
    }
  }
  const full = exchangePayloadSchema.safeParse(raw);
  if (!full.success) {
    // Only the lists with a count limit make a file "too many"; the section list is content like any other.
    const tooMany = full.error.issues.some((i) => i.code === 'too_big' && i.origin === 'array' && i.path[0] === 'dossiers');
    // Paths only (e.g. "dossiers.3.person.bsn"), never the offending values: they may be personal data.
    const details = { paths: issuePaths(full.error.issues) };
    if (tooMany) throw new AppError('EXCHANGE_TOO_MANY', undefined, details);
    throw new AppError('EXCHANGE_INVALID_CONTENT', namedProblem(full.error.issues, raw), details);
  }
  return full.data;
}

/** Text from a file, fit to show inside a message: no control or bidi characters, bounded length. */
function shownText(s: string, max: number): string {
  const clean = withoutControlCharacters(s).trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * The refusal of one dossier field, in the form's own words: which dossier (its place in the file and its
 * name, as the preview would show it), which field, and the rule's message.
 */
export function dossierFieldRefusal(index: number, person: unknown, field: string, problem: string, paths: string[]): AppError {
  const p = (person ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
  const name = shownText(listName({ achternaam: str('achternaam'), tussenvoegsel: str('tussenvoegsel'), voornamen: str('voornamen') }), 100) || 'zonder naam';
  const label = FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field;
  return new AppError('EXCHANGE_INVALID_CONTENT', msg('exchangeDossierField', { n: index + 1, name, field: label, problem }), {
    paths,
  });
}

/** A Dutch message naming the first refused dossier field or the file's date; undefined gives the general message. */
function namedProblem(issues: z.core.$ZodIssue[], raw: unknown): string | undefined {
  const first = issues[0];
  if (!first) return undefined;
  const [top, index, section, field] = first.path;
  if (top === 'createdAt') return msg('creationDateExchangeFileMissing');
  if (top === 'dossiers' && typeof index === 'number' && (section === 'person' || section === 'detention') && typeof field === 'string') {
    const person = (raw as { dossiers?: { person?: unknown }[] }).dossiers?.[index]?.person;
    return encodeMessage(dossierFieldRefusal(index, person, field, first.message, []).text);
  }
  return undefined;
}

function issuePaths(issues: z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 10).map((i) => i.path.map(String).join('.') || '(hoofdniveau)');
}
