import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { format } from 'date-fns';
import { z } from 'zod';
import type { BackupListItem, BackupStatus } from '../../common/api/backups.js';
import { backupsToKeep, backupWarning } from '../../common/backup-rules.js';
import { AppError } from '../../common/errors.js';
import { writeFileAtomic } from '../../db/atomic-file.js';
import {
  BACKUP_KEY_FILE,
  backupPath,
  deleteBackup,
  folderReachable,
  listBackups,
  refreshKeyCopy,
  removeStaleRestoreStaging,
  removeStaleTemporaries,
  replaceDatabaseWith,
  setAsideDamaged,
  verifyCopy,
  writeBackup,
  type BackupEntry,
} from '../../db/backup.js';
import { readKeyFile, writeKeyFile } from '../../db/keyfile.js';
import { ensurePrivateDir, tightenFolder } from '../../db/private-files.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { getSettings, updateSettings } from '../../db/repositories/settings.js';
import { openVaultWithKey, vaultPaths, type OpenVault, type VaultPaths } from '../../db/vault.js';
import { logEvent } from './log.js';
import type { VaultSession } from './session.js';
import { msg } from '../../common/messages/index.js';

/**
 * A small plain file in the data folder that mirrors what the app must know while the vault is locked
 * or damaged: where the backups are, and when the last one succeeded or failed. No personal data.
 */
const STATE_FILE = 'reservekopie-status.json';
const stateSchema = z.object({
  folder: z.string().default(''),
  vaultId: z.string().default(''),
  lastGoodAt: z.string().nullable().default(null),
  lastGoodName: z.string().nullable().default(null),
  lastFailedAt: z.string().nullable().default(null),
  lastFailureCode: z.string().nullable().default(null),
});
type BackupState = z.infer<typeof stateSchema>;

function readStateFile(dataDir: string): BackupState {
  try {
    return stateSchema.parse(JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')));
  } catch {
    return stateSchema.parse({});
  }
}

/**
 * At every start, before the vault is opened: the data folder and the backup folder (with the app's files in
 * it) lose group and other access, and what an interrupted copy or restore left behind is removed. The log
 * says how much changed, never where: a folder's path can hold a person's name.
 */
export function secureFilesAtStart(dataDir: string): void {
  let folders = 0;
  let files = 0;
  let temporaries = 0;
  const add = (r: { folders: number; files: number }) => {
    folders += r.folders;
    files += r.files;
  };
  try {
    if (ensurePrivateDir(dataDir)) folders++;
    add(tightenFolder(dataDir));
    temporaries += removeStaleRestoreStaging(vaultPaths(dataDir));
  } catch {
    // A read-only or missing data folder is reported by the vault itself at unlock.
  }
  const defaultFolder = join(dataDir, 'backups');
  const chosen = readStateFile(dataDir).folder;
  for (const folder of new Set([defaultFolder, chosen || defaultFolder])) {
    if (!folderReachable(folder)) continue;
    add(tightenFolder(folder, (name) => name.startsWith('nazorgdossier')));
    try {
      temporaries += removeStaleTemporaries(folder);
    } catch {
      // An unreadable stick: the next backup reports it.
    }
  }
  if (folders || files) logEvent('files.permissions_tightened', { folders, files });
  if (temporaries) logEvent('files.stale_temporaries_removed', { count: temporaries });
}

export type BackupReason = 'dagelijks' | 'afsluiten' | 'handmatig' | 'voor-herstel';

/** The desktop shell's folder dialog: the chosen folder, or null when the coordinator cancels. Web mode has none. */
export type ChooseFolder = (current: string) => Promise<string | null>;

const errCode = (err: unknown): string => (err as { code?: string } | null)?.code ?? '';

/**
 * Why a typed or picked folder cannot hold the backups, in words the coordinator can act on; null when it can.
 * Nothing is created: a folder that is not there is a typing error or a USB stick that is not plugged in.
 */
export function backupFolderProblem(folder: string): string | null {
  if (!isAbsolute(folder)) return msg('giveFullPathFolderStarting');
  try {
    if (!statSync(folder).isDirectory()) return msg('fileNotFolderChooseFolder');
  } catch (err) {
    const code = errCode(err);
    if (code === 'EACCES' || code === 'EPERM') return msg('nazorgdossierNoAccessFolderCheck');
    return msg('folderDoesNotExistCheck');
  }
  // Prove we can write there before promising the coordinator that copies will land in it.
  const probe = join(folder, '.nazorgdossier-schrijftest');
  try {
    writeFileAtomic(probe, 'ok');
  } catch (err) {
    if (errCode(err) === 'ENOSPC') return msg('diskFolderFullFreeUp');
    return msg('nazorgdossierCannotWriteFolderRead');
  } finally {
    rmSync(probe, { force: true });
  }
  return null;
}

export class BackupService {
  private readonly now: () => Date;

  private readonly pickFolder: ChooseFolder | undefined;

  constructor(
    private readonly session: VaultSession,
    opts: { now?: () => Date; chooseFolder?: ChooseFolder | undefined } = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.pickFolder = opts.chooseFolder;
  }

  /** The active data folder (the demo vault has its own, with its own copies). */
  private get dataDir(): string {
    return this.session.dataDir;
  }

  /** Daily copy at the first unlock of a day and a copy when the app closes; failures only warn. */
  install(): void {
    this.session.onUnlock(async (vault) => {
      if (this.session.isDemo) return;
      await this.syncState(vault);
      if (!this.hasCopyOfToday(vault)) await this.safely(vault, 'dagelijks');
    });
    this.session.onLock(async (vault, reason) => {
      if (reason === 'shutdown' && !this.session.isDemo) await this.safely(vault, 'afsluiten');
    });
  }

  private today(): string {
    return format(this.now(), 'yyyy-MM-dd');
  }

  defaultFolder(): string {
    return join(this.dataDir, 'backups');
  }

  // ---- the plain state file
  private statePath(): string {
    return join(this.dataDir, STATE_FILE);
  }
  readState(): BackupState {
    try {
      return stateSchema.parse(JSON.parse(readFileSync(this.statePath(), 'utf8')));
    } catch {
      return stateSchema.parse({});
    }
  }
  private writeState(patch: Partial<BackupState>): void {
    try {
      writeFileAtomic(this.statePath(), JSON.stringify({ ...this.readState(), ...patch }, null, 2));
    } catch {
      // A read-only data folder must not stop the work; the warning shows from the vault's own audit trail.
    }
  }

  private async folderOf(vault: OpenVault): Promise<string> {
    const { backupDir } = await getSettings(vault.db);
    return backupDir || this.defaultFolder();
  }

  /** Mirrors the folder and vault id to the state file, so a damaged vault can still find its copies. */
  private async syncState(vault: OpenVault): Promise<string> {
    const folder = await this.folderOf(vault);
    const state = this.readState();
    if (state.folder !== folder || state.vaultId !== vault.vaultId) this.writeState({ folder, vaultId: vault.vaultId });
    refreshKeyCopy(folder, vault.paths.key);
    return folder;
  }

  private hasCopyOfToday(vault: OpenVault): boolean {
    const state = this.readState();
    const today = this.today();
    if (state.lastGoodAt && format(new Date(state.lastGoodAt), 'yyyy-MM-dd') === today) return true;
    return listBackups(state.folder || this.defaultFolder(), vault.vaultId).some((b) => b.date === today);
  }

  private async safely(vault: OpenVault, reason: BackupReason): Promise<void> {
    try {
      await this.backup(vault, reason);
    } catch {
      // Already recorded in the state file and the audit trail; the warning in the app tells the coordinator.
    }
  }

  /** Makes, verifies and rotates; records the outcome in the state file and the audit trail. */
  async backup(vault: OpenVault, reason: BackupReason): Promise<BackupEntry> {
    const folder = await this.syncState(vault);
    try {
      removeStaleTemporaries(folder);
      const entry = await writeBackup(vault, folder, {
        date: this.today(),
        reason,
        latestKnownMigration: this.session.latestKnownMigration,
        now: this.now(),
        // Only the default folder is made on demand: a chosen folder that vanished is a USB stick that is out.
        createFolder: folder === this.defaultFolder(),
      });
      this.writeState({ lastGoodAt: entry.createdAt, lastGoodName: entry.name });
      const all = listBackups(folder, vault.vaultId);
      const keep = backupsToKeep(all, this.today());
      const removed = all.filter((b) => !keep.has(b.name));
      for (const b of removed) deleteBackup(folder, b.name);
      await recordAudit(vault.db, 'backup.created', { name: entry.name, reason, removed: removed.length });
      logEvent('backup.created', { reason, removed: removed.length });
      return entry;
    } catch (err) {
      const appErr = err instanceof AppError ? err : new AppError('BACKUP_FAILED');
      this.writeState({ lastFailedAt: this.now().toISOString(), lastFailureCode: appErr.code });
      await recordAudit(vault.db, 'backup.failed', { reason, code: appErr.code }).catch(() => undefined);
      logEvent('backup.failed', { reason, code: appErr.code });
      throw appErr;
    }
  }

  async status(vault: OpenVault): Promise<BackupStatus> {
    const folder = await this.syncState(vault);
    const state = this.readState();
    const reachable = folderReachable(folder) || folder === this.defaultFolder();
    return {
      folder,
      isDefaultFolder: folder === this.defaultFolder(),
      folderPicker: !!this.pickFolder,
      defaultFolder: this.defaultFolder(),
      reachable,
      lastGoodAt: state.lastGoodAt,
      lastFailedAt: state.lastFailedAt,
      lastFailureCode: state.lastFailureCode,
      // The demo vault holds only fictional data and gets no automatic copies: nothing to warn about.
      warning: this.session.isDemo ? null : backupWarning({ reachable, lastGoodAt: state.lastGoodAt, lastFailedAt: state.lastFailedAt }, this.now()),
    };
  }

  async list(vault: OpenVault): Promise<BackupListItem[]> {
    const folder = await this.syncState(vault);
    return listBackups(folder, vault.vaultId).map(toListItem);
  }

  async setFolder(vault: OpenVault, dir: string): Promise<BackupStatus> {
    const folder = dir.trim();
    if (folder) {
      const problem = backupFolderProblem(folder);
      if (problem) throw new AppError('BACKUP_FOLDER_UNREACHABLE', undefined, { fields: { dir: problem } });
    }
    await updateSettings(vault.db, { backupDir: folder });
    await recordAudit(vault.db, 'backup.folder_changed', { isDefault: !folder });
    return this.status(vault);
  }

  /** Opens the desktop folder dialog; a chosen folder goes through the same check as a typed one before it is kept. */
  async chooseFolder(vault: OpenVault): Promise<{ chosen: boolean; status: BackupStatus }> {
    // The method has no meaning without a desktop shell; web mode types the folder instead.
    if (!this.pickFolder) throw new AppError('UNKNOWN_METHOD');
    const dir = await this.pickFolder(await this.syncState(vault));
    if (!dir) return { chosen: false, status: await this.status(vault) };
    return { chosen: true, status: await this.setFolder(vault, dir) };
  }

  /** Restores a chosen copy: the present state is copied first, then the database is replaced atomically. */
  async restore(name: string): Promise<BackupListItem> {
    const vault = this.session.requireVault();
    const folder = await this.syncState(vault);
    const entry = listBackups(folder, vault.vaultId).find((b) => b.name === name);
    if (!entry) throw new AppError('BACKUP_NOT_FOUND');
    const source = backupPath(folder, name);
    // Check the chosen copy before touching anything, so a bad choice costs nothing.
    const key = vault.copyDataKey();
    try {
      await verifyCopy(source, key, this.session.latestKnownMigration);
    } finally {
      key.fill(0);
    }
    const before = await this.backup(vault, 'voor-herstel');
    await this.session.replaceDatabase(async (paths, dataKey) => {
      await replaceDatabaseWith(paths, source, dataKey, this.session.latestKnownMigration);
    }, 'vault.reopened_after_restore');
    const reopened = this.session.requireVault();
    await recordAudit(reopened.db, 'backup.restored', { name, savedFirstAs: before.name });
    logEvent('backup.restored');
    return toListItem(entry);
  }

  /**
   * While locked and damaged: the newest copy that passes the integrity check replaces the damaged database.
   * The main side decides whether there is damage, not the screen that offers it: a database that opens and
   * passes the same check as an unlock is never replaced (that would throw away everything since the copy).
   * When only the key file was damaged, its copy beside the backups is put back and the database stays.
   */
  async restoreNewestWhileLocked(password: string): Promise<{ restored: string }> {
    const state = this.readState();
    const folder = state.folder || this.defaultFolder();
    if (!folderReachable(folder)) throw new AppError('BACKUP_FOLDER_UNREACHABLE');
    const keyCopy = join(folder, BACKUP_KEY_FILE);
    let restored = '';
    await this.session.repairAndUnlock(password, existsSync(keyCopy) ? keyCopy : null, async (paths, dataKey) => {
      const { vaultId, keyRestored } = readKeyFileOrCopy(paths.key, keyCopy);
      if (await this.databaseOpens(paths, dataKey)) {
        if (!keyRestored) throw new AppError('VAULT_NOT_DAMAGED');
        restored = BACKUP_KEY_FILE;
        return;
      }
      for (const b of listBackups(folder, vaultId)) {
        try {
          await verifyCopy(backupPath(folder, b.name), dataKey, this.session.latestKnownMigration);
        } catch {
          continue;
        }
        setAsideDamaged(paths);
        await replaceDatabaseWith(paths, backupPath(folder, b.name), dataKey, this.session.latestKnownMigration);
        restored = b.name;
        return;
      }
      throw new AppError('NO_GOOD_BACKUP');
    });
    const vault = this.session.requireVault();
    if (restored === BACKUP_KEY_FILE) {
      await recordAudit(vault.db, 'backup.key_restored', {});
      logEvent('backup.key_restored');
    } else {
      await recordAudit(vault.db, 'backup.restored', { name: restored, afterDamage: true });
      logEvent('backup.restored_after_damage');
    }
    return { restored };
  }

  /** The unlock's own check (open, quick_check, migrations) on the database as it is; other failures stop the repair. */
  private async databaseOpens(paths: VaultPaths, dataKey: Buffer): Promise<boolean> {
    try {
      (await openVaultWithKey(paths.dir, Buffer.from(dataKey), this.session.opts.migrations)).close();
      return true;
    } catch (err) {
      if (err instanceof AppError && (err.code === 'VAULT_CORRUPT' || err.code === 'VAULT_INTEGRITY' || err.code === 'KEYFILE_CORRUPT')) return false;
      throw err;
    }
  }

  /** Whether a locked, damaged vault has copies to offer (the unlock screen asks before offering). */
  availableWhileLocked(): { folderReachable: boolean; count: number; newest: string | null } {
    const state = this.readState();
    const folder = state.folder || this.defaultFolder();
    if (!folderReachable(folder) || !state.vaultId) return { folderReachable: folderReachable(folder), count: 0, newest: null };
    const copies = listBackups(folder, state.vaultId);
    return { folderReachable: true, count: copies.length, newest: copies[0]?.date ?? null };
  }
}

/** The vault id of the data folder's key file, or, when that is damaged, of the copy beside the backups (then put back). */
function readKeyFileOrCopy(keyPath: string, copyPath: string): { vaultId: string; keyRestored: boolean } {
  try {
    return { vaultId: readKeyFile(keyPath).vaultId, keyRestored: false };
  } catch {
    const copy = readKeyFile(copyPath);
    writeKeyFile(keyPath, copy);
    return { vaultId: copy.vaultId, keyRestored: true };
  }
}

function toListItem(b: BackupEntry): BackupListItem {
  return { name: b.name, date: b.date, createdAt: b.createdAt, reason: b.reason, sizeBytes: b.sizeBytes, counts: b.counts };
}
