import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, randomUUID, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../common/errors.js';
import { writeFileAtomic } from './atomic-file.js';

/**
 * The key file holds the vault's random 256-bit data key only in wrapped form (AES-256-GCM),
 * once per "slot": under a key derived from the password and under one derived from the recovery code.
 * Changing the password rewrites one slot; the database is never re-encrypted.
 *
 * KDF: scrypt (memory-hard) with N = 2^17, r = 8, p = 1, i.e. 128 * N * r = 128 MiB of memory and
 * ~0.3 s on a 2-core machine; see README "Beveiliging" and `npm run bench` (vault.unlock).
 */
export const KDF_PARAMS = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;
export const KDF_MEMORY_BYTES = 128 * KDF_PARAMS.N * KDF_PARAMS.r;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const slotSchema = z.object({ salt: b64, iv: b64, tag: b64, ciphertext: b64 });
const kdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.literal(32),
});
const keyFileSchema = z.object({
  format: z.literal('nazorgdossier-keyfile'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  kdf: kdfSchema,
  slots: z.object({ password: slotSchema, recovery: slotSchema }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
export type SlotName = keyof KeyFile['slots'];
type KdfParams = z.infer<typeof kdfSchema>;

export function deriveKey(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  const opts: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCb(secret.normalize('NFC'), salt, kdf.keyLength, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

function aad(vaultId: string, slot: SlotName): Buffer {
  // Binds a wrapped key to its vault and slot: a slot copied from another key file does not verify.
  return Buffer.from(`nazorgdossier/${vaultId}/${slot}`, 'utf8');
}

async function wrap(dataKey: Buffer, secret: string, vaultId: string, slot: SlotName, kdf: KdfParams) {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, kdf);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(aad(vaultId, slot));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
  } finally {
    kek.fill(0);
  }
}

/** Returns the data key, or null when the secret does not open this slot. */
export async function unwrap(file: KeyFile, slot: SlotName, secret: string): Promise<Buffer | null> {
  const s = file.slots[slot];
  const kek = await deriveKey(secret, Buffer.from(s.salt, 'base64'), file.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(s.iv, 'base64'));
    decipher.setAAD(aad(file.vaultId, slot));
    decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(s.ciphertext, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export async function createKeyFile(dataKey: Buffer, password: string, recoveryCode: string): Promise<KeyFile> {
  const vaultId = randomUUID();
  const kdf = { ...KDF_PARAMS };
  const [passwordSlot, recoverySlot] = await Promise.all([
    wrap(dataKey, password, vaultId, 'password', kdf),
    wrap(dataKey, recoveryCode, vaultId, 'recovery', kdf),
  ]);
  return {
    format: 'nazorgdossier-keyfile',
    version: 1,
    vaultId,
    createdAt: new Date().toISOString(),
    kdf,
    slots: { password: passwordSlot, recovery: recoverySlot },
  };
}

export async function rewrapSlot(file: KeyFile, slot: SlotName, dataKey: Buffer, secret: string): Promise<KeyFile> {
  return { ...file, slots: { ...file.slots, [slot]: await wrap(dataKey, secret, file.vaultId, slot, file.kdf) } };
}

export function readKeyFile(path: string): KeyFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('KEYFILE_CORRUPT');
  }
  try {
    return keyFileSchema.parse(JSON.parse(raw));
  } catch {
    throw new AppError('KEYFILE_CORRUPT');
  }
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}
