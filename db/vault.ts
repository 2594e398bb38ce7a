import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../common/errors.js';
import { RECOVERY_ALPHABET, RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH, formatRecoveryCode, normaliseRecoveryCode } from '../common/password.js';
import * as schema from './schema.js';
import { createKeyFile, readKeyFile, rewrapSlot, unwrap, writeKeyFile, type KeyFile, type SlotName } from './keyfile.js';
import { loadMigrations, migrate, type Migration } from './migrate.js';
import { createPrivateFile, ensurePrivateDir } from './private-files.js';

export type Db = LibSQLDatabase<typeof schema>;

/** File names inside the data folder; they say nothing about who is in the vault. */
export const VAULT_FILES = { db: 'vault.db', key: 'vault.key' } as const;

export interface VaultPaths {
  dir: string;
  db: string;
  key: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return { dir, db: join(dir, VAULT_FILES.db), key: join(dir, VAULT_FILES.key) };
}

export function vaultExists(dir: string): boolean {
  return existsSync(vaultPaths(dir).key);
}

export function generateRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return formatRecoveryCode(s);
}

export function openClient(dbPath: string, dataKey: Buffer): Client {
  // libSQL (SQLite3 Multiple Ciphers) encrypts every page with this key; the hex string is the key material.
  return createClient({ url: pathToFileURL(dbPath).href, encryptionKey: dataKey.toString('hex') });
}

export function classifyStorageError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // drizzle wraps the driver's error (DrizzleQueryError); the SQLite code sits on its cause.
  const inner = (err as { cause?: unknown }).cause;
  if (inner && typeof inner === 'object' && 'code' in inner) return classifyStorageError(inner);
  const code = (err as { code?: string }).code ?? '';
  const msg = String((err as Error).message ?? '');
  if (code.includes('NOTADB') || code.includes('CORRUPT') || /not a database|malformed/i.test(msg)) return new AppError('VAULT_CORRUPT');
  if (code.includes('FULL') || /disk is full|ENOSPC/i.test(msg)) return new AppError('DISK_FULL');
  if (code.includes('READONLY') || /readonly|EROFS|EACCES/i.test(msg)) return new AppError('READ_ONLY');
  return new AppError('INTERNAL');
}

/**
 * On a full disk or an I/O error SQLite ends the transaction by itself. drizzle then calls rollback(),
 * which throws TRANSACTION_CLOSED and hides the real cause, so the coordinator would read "something went
 * wrong" instead of "the disk is full". Here a rollback of a transaction SQLite already ended only
 * releases it, and the original error reaches the dispatcher.
 */
function keepCauseOfAutoRollback(client: Client): Client {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'transaction') {
        return async (...args: Parameters<Client['transaction']>) => {
          const tx = await target.transaction(...args);
          const rollback = tx.rollback.bind(tx);
          tx.rollback = async () => {
            if (tx.closed) tx.close();
            else await rollback();
          };
          // The same for a savepoint inside it (a change nested in an audited transaction): SQLite has already
          // rolled the whole transaction back, so "rollback to savepoint" can only fail and would hide the cause.
          const execute = tx.execute.bind(tx);
          tx.execute = (async (stmt: Parameters<typeof execute>[0]) => {
            const text = typeof stmt === 'string' ? stmt : stmt.sql;
            if (/^\s*rollback to savepoint/i.test(text)) {
              try {
                return await execute(stmt);
              } catch (err) {
                if (!tx.closed && !/no such savepoint|no transaction is active/i.test(String((err as Error).message))) throw err;
                return { rows: [], columns: [], columnTypes: [], rowsAffected: 0, lastInsertRowid: undefined, toJSON: () => ({}) };
              }
            }
            return execute(stmt);
          }) as typeof tx.execute;
          return tx;
        };
      }
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** An unlocked vault: the drizzle database over the encrypted libSQL client. */
export class OpenVault {
  readonly db: Db;
  private closed = false;
  constructor(
    readonly paths: VaultPaths,
    readonly client: Client,
    private dataKey: Buffer,
    private keyFile: KeyFile,
  ) {
    this.db = drizzle(keepCauseOfAutoRollback(client), { schema });
  }

  get vaultId(): string {
    return this.keyFile.vaultId;
  }

  /** Re-wraps the data key under a new password; the database itself is untouched. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const check = await unwrap(readKeyFile(this.paths.key), 'password', currentPassword);
    if (!check) throw new AppError('WRONG_PASSWORD');
    check.fill(0);
    await this.rewrap('password', newPassword);
  }

  async rewrap(slot: SlotName, secret: string): Promise<void> {
    const next = await rewrapSlot(this.keyFile, slot, this.dataKey, secret);
    writeKeyFile(this.paths.key, next);
    this.keyFile = next;
  }

  /** A copy of the data key for work that must open the same database again (backups); the caller wipes it. */
  copyDataKey(): Buffer {
    return Buffer.from(this.dataKey);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.close();
    // The hex copy handed to libSQL is an immutable JS string we cannot wipe; the Buffer we can.
    this.dataKey.fill(0);
  }
}

export interface CreateResult {
  vault: OpenVault;
  recoveryCode: string;
}

export async function createVault(dir: string, password: string, recoveryCode: string, migrations: Migration[]): Promise<OpenVault> {
  const paths = vaultPaths(dir);
  ensurePrivateDir(dir);
  if (existsSync(paths.key)) throw new AppError('VAULT_EXISTS');
  if (existsSync(paths.db)) {
    // A database without key file cannot be opened by anyone; keep it aside rather than destroy it.
    renameSync(paths.db, `${paths.db}.zonder-sleutel-${Date.now()}`);
  }
  const dataKey = randomBytes(32);
  const keyFile = await createKeyFile(dataKey, password, normaliseRecoveryCode(recoveryCode));
  createPrivateFile(paths.db);
  const client = openClient(paths.db, dataKey);
  try {
    await migrate(client, migrations);
  } catch (err) {
    client.close();
    throw classifyStorageError(err);
  }
  // The key file is written last: a vault "exists" only once both parts are complete.
  writeKeyFile(paths.key, keyFile);
  return new OpenVault(paths, client, dataKey, keyFile);
}

/**
 * SQLite's own structural check. quick_check reads every page but skips the (slow) index-content
 * comparison, so it stays cheap enough to run at every unlock; backups get the full integrity_check.
 */
export async function checkIntegrity(client: Client, kind: 'quick_check' | 'integrity_check'): Promise<boolean> {
  const res = await client.execute(`PRAGMA ${kind}`);
  return res.rows.length === 1 && res.rows[0]![0] === 'ok';
}

async function openWithKey(paths: VaultPaths, dataKey: Buffer, keyFile: KeyFile, migrations: Migration[]): Promise<OpenVault> {
  if (!existsSync(paths.db)) throw new AppError('VAULT_CORRUPT');
  const client = openClient(paths.db, dataKey);
  try {
    // A wrong key or a foreign file only shows on the first query (SQLITE_NOTADB).
    await client.execute('SELECT count(*) FROM sqlite_master');
    // The key was proven by the key file's authentication tag, so damage found from here on is damage to the file.
    const intact = await checkIntegrity(client, 'quick_check').catch((err: unknown) => {
      const mapped = classifyStorageError(err);
      if (mapped.code === 'VAULT_CORRUPT') return false;
      throw err;
    });
    if (!intact) throw new AppError('VAULT_INTEGRITY');
    await migrate(client, migrations);
  } catch (err) {
    client.close();
    dataKey.fill(0);
    throw classifyStorageError(err);
  }
  return new OpenVault(paths, client, dataKey, keyFile);
}

/** Opens with a data key already in hand (reopening after a restore); the key file must belong to it. */
export async function openVaultWithKey(dir: string, dataKey: Buffer, migrations: Migration[]): Promise<OpenVault> {
  const paths = vaultPaths(dir);
  return openWithKey(paths, dataKey, readKeyFile(paths.key), migrations);
}

export async function unlockVault(dir: string, password: string, migrations: Migration[]): Promise<OpenVault> {
  const paths = vaultPaths(dir);
  if (!existsSync(paths.key)) throw new AppError('NO_VAULT');
  const keyFile = readKeyFile(paths.key);
  const dataKey = await unwrap(keyFile, 'password', password);
  if (!dataKey) throw new AppError('WRONG_PASSWORD');
  return openWithKey(paths, dataKey, keyFile, migrations);
}

/** Opens with the recovery code and immediately sets a new password (the old one is assumed forgotten). */
export async function unlockVaultWithRecovery(dir: string, recoveryCode: string, newPassword: string, migrations: Migration[]): Promise<OpenVault> {
  const paths = vaultPaths(dir);
  if (!existsSync(paths.key)) throw new AppError('NO_VAULT');
  const keyFile = readKeyFile(paths.key);
  const dataKey = await unwrap(keyFile, 'recovery', normaliseRecoveryCode(recoveryCode));
  if (!dataKey) throw new AppError('WRONG_RECOVERY_CODE');
  const vault = await openWithKey(paths, dataKey, keyFile, migrations);
  await vault.rewrap('password', newPassword);
  return vault;
}

export { loadMigrations };
