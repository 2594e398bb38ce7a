import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { backupFileName, nextBackupSeq, parseBackupFileName, type BackupName } from '../common/backup-rules.js';
import { AppError } from '../common/errors.js';
import { writeFileAtomic } from './atomic-file.js';
import { readKeyFile, writeKeyFile } from './keyfile.js';
import { appliedMigrationIndex, MIGRATIONS_TABLE } from './migrate.js';
import { createPrivateFile, ensurePrivateDir, restrictFile } from './private-files.js';
import { checkIntegrity, classifyStorageError, openClient, type OpenVault, type VaultPaths } from './vault.js';

/**
 * Reserve copies of the vault. `VACUUM INTO` on the encrypted connection writes a complete, compacted,
 * encrypted copy under the same data key; it is written to a temporary name, checked with a full
 * integrity_check, and only then renamed to its final name, so a copy with a final name is always whole.
 * Beside every copy a small manifest (date, counts, vault id: no personal data) lets the list show
 * counts without opening every file. One copy of the key file sits in the folder too, so a copy opens
 * with the same password or recovery code, even when the data folder itself is lost.
 */
export const BACKUP_KEY_FILE = 'nazorgdossier.key';
const MANIFEST_EXT = '.json';

const manifestSchema = z.object({
  format: z.literal('nazorgdossier-backup'),
  vaultId: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupEntry extends BackupName, BackupManifest {}

const manifestPath = (folder: string, name: string) => join(folder, `${name}${MANIFEST_EXT}`);

function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; there the rename is still atomic.
  }
}

/** Row counts per table (no contents): what the restore dialog shows to help choose a copy. */
async function tableCounts(client: ReturnType<typeof openClient>): Promise<Record<string, number>> {
  const tables = await client.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name <> '${MIGRATIONS_TABLE}' ORDER BY name`,
  );
  const counts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row[0]);
    const res = await client.execute(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = Number(res.rows[0]![0]);
  }
  return counts;
}

export interface VerifiedCopy {
  schemaVersion: number;
  counts: Record<string, number>;
}

/** Opens a copy with the data key and runs the full integrity_check; throws BACKUP_DAMAGED when it fails. */
export async function verifyCopy(path: string, dataKey: Buffer, latestKnownMigration: number): Promise<VerifiedCopy> {
  if (!existsSync(path)) throw new AppError('BACKUP_NOT_FOUND');
  const client = openClient(path, dataKey);
  try {
    if (!(await checkIntegrity(client, 'integrity_check'))) throw new AppError('BACKUP_DAMAGED');
    const schemaVersion = await appliedMigrationIndex(client);
    if (schemaVersion > latestKnownMigration) throw new AppError('VAULT_TOO_NEW');
    return { schemaVersion, counts: await tableCounts(client) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A wrong key or garbage shows as NOTADB/CORRUPT: for a copy, both mean "this copy cannot be used".
    throw new AppError('BACKUP_DAMAGED');
  } finally {
    client.close();
  }
}

export function ensureFolder(folder: string): void {
  try {
    ensurePrivateDir(folder);
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('BACKUP_FOLDER_UNREACHABLE');
  }
}

export function folderReachable(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Writes, verifies and publishes one copy. Leaves nothing behind under a final name when any step fails. */
export async function writeBackup(
  vault: OpenVault,
  folder: string,
  opts: { date: string; reason: string; latestKnownMigration: number; now?: Date; createFolder: boolean },
): Promise<BackupEntry> {
  if (opts.createFolder) ensureFolder(folder);
  else if (!folderReachable(folder)) throw new AppError('BACKUP_FOLDER_UNREACHABLE');
  const name = backupFileName(opts.date, nextBackupSeq(readdirSync(folder), opts.date));
  const final = join(folder, name);
  const tmp = `${final}.tmp`;
  rmSync(tmp, { force: true });
  const dataKey = vault.copyDataKey();
  try {
    try {
      // VACUUM INTO accepts an empty file: made first, the copy is private from its first byte.
      createPrivateFile(tmp);
      await vault.client.execute({ sql: 'VACUUM INTO ?', args: [tmp] });
    } catch (err) {
      throw storageErrorForCopy(err);
    }
    fsyncPath(tmp);
    const verified = await verifyCopy(tmp, dataKey, opts.latestKnownMigration).catch((err: unknown) => {
      throw err instanceof AppError && err.code === 'BACKUP_DAMAGED' ? new AppError('BACKUP_FAILED') : err;
    });
    const manifest: BackupManifest = {
      format: 'nazorgdossier-backup',
      vaultId: vault.vaultId,
      createdAt: (opts.now ?? new Date()).toISOString(),
      reason: opts.reason,
      schemaVersion: verified.schemaVersion,
      sizeBytes: statSync(tmp).size,
      counts: verified.counts,
    };
    // The key file first: a published copy must always find a key file that opens it.
    writeKeyFile(join(folder, BACKUP_KEY_FILE), readKeyFile(vault.paths.key));
    writeFileAtomic(manifestPath(folder, name), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(tmp, final);
    fsyncPath(folder);
    return { ...parseBackupFileName(name)!, ...manifest };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err instanceof AppError ? err : storageErrorForCopy(err);
  } finally {
    dataKey.fill(0);
  }
}

function storageErrorForCopy(err: unknown): AppError {
  const mapped = classifyStorageError(err);
  if (mapped.code === 'DISK_FULL' || mapped.code === 'READ_ONLY') return mapped;
  const code = String((err as { code?: string }).code ?? '');
  if (/CANTOPEN|ENOENT|EACCES|EPERM/.test(code)) return new AppError('BACKUP_FOLDER_UNREACHABLE');
  return new AppError('BACKUP_FAILED');
}

function readManifest(folder: string, name: string): BackupManifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(manifestPath(folder, name), 'utf8')));
  } catch {
    return null;
  }
}

/** The published copies of one vault in a folder; copies of other vaults or without manifest are left out. */
export function listBackups(folder: string, vaultId: string): BackupEntry[] {
  if (!folderReachable(folder)) return [];
  const out: BackupEntry[] = [];
  for (const file of readdirSync(folder)) {
    const parsed = parseBackupFileName(file);
    if (!parsed) continue;
    const manifest = readManifest(folder, file);
    if (!manifest || manifest.vaultId !== vaultId) continue;
    out.push({ ...parsed, ...manifest });
  }
  return out.sort((a, b) => (a.date === b.date ? b.seq - a.seq : a.date < b.date ? 1 : -1));
}

export function deleteBackup(folder: string, name: string): void {
  rmSync(join(folder, name), { force: true });
  rmSync(manifestPath(folder, name), { force: true });
}

/**
 * After a password change the key file is re-wrapped; the copy beside the backups follows, so the copies
 * open with the password the coordinator knows now. Only where copies already live; never creates a folder.
 */
export function refreshKeyCopy(folder: string, keyPath: string): void {
  const copy = join(folder, BACKUP_KEY_FILE);
  if (!existsSync(copy)) return;
  try {
    if (readFileSync(copy, 'utf8') !== readFileSync(keyPath, 'utf8')) writeKeyFile(copy, readKeyFile(keyPath));
  } catch {
    // An unreachable stick or a damaged key file: the next backup tries again and reports it.
  }
}

/** Left-overs of a copy that was interrupted (power cut, full stick, a killed process); returns how many went. */
export function removeStaleTemporaries(folder: string): number {
  if (!folderReachable(folder)) return 0;
  let removed = 0;
  for (const f of readdirSync(folder)) {
    if (f.endsWith('.tmp') && f.startsWith('nazorgdossier-')) {
      rmSync(join(folder, f), { force: true });
      removed++;
    }
  }
  return removed;
}

/** The staging copy of a restore that was interrupted; the database itself was never touched by it. */
export function removeStaleRestoreStaging(paths: VaultPaths): number {
  const staging = `${paths.db}.herstel.tmp`;
  if (!existsSync(staging)) return 0;
  rmSync(staging, { force: true });
  return 1;
}

export function backupPath(folder: string, name: string): string {
  if (!parseBackupFileName(name)) throw new AppError('BACKUP_NOT_FOUND');
  return join(folder, name);
}

/**
 * Puts a verified copy in place of the vault's database. The copy is first copied next to the database
 * (same file system, so the final rename is atomic), flushed and verified; then one rename replaces the
 * database. A crash at any moment leaves either the old or the new database, never a mix.
 * A left-over rollback journal of the old file is moved aside first: SQLite would otherwise replay it
 * into the new file.
 */
export async function replaceDatabaseWith(paths: VaultPaths, source: string, dataKey: Buffer, latestKnownMigration: number): Promise<VerifiedCopy> {
  const staging = `${paths.db}.herstel.tmp`;
  rmSync(staging, { force: true });
  try {
    copyFileSync(source, staging);
    // A copy takes its source's mode; a copy made before modes were kept private must not stay readable.
    restrictFile(staging);
    fsyncPath(staging);
    const verified = await verifyCopy(staging, dataKey, latestKnownMigration);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    for (const suffix of ['-journal', '-wal', '-shm']) {
      if (existsSync(paths.db + suffix)) renameSync(paths.db + suffix, `${paths.db}${suffix}.oud-${stamp}`);
    }
    renameSync(staging, paths.db);
    fsyncPath(paths.dir);
    return verified;
  } catch (err) {
    rmSync(staging, { force: true });
    throw err instanceof AppError ? err : classifyStorageError(err);
  }
}

/** Keeps a damaged database aside (never destroyed: a specialist may still rescue something from it). */
export function setAsideDamaged(paths: VaultPaths): string | null {
  if (!existsSync(paths.db)) return null;
  const aside = `${paths.db}.beschadigd-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  copyFileSync(paths.db, aside);
  restrictFile(aside);
  fsyncPath(aside);
  return aside;
}
