import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { AppError } from '../../common/errors.js';
import { EXCHANGE_LIMITS } from '../../common/exchange/limits.js';
import { PAYLOAD_SCHEMA_VERSION, type ExchangePayloadInput } from '../../common/exchange/payload.js';
import { FORMAT_VERSION, HEADER_BYTES, MAGIC, openEnvelope, sealEnvelope, startSealing } from '../../electron/main/exchange/envelope.js';
import { decodeExchangeFile, encodeExchangeFile, parsePayloadJson } from '../../electron/main/exchange/exchange-file.js';
import { exchangePayload, FAST_KDF } from '../helpers/exchange-payload.js';

const PASS = 'zeilboot tulp kompas wafel regen molen';

function samplePayload(dossiers = 1): ExchangePayloadInput & { dossiers: { person: { bsn?: string | null }; notes?: unknown[] }[] } {
  return exchangePayload(
    ['person', 'notes'],
    Array.from({ length: dossiers }, (_, i) => ({
      ref: `d${i}`,
      person: { bsn: '999999990', voornamen: 'Testje', achternaam: 'Fictiefsma', geboortedatum: '1990-01-31' },
      notes: [{ date: '2026-11-20', text: 'Gesprek gehad; ‘aanhalingstekens’ en é ë ï blijven heel.' }],
    })),
    { purpose: 'Verhuizing cliënt' },
  ) as ReturnType<typeof samplePayload>;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'GEEN_FOUT';
}

describe('.nazorg envelope', () => {
  it('round-trips a payload with the default KDF and keeps Dutch characters', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS);
    expect(file.subarray(0, 8).equals(MAGIC)).toBe(true);
    expect(file.readUInt16BE(8)).toBe(FORMAT_VERSION);
    expect(file.readUInt8(11)).toBe(17);
    // Nothing readable inside: no name, no BSN in the clear.
    expect(file.includes(Buffer.from('Fictiefsma'))).toBe(false);
    expect(file.includes(Buffer.from('999999990'))).toBe(false);
    const back = await decodeExchangeFile(file, PASS);
    expect(back.dossiers[0]!.person).toMatchObject({
      bsn: '999999990',
      voornamen: 'Testje',
      achternaam: 'Fictiefsma',
      geboortedatum: '1990-01-31',
      tussenvoegsel: '',
    });
    expect(back.dossiers[0]!.notes).toEqual(samplePayload().dossiers[0]!.notes);
    expect(back.purpose).toBe('Verhuizing cliënt');
  });

  it('accepts the passphrase typed with other case, spacing and dashes', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    const back = await decodeExchangeFile(file, '  Zeilboot-TULP kompas   wafel-regen molen ');
    expect(back.dossiers[0]!.person.bsn).toBe('999999990');
  });

  it('a wrong passphrase is told apart from a changed file', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    expect(await codeOf(decodeExchangeFile(file, 'zeilboot tulp kompas wafel regen molens'))).toBe('EXCHANGE_WRONG_PASSPHRASE');
    const tampered = Buffer.from(file);
    tampered[HEADER_BYTES + 5]! ^= 0x01;
    expect(await codeOf(decodeExchangeFile(tampered, PASS))).toBe('EXCHANGE_TAMPERED');
    const tagChanged = Buffer.from(file);
    tagChanged[tagChanged.length - 1]! ^= 0x80;
    expect(await codeOf(decodeExchangeFile(tagChanged, PASS))).toBe('EXCHANGE_TAMPERED');
  });

  it('a header byte changed (even with its checksum recomputed) is refused', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    const damaged = Buffer.from(file);
    damaged[20]! ^= 0x01; // salt
    expect(await codeOf(decodeExchangeFile(damaged, PASS))).toBe('EXCHANGE_DAMAGED');
    // An attacker who recomputes the header checksum still fails: the header is the GCM additional data.
    const { createHash } = await import('node:crypto');
    const forged = Buffer.from(file);
    forged[33]! ^= 0x01; // nonce
    createHash('sha256').update(forged.subarray(0, 64)).digest().copy(forged, 64);
    expect(await codeOf(decodeExchangeFile(forged, PASS))).toBe('EXCHANGE_TAMPERED');
  });

  it('a truncated file, at any length, says so', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    for (const n of [1, 7, 9, 50, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 3, file.length - 1]) {
      expect(await codeOf(decodeExchangeFile(file.subarray(0, n), PASS)), `lengte ${n}`).toBe('EXCHANGE_TRUNCATED');
    }
    expect(await codeOf(decodeExchangeFile(Buffer.concat([file, Buffer.from([0])]), PASS))).toBe('EXCHANGE_DAMAGED');
  });

  it('files of other programs are named as such', async () => {
    const others = [
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      Buffer.from('BSN;Naam\n999999990;Test\n'),
      Buffer.from('{"schema":"nazorgdossier-uitwisseling"}'),
      Buffer.alloc(0),
    ];
    for (const f of others) expect(await codeOf(decodeExchangeFile(f, PASS))).toBe('EXCHANGE_NOT_NAZORG');
  });

  it('a newer format version is refused as newer, not as broken', async () => {
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    const newer = Buffer.from(file);
    newer.writeUInt16BE(FORMAT_VERSION + 1, 8);
    expect(await codeOf(decodeExchangeFile(newer, PASS))).toBe('EXCHANGE_TOO_NEW');
    // Even a newer file with a completely different (shorter) header.
    expect(await codeOf(decodeExchangeFile(Buffer.concat([MAGIC, Buffer.from([0, 2, 1, 2, 3])]), PASS))).toBe('EXCHANGE_TOO_NEW');
  });

  it('absurd KDF parameters and lengths are refused before any work', async () => {
    const { createHash } = await import('node:crypto');
    const file = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    const rehash = (b: Buffer) => (createHash('sha256').update(b.subarray(0, 64)).digest().copy(b, 64), b);
    const hugeN = Buffer.from(file);
    hugeN.writeUInt8(40, 11); // N = 2^40
    expect(await codeOf(decodeExchangeFile(rehash(hugeN), PASS))).toBe('EXCHANGE_KDF_UNSUPPORTED');
    const weakN = Buffer.from(file);
    weakN.writeUInt8(4, 11);
    expect(await codeOf(decodeExchangeFile(rehash(weakN), PASS))).toBe('EXCHANGE_KDF_UNSUPPORTED');
    const otherKdf = Buffer.from(file);
    otherKdf.writeUInt8(9, 10);
    expect(await codeOf(decodeExchangeFile(rehash(otherKdf), PASS))).toBe('EXCHANGE_KDF_UNSUPPORTED');
    const hugeLength = Buffer.from(file);
    hugeLength.writeUInt32BE(0xffffffff, 44);
    expect(await codeOf(decodeExchangeFile(rehash(hugeLength), PASS))).toBe('EXCHANGE_TOO_LARGE');
  });

  it('a gzip bomb inside a valid envelope stops at the payload limit', async () => {
    // 300 MiB of zeros compresses to ~300 KB; the reader must not inflate it all.
    const bomb = gzipSync(Buffer.alloc(EXCHANGE_LIMITS.maxPayloadBytes + 1024 * 1024));
    const file = await sealEnvelope(bomb, PASS, FAST_KDF);
    expect(await codeOf(decodeExchangeFile(file, PASS))).toBe('EXCHANGE_TOO_LARGE');
  });

  it('authentic but malformed contents are named: not JSON, newer schema, failing schema, too many', async () => {
    const seal = async (json: string) => sealEnvelope(gzipSync(Buffer.from(json, 'utf8')), PASS, FAST_KDF);
    expect(await codeOf(decodeExchangeFile(await seal('{niet: json'), PASS))).toBe('EXCHANGE_INVALID_CONTENT');
    const notGzip = await sealEnvelope(Buffer.from('geen gzip'), PASS, FAST_KDF);
    expect(await codeOf(decodeExchangeFile(notGzip, PASS))).toBe('EXCHANGE_INVALID_CONTENT');
    expect(await codeOf(decodeExchangeFile(await seal(JSON.stringify({ ...samplePayload(), schemaVersion: PAYLOAD_SCHEMA_VERSION + 1 })), PASS))).toBe(
      'EXCHANGE_PAYLOAD_TOO_NEW',
    );
    const badBsn = samplePayload();
    badBsn.dossiers[0]!.person.bsn = '12345';
    const err = await decodeExchangeFile(await seal(JSON.stringify(badBsn)), PASS).catch((e: AppError) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('EXCHANGE_INVALID_CONTENT');
    expect((err as AppError).details).toEqual({ paths: ['dossiers.0.person.bsn'] });
    // The details name the field, never its value.
    expect(JSON.stringify((err as AppError).details)).not.toContain('12345');
  });

  it('too many dossiers or notes is its own message', () => {
    const many = samplePayload(EXCHANGE_LIMITS.maxDossiers + 1);
    expect(() => parsePayloadJson(Buffer.from(JSON.stringify(many)))).toThrow(expect.objectContaining({ code: 'EXCHANGE_TOO_MANY' }));
    const notes = samplePayload();
    notes.dossiers[0]!.notes = Array.from({ length: EXCHANGE_LIMITS.maxNotesPerDossier + 1 }, () => ({ date: '2026-01-01', text: 'x' }));
    expect(() => parsePayloadJson(Buffer.from(JSON.stringify(notes)))).toThrow(expect.objectContaining({ code: 'EXCHANGE_TOO_MANY' }));
    expect(() => parsePayloadJson(Buffer.from([0xff, 0xfe, 0x00]))).toThrow(expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT' }));
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(() => parsePayloadJson(Buffer.from(deep))).toThrow(expect.objectContaining({ code: 'EXCHANGE_INVALID_CONTENT' }));
  });

  it('two files of the same payload and passphrase share no salt, nonce or ciphertext', async () => {
    const a = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    const b = await encodeExchangeFile(samplePayload(), PASS, FAST_KDF);
    expect(a.subarray(16, 44).equals(b.subarray(16, 44))).toBe(false);
    expect(a.subarray(HEADER_BYTES).equals(b.subarray(HEADER_BYTES))).toBe(false);
    await expect(openEnvelope(a, PASS)).resolves.toBeInstanceOf(Buffer);
  });

  it('a key started before the plaintext seals exactly one file, and a discarded or failed one seals none', async () => {
    const sealing = startSealing(PASS, FAST_KDF);
    const plaintext = Buffer.from('later gemaakt, eerder gesleuteld', 'utf8');
    const file = await sealing.seal(plaintext);
    expect((await openEnvelope(file, PASS)).equals(plaintext)).toBe(true);
    // One nonce per key: a second plaintext under the same key and nonce would break GCM.
    expect(await codeOf(sealing.seal(plaintext))).toBe('INTERNAL');

    const discarded = startSealing(PASS, FAST_KDF);
    await discarded.discard();
    expect(await codeOf(discarded.seal(plaintext))).toBe('INTERNAL');

    // A derivation that fails while the caller is still busy is reported by seal(), not as an unhandled rejection.
    const failing = startSealing(PASS, { log2N: 14, r: 0, p: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(failing.seal(plaintext)).rejects.toThrow();
    await failing.discard();
    const failingUnused = startSealing(PASS, { log2N: 14, r: 0, p: 1 });
    await failingUnused.discard();
  });
});
