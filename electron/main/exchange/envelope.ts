import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../common/errors.js';
import { EXCHANGE_LIMITS, KDF_READ_LIMITS } from '../../../common/exchange/limits.js';
import { normalisePassphrase } from '../../../common/exchange/passphrase.js';

/**
 * The `.nazorg` envelope, format version 1 (specified in docs/exchange-format.md): a fixed 96-byte header,
 * AES-256-GCM ciphertext, 16-byte tag. The key comes from the passphrase via scrypt (node:crypto). The whole
 * header is the GCM additional data, so no header byte can be changed without the tag failing.
 */
export const MAGIC = Buffer.from([0x89, 0x4e, 0x5a, 0x44, 0x0d, 0x0a, 0x1a, 0x0a]); // \x89 N Z D \r \n ^Z \n
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 96;
export const TAG_BYTES = 16;
const KDF_SCRYPT = 1;
const KEY_CHECK_LABEL = Buffer.from('nazorgdossier/sleutelcontrole/v1', 'utf8');

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}
/** 128 * 2^17 * 8 = 128 MiB of memory, as the vault's own key file. */
export const DEFAULT_KDF: ScryptParams = { log2N: 17, r: 8, p: 1 };

const kdfMemory = (k: ScryptParams) => 128 * 2 ** k.log2N * k.r;

function deriveKeys(passphrase: string, salt: Buffer, k: ScryptParams): Promise<{ encKey: Buffer; checkKey: Buffer }> {
  const opts = { N: 2 ** k.log2N, r: k.r, p: k.p, maxmem: 2 * kdfMemory(k) + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(normalisePassphrase(passphrase), salt, 64, opts, (err, out) =>
      err ? reject(err) : resolve({ encKey: out.subarray(0, 32), checkKey: out.subarray(32, 64) }),
    ),
  );
}

/** Lets a wrong passphrase be told apart from a changed file (both would otherwise only fail the GCM tag). */
const keyCheck = (checkKey: Buffer) => createHmac('sha256', checkKey).update(KEY_CHECK_LABEL).digest().subarray(0, 16);

export async function sealEnvelope(plaintext: Buffer, passphrase: string, kdf: ScryptParams = DEFAULT_KDF): Promise<Buffer> {
  refuseTooLarge(plaintext);
  return startSealing(passphrase, kdf).seal(plaintext);
}

/** The key of one file, being derived; the plaintext follows later. */
export interface Sealing {
  /** Encrypts with the key once it is there, then wipes the key: one plaintext per derivation (and per nonce). */
  seal(plaintext: Buffer): Promise<Buffer>;
  /** Wipes the key when no file is made after all (the export failed); waits for the derivation to end. */
  discard(): Promise<void>;
}

/**
 * Starts the key derivation now. scrypt runs on libuv's thread pool, so the caller can gather and compress the
 * plaintext on the main thread meanwhile: the file costs the longer of the two, not their sum.
 */
export function startSealing(passphrase: string, kdf: ScryptParams = DEFAULT_KDF): Sealing {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const keys = deriveKeys(passphrase, salt, kdf);
  // A derivation that fails while nobody awaits it yet must not become an unhandled rejection; seal() still sees it.
  keys.catch(() => undefined);
  let used = false;
  const wipe = async () => {
    const k = await keys.catch(() => null);
    k?.encKey.fill(0);
    k?.checkKey.fill(0);
  };
  return {
    async seal(plaintext) {
      if (used) throw new AppError('INTERNAL');
      used = true;
      try {
        refuseTooLarge(plaintext);
        const { encKey, checkKey } = await keys;
        return encrypt(plaintext, encKey, checkKey, salt, nonce, kdf);
      } finally {
        await wipe();
      }
    },
    async discard() {
      used = true;
      await wipe();
    },
  };
}

function refuseTooLarge(plaintext: Buffer): void {
  if (plaintext.length > EXCHANGE_LIMITS.maxFileBytes - HEADER_BYTES - TAG_BYTES) throw new AppError('EXCHANGE_TOO_LARGE');
}

function encrypt(plaintext: Buffer, encKey: Buffer, checkKey: Buffer, salt: Buffer, nonce: Buffer, kdf: ScryptParams): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(FORMAT_VERSION, 8);
  header.writeUInt8(KDF_SCRYPT, 10);
  header.writeUInt8(kdf.log2N, 11);
  header.writeUInt8(kdf.r, 12);
  header.writeUInt8(kdf.p, 13);
  // bytes 14-15 reserved, zero
  salt.copy(header, 16);
  nonce.copy(header, 32);
  header.writeUInt32BE(plaintext.length, 44);
  keyCheck(checkKey).copy(header, 48);
  createHash('sha256').update(header.subarray(0, 64)).digest().copy(header, 64);
  const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
}

/** Checks the header without the passphrase: tells a foreign, newer, cut-off or damaged file apart before any KDF work. */
export function inspectEnvelope(file: Buffer): { kdf: ScryptParams; salt: Buffer; nonce: Buffer; length: number; keyCheck: Buffer; header: Buffer } {
  const prefix = Math.min(file.length, MAGIC.length);
  if (prefix === 0 || !file.subarray(0, prefix).equals(MAGIC.subarray(0, prefix))) throw new AppError('EXCHANGE_NOT_NAZORG');
  if (file.length < 10) throw new AppError('EXCHANGE_TRUNCATED');
  const version = file.readUInt16BE(8);
  // A newer version may lay out its header differently, so nothing beyond the version is read for it.
  if (version > FORMAT_VERSION) throw new AppError('EXCHANGE_TOO_NEW', undefined, { formatVersion: version });
  if (file.length < HEADER_BYTES) throw new AppError('EXCHANGE_TRUNCATED');
  const header = file.subarray(0, HEADER_BYTES);
  const digest = createHash('sha256').update(header.subarray(0, 64)).digest();
  if (version === 0 || !timingSafeEqual(digest, header.subarray(64, 96)) || header.readUInt16BE(14) !== 0) throw new AppError('EXCHANGE_DAMAGED');
  const kdf: ScryptParams = { log2N: header.readUInt8(11), r: header.readUInt8(12), p: header.readUInt8(13) };
  const lim = KDF_READ_LIMITS;
  if (
    header.readUInt8(10) !== KDF_SCRYPT ||
    kdf.log2N < lim.minLog2N ||
    kdf.log2N > lim.maxLog2N ||
    kdf.r < 1 ||
    kdf.r > lim.maxR ||
    kdf.p < 1 ||
    kdf.p > lim.maxP ||
    kdfMemory(kdf) > lim.maxMemoryBytes
  ) {
    throw new AppError('EXCHANGE_KDF_UNSUPPORTED');
  }
  const length = header.readUInt32BE(44);
  if (length > EXCHANGE_LIMITS.maxFileBytes) throw new AppError('EXCHANGE_TOO_LARGE');
  const expected = HEADER_BYTES + length + TAG_BYTES;
  if (file.length < expected) throw new AppError('EXCHANGE_TRUNCATED');
  if (file.length > expected) throw new AppError('EXCHANGE_DAMAGED');
  return { kdf, salt: header.subarray(16, 32), nonce: header.subarray(32, 44), length, keyCheck: header.subarray(48, 64), header };
}

/** Returns the plaintext, or throws an AppError naming exactly what is wrong with the file or passphrase. */
export async function openEnvelope(file: Buffer, passphrase: string): Promise<Buffer> {
  const h = inspectEnvelope(file);
  const { encKey, checkKey } = await deriveKeys(passphrase, h.salt, h.kdf);
  try {
    if (!timingSafeEqual(keyCheck(checkKey), h.keyCheck)) throw new AppError('EXCHANGE_WRONG_PASSPHRASE');
    const decipher = createDecipheriv('aes-256-gcm', encKey, h.nonce);
    decipher.setAAD(h.header);
    decipher.setAuthTag(file.subarray(HEADER_BYTES + h.length));
    try {
      return Buffer.concat([decipher.update(file.subarray(HEADER_BYTES, HEADER_BYTES + h.length)), decipher.final()]);
    } catch {
      throw new AppError('EXCHANGE_TAMPERED');
    }
  } finally {
    encKey.fill(0);
    checkKey.fill(0);
  }
}
