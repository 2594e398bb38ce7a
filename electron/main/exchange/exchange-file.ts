import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { promisify } from 'node:util';
import type { z } from 'zod';
import { AppError } from '../../../common/errors.js';
import { EXCHANGE_LIMITS } from '../../../common/exchange/limits.js';
import { PAYLOAD_SCHEMA_VERSION, exchangePayloadSchema, payloadHeadSchema, type ExchangePayload } from '../../../common/exchange/payload.js';
import { openEnvelope, sealEnvelope, type ScryptParams } from './envelope.js';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** payload -> JSON (UTF-8) -> gzip -> envelope. The payload is validated before sealing: we never send what we would refuse. */
export async function encodeExchangeFile(payload: ExchangePayload, passphrase: string, kdf?: ScryptParams): Promise<Buffer> {
  const checked = exchangePayloadSchema.safeParse(payload);
  if (!checked.success) throw new AppError('INTERNAL', undefined, { paths: issuePaths(checked.error.issues) });
  const json = Buffer.from(JSON.stringify(checked.data), 'utf8');
  if (json.length > EXCHANGE_LIMITS.maxPayloadBytes) throw new AppError('EXCHANGE_TOO_LARGE');
  return sealEnvelope(await gzip(json, { level: 6 }), passphrase, kdf);
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
  const full = exchangePayloadSchema.safeParse(raw);
  if (!full.success) {
    const tooMany = full.error.issues.some((i) => i.code === 'too_big' && i.origin === 'array');
    // Paths only (e.g. "dossiers.3.person.bsn"), never the offending values: they may be personal data.
    throw new AppError(tooMany ? 'EXCHANGE_TOO_MANY' : 'EXCHANGE_INVALID_CONTENT', undefined, { paths: issuePaths(full.error.issues) });
  }
  return full.data;
}

function issuePaths(issues: z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 10).map((i) => i.path.map(String).join('.') || '(hoofdniveau)');
}
