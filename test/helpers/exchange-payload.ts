import { AppError } from '../../common/errors.js';
import { PAYLOAD_SCHEMA_ID, type ExchangePayloadInput } from '../../common/exchange/payload.js';
import { parsePayloadJson } from '../../electron/main/exchange/exchange-file.js';

/** The cheapest KDF the reader accepts, for files whose KDF is not what the test is about. */
export const FAST_KDF = { log2N: 14, r: 8, p: 1 };

export type PayloadDossier = ExchangePayloadInput['dossiers'][number];

/**
 * A payload as another coordinator's app writes it, around the given sections and dossiers: payload version 1
 * from "Gemeente Fictiefdorp" unless `extra` says otherwise (a version, a recipient, a purpose).
 */
export function exchangePayload(
  sections: ExchangePayloadInput['sections'],
  dossiers: PayloadDossier[],
  extra: Partial<ExchangePayloadInput> = {},
): ExchangePayloadInput {
  return {
    schema: PAYLOAD_SCHEMA_ID,
    schemaVersion: 1,
    createdAt: '2026-11-23T09:15:00.000Z',
    app: { name: 'Nazorgdossier', version: 'test' },
    sender: { organisation: 'Gemeente Fictiefdorp', coordinator: 'Test Coördinator' },
    recipient: 'Gemeente Voorbeeldstad',
    purpose: 'Overdracht',
    sections,
    dossiers,
    ...extra,
  };
}

/** One made-up person and what one more section says of them: to check what the reader accepts per payload version. */
export function onePersonPayload(section: ExchangePayloadInput['sections'][number], content: unknown): ExchangePayloadInput {
  const dossier = { ref: '1', person: { achternaam: 'Fictiefsma', voornamen: 'Test' }, [section]: content } as PayloadDossier;
  return exchangePayload(['person', section], [dossier], { recipient: 'x', purpose: 'y' });
}

/** The error code with which the payload reader refuses a crafted payload, or 'GEEN_FOUT' when it accepts it. */
export function payloadErrorCode(payload: unknown): string {
  try {
    parsePayloadJson(Buffer.from(JSON.stringify(payload)));
    return 'GEEN_FOUT';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}
