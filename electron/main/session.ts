import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';
import type { VaultStateEvent } from '../../common/api/events.js';
import type { VaultStatus } from '../../common/api/vault.js';
import { normaliseRecoveryCode } from '../../common/password.js';
import { unlockDelaySeconds } from '../../common/unlock-policy.js';
import { nextSessionState, publicVaultState, VAULT_DAMAGE_CODES, type SessionState } from '../../common/vault-states.js';
import { writeFileAtomic } from '../../db/atomic-file.js';
import type { Migration } from '../../db/migrate.js';
import { getSettings, updateSettings } from '../../db/repositories/settings.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { unwrap, readKeyFile, type KeyFile } from '../../db/keyfile.js';
import {
  createVault,
  generateRecoveryCode,
  openVaultWithKey,
  unlockVault,
  unlockVaultWithRecovery,
  vaultExists,
  vaultPaths,
  type OpenVault,
  classifyStorageError,
  type VaultPaths,
} from '../../db/vault.js';
import { logEvent } from './log.js';
import { msg } from '../../common/messages/index.js';

export function demoDataDir(realDataDir: string): string {
  return `${realDataDir.replace(/[\\/]+$/, '')}-demo`;
}

export interface SessionOptions {
  dataDir: string;
  migrations: Migration[];
  shell: 'electron' | 'web';
  appVersion: string;
  now?: () => number;
}

const SETUP_TTL_MS = 30 * 60 * 1000;
const ATTEMPTS_FILE = 'unlock-attempts.json';

interface Attempts {
  failures: number;
  lastFailureAt: number;
  /** ISO times of failures not yet written to the audit trail (capped). */
  failedAt: string[];
}
const MAX_PENDING_FAILURES = 100;

export type LockListener = (vault: OpenVault, reason: 'manual' | 'idle' | 'shutdown') => Promise<void> | void;
export type UnlockListener = (vault: OpenVault) => Promise<void> | void;
export type StateListener = (event: VaultStateEvent) => void;

/** States the session passes through on its way somewhere: the renderer hears where it comes to rest. */
const TRANSIENT: ReadonlySet<SessionState> = new Set(['unlocking', 'replacing']);

/**
 * The one owner of the vault on the main side (as Signal Desktop's SQL server is): it holds the open
 * database while unlocked, enforces auto-lock, and forgets the key on lock. Its state is one of
 * common/vault-states.ts, changed only through moveTo(); listeners hear each state it comes to rest in.
 */
export class VaultSession {
  private vault: OpenVault | null = null;
  private pendingSetup: { password: string; recoveryCode: string; expiresAt: number } | null = null;
  private lastActivity = 0;
  private autoLockSeconds = 600;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;
  private readonly lockListeners: LockListener[] = [];
  private readonly unlockListeners: UnlockListener[] = [];
  private readonly stateListeners = new Set<StateListener>();
  private current: SessionState;
  /** The public state last told to the listeners, so they hear a change once. */
  private told: string;
  /** Serialises unlock/lock/setup so two quick clicks cannot open the database twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly opts: SessionOptions) {
    this.now = opts.now ?? Date.now;
    this.current = this.restingState();
    this.told = this.publicKey();
  }

  /**
   * The session addresses the demo vault's folder: from openDemo until the demo closes (closing or locking it).
   * Which vault, not which state: the demo vault passes through 'unlocking' and 'replacing' like the own one.
   */
  private demo = false;

  get state(): SessionState {
    return this.current;
  }

  /** Hears every state the session comes to rest in (not the transient ones); returns the way to stop listening. */
  onStateChange(l: StateListener): () => void {
    this.stateListeners.add(l);
    return () => {
      this.stateListeners.delete(l);
    };
  }

  private publicKey(): string {
    return `${publicVaultState(this.current)}|${this.demo}`;
  }

  /** The one way the state changes: the move must be in common/vault-states.ts's table. */
  private moveTo(to: SessionState): void {
    this.current = nextSessionState(this.current, to);
    if (TRANSIENT.has(to) || this.publicKey() === this.told) return;
    this.told = this.publicKey();
    const event: VaultStateEvent = { type: 'vault.state', status: this.status() };
    for (const l of this.stateListeners) {
      try {
        l(event);
      } catch (err) {
        // A window that went away must not stop the session: the others still hear it.
        logEvent('vault.state_listener_failed', { error: err instanceof Error ? err.name : 'unknown' });
      }
    }
  }

  /** A closed vault's state, as the data folder and a pending set-up show it. */
  private restingState(): SessionState {
    if (vaultExists(this.dataDir)) return 'locked';
    if (this.pendingSetup && this.pendingSetup.expiresAt > this.now()) return 'setup-pending';
    return 'no-vault';
  }

  /** Where a failed open leaves the session. A demo that did not open returns to the coordinator's own vault. */
  private closedAfter(err: unknown, before: SessionState): SessionState {
    if (this.demo) {
      this.demo = false;
      return this.restingState();
    }
    if (err instanceof AppError && VAULT_DAMAGE_CODES.includes(err.code)) return 'damaged';
    // A wrong password does not undo what an earlier attempt found.
    return before === 'damaged' ? 'damaged' : this.restingState();
  }

  /**
   * Runs an unlock, set-up or repair in the 'unlocking' state; `open` ends in afterOpen, which moves to the open
   * state. With the vault already open, `open` answers for itself (it returns the status or refuses).
   */
  private async opening(open: () => Promise<VaultStatus>): Promise<VaultStatus> {
    if (this.vault) return open();
    const before = this.current;
    this.moveTo('unlocking');
    try {
      return await open();
    } catch (err) {
      if (this.current === 'unlocking') this.moveTo(this.closedAfter(err, before));
      throw err;
    }
  }

  /** The active data folder: the coordinator's own, or its '-demo' sibling while trying things out. */
  get dataDir(): string {
    return this.demo ? demoDataDir(this.opts.dataDir) : this.opts.dataDir;
  }

  get isDemo(): boolean {
    return this.demo;
  }

  /**
   * Opens the demo vault (created on first use by `create`, with a known password) so the coordinator
   * can try every screen without touching real data. The real vault is locked first.
   */
  openDemo(create: (dir: string) => Promise<void>, password: string): Promise<VaultStatus> {
    return this.serial(async () => {
      await this.lockNow('manual');
      this.pendingSetup = null;
      return this.opening(async () => {
        this.demo = true;
        if (!vaultExists(this.dataDir)) await create(this.dataDir);
        const vault = await unlockVault(this.dataDir, password, this.opts.migrations);
        return this.afterOpen(vault, 'vault.unlock_demo');
      });
    });
  }

  /** Locking the demo closes it (see lockNow); closing it while it is not open changes nothing. */
  closeDemo(): Promise<VaultStatus> {
    return this.serial(() => this.lockNow('manual'));
  }

  onLock(l: LockListener): void {
    this.lockListeners.push(l);
  }
  onUnlock(l: UnlockListener): void {
    this.unlockListeners.push(l);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** An unlock, set-up or repair: serialised, in the 'unlocking' state while it runs. */
  private serialOpening(fn: () => Promise<VaultStatus>): Promise<VaultStatus> {
    return this.serial(() => this.opening(fn));
  }

  get isUnlocked(): boolean {
    return this.vault !== null;
  }

  requireVault(): OpenVault {
    if (!this.vault) throw new AppError('LOCKED');
    return this.vault;
  }

  status(): VaultStatus {
    // An unconfirmed set-up lapses with time, not with an event: noticed when asked.
    if (this.current === 'setup-pending' && !(this.pendingSetup && this.pendingSetup.expiresAt > this.now())) {
      this.pendingSetup = null;
      this.moveTo('no-vault');
    }
    return {
      state: publicVaultState(this.current),
      autoLockSeconds: this.autoLockSeconds,
      retryAfterSeconds: this.retryAfterSeconds(),
      shell: this.opts.shell,
      appVersion: this.opts.appVersion,
      demo: this.demo,
    };
  }

  touch(): void {
    this.lastActivity = this.now();
  }

  // ---- failed attempts, kept on disk so a restart does not reset the delay
  private attemptsPath(): string {
    return join(this.dataDir, ATTEMPTS_FILE);
  }
  private readAttempts(): Attempts {
    try {
      if (!existsSync(this.attemptsPath())) return { failures: 0, lastFailureAt: 0, failedAt: [] };
      const a = JSON.parse(readFileSync(this.attemptsPath(), 'utf8')) as Partial<Attempts>;
      const failedAt = Array.isArray(a.failedAt) ? a.failedAt.filter((x): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x))) : [];
      return { failures: Number(a.failures) || 0, lastFailureAt: Number(a.lastFailureAt) || 0, failedAt };
    } catch {
      return { failures: 0, lastFailureAt: 0, failedAt: [] };
    }
  }
  private writeAttempts(a: Attempts): void {
    try {
      writeFileAtomic(this.attemptsPath(), JSON.stringify(a));
    } catch {
      // A read-only folder must not turn a wrong password into a crash; the in-memory delay still applies.
    }
  }
  retryAfterSeconds(): number {
    const a = this.readAttempts();
    const wait = unlockDelaySeconds(a.failures) * 1000 - (this.now() - a.lastFailureAt);
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }
  private guardAttempt(): void {
    const wait = this.retryAfterSeconds();
    if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', msg('tooManyAttemptsWait', { count: wait }), { retryAfterSeconds: wait });
  }
  /**
   * One count for every wrong secret (unlock, recovery, restore after damage, and the current password when
   * changing it), so an open session cannot guess faster than the lock screen. Failures while locked wait
   * for the audit trail until the next unlock; a failure while unlocked is audited by the caller at once.
   */
  private recordFailure(event: 'vault.unlock_failed' | 'vault.password_change_failed' = 'vault.unlock_failed'): void {
    const a = this.readAttempts();
    const failedAt = event === 'vault.unlock_failed' ? [...a.failedAt, new Date(this.now()).toISOString()].slice(-MAX_PENDING_FAILURES) : a.failedAt;
    this.writeAttempts({ failures: a.failures + 1, lastFailureAt: this.now(), failedAt });
    logEvent(event, { failures: a.failures + 1 });
  }

  private async afterOpen(vault: OpenVault, event: string, prepare?: (vault: OpenVault) => Promise<void>): Promise<VaultStatus> {
    const attempts = this.readAttempts();
    try {
      await prepare?.(vault);
      this.autoLockSeconds = (await getSettings(vault.db)).autoLockMinutes * 60;
      // Failed attempts happened while the vault was closed; they enter the audit trail now, at their own times.
      await vault.db.transaction(async (tx) => {
        for (const at of attempts.failedAt) await recordAudit(tx, 'vault.unlock_failed', {}, at);
        await recordAudit(tx, event, { failedAttemptsBefore: this.lastFailuresBeforeUnlock });
      });
    } catch (err) {
      // A vault we cannot even audit in (full disk, read-only folder) is not handed out half-open.
      vault.close();
      throw classifyStorageError(err);
    }
    this.vault = vault;
    this.moveTo(this.demo ? 'demo' : 'unlocked');
    this.writeAttempts({ failures: 0, lastFailureAt: 0, failedAt: [] });
    this.touch();
    this.startTimer();
    for (const l of this.unlockListeners) await l(vault);
    logEvent(event);
    return this.status();
  }
  private lastFailuresBeforeUnlock = 0;

  // ---- set-up
  beginSetup(password: string): Promise<{ recoveryCode: string }> {
    return this.serial(async () => {
      if (vaultExists(this.dataDir)) throw new AppError('VAULT_EXISTS');
      const recoveryCode = generateRecoveryCode();
      this.pendingSetup = { password, recoveryCode, expiresAt: this.now() + SETUP_TTL_MS };
      this.moveTo('setup-pending');
      return { recoveryCode };
    });
  }

  completeSetup(lastGroup: string): Promise<VaultStatus> {
    return this.serialOpening(async () => {
      const p = this.pendingSetup;
      if (!p || p.expiresAt < this.now()) throw new AppError('SETUP_NOT_STARTED');
      const expected = normaliseRecoveryCode(p.recoveryCode).slice(-4);
      if (normaliseRecoveryCode(lastGroup) !== expected)
        throw new AppError('SETUP_CONFIRMATION_MISMATCH', undefined, { fields: { lastGroup: msg('doesNotMatchLastGroup') } });
      const vault = await createVault(this.dataDir, p.password, p.recoveryCode, this.opts.migrations);
      this.pendingSetup = null;
      this.lastFailuresBeforeUnlock = 0;
      // A vault set up on this screen is new to the coordinator: the first-run guide is offered on it.
      return this.afterOpen(vault, 'vault.created', async (v) => {
        await updateSettings(v.db, { firstRunGuide: 'pending', firstRunStep: 0 });
      });
    });
  }

  cancelSetup(): Promise<VaultStatus> {
    return this.serial(async () => {
      this.pendingSetup = null;
      if (this.current === 'setup-pending') this.moveTo('no-vault');
      return this.status();
    });
  }

  // ---- unlock and lock
  unlock(password: string): Promise<VaultStatus> {
    return this.serialOpening(async () => {
      if (this.vault) return this.status();
      this.guardAttempt();
      let vault: OpenVault;
      try {
        vault = await unlockVault(this.dataDir, password, this.opts.migrations);
      } catch (err) {
        if (err instanceof AppError && err.code === 'WRONG_PASSWORD') this.recordFailure();
        throw err;
      }
      this.lastFailuresBeforeUnlock = this.readAttempts().failures;
      return this.afterOpen(vault, 'vault.unlock');
    });
  }

  unlockWithRecovery(recoveryCode: string, newPassword: string): Promise<VaultStatus> {
    return this.serialOpening(async () => {
      if (this.vault) throw new AppError('CONFLICT', msg('dossierFileAlreadyUnlockedChange'));
      this.guardAttempt();
      let vault: OpenVault;
      try {
        vault = await unlockVaultWithRecovery(this.dataDir, recoveryCode, newPassword, this.opts.migrations);
      } catch (err) {
        if (err instanceof AppError && err.code === 'WRONG_RECOVERY_CODE') this.recordFailure();
        throw err;
      }
      this.lastFailuresBeforeUnlock = this.readAttempts().failures;
      return this.afterOpen(vault, 'vault.unlock_recovery');
    });
  }

  /**
   * Closes the open vault, lets `work` replace its database file (a restore), and opens it again with
   * the same data key. No lock listeners run: this is not the coordinator leaving.
   */
  replaceDatabase<T>(work: (paths: VaultPaths, dataKey: Buffer) => Promise<T>, event: string): Promise<T> {
    return this.serial(async () => {
      const vault = this.requireVault();
      const dataKey = vault.copyDataKey();
      this.stopTimer();
      this.vault = null;
      this.moveTo('replacing');
      vault.close();
      let result: T;
      try {
        result = await work(vault.paths, dataKey);
      } finally {
        // Whatever happened, the database file is whole (old or new): open it again.
        await this.reopenAfterReplace(dataKey, event);
      }
      return result;
    });
  }

  private async reopenAfterReplace(dataKey: Buffer, event: string): Promise<void> {
    try {
      const reopened = await openVaultWithKey(this.dataDir, Buffer.from(dataKey), this.opts.migrations);
      this.lastFailuresBeforeUnlock = 0;
      await this.afterOpen(reopened, event);
    } catch (err) {
      if (this.current === 'replacing') this.moveTo(this.closedAfter(err, 'replacing'));
      throw err;
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * While locked, after unlock found the database damaged: the password (or the key file copy beside the
   * backups, when the key file itself is damaged) yields the data key, `work` repairs the database, then
   * the vault opens as at a normal unlock.
   */
  repairAndUnlock(password: string, fallbackKeyFile: string | null, work: (paths: VaultPaths, dataKey: Buffer) => Promise<void>): Promise<VaultStatus> {
    return this.serialOpening(async () => {
      if (this.vault) throw new AppError('CONFLICT', msg('dossierFileAlreadyUnlocked'));
      this.guardAttempt();
      const paths = vaultPaths(this.dataDir);
      let keyFile: KeyFile;
      try {
        keyFile = readKeyFile(paths.key);
      } catch (err) {
        if (!fallbackKeyFile) throw err;
        keyFile = readKeyFile(fallbackKeyFile);
      }
      const dataKey = await unwrap(keyFile, 'password', password);
      if (!dataKey) {
        this.recordFailure();
        throw new AppError('WRONG_PASSWORD');
      }
      try {
        await work(paths, dataKey);
        this.lastFailuresBeforeUnlock = this.readAttempts().failures;
        const vault = await openVaultWithKey(this.dataDir, Buffer.from(dataKey), this.opts.migrations);
        return await this.afterOpen(vault, 'vault.unlock_after_restore');
      } finally {
        dataKey.fill(0);
      }
    });
  }

  get latestKnownMigration(): number {
    return this.opts.migrations.length - 1;
  }

  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return this.serial(async () => {
      const vault = this.requireVault();
      this.guardAttempt();
      try {
        await vault.changePassword(currentPassword, newPassword);
      } catch (err) {
        if (err instanceof AppError && err.code === 'WRONG_PASSWORD') {
          this.recordFailure('vault.password_change_failed');
          await recordAudit(vault.db, 'vault.password_change_failed').catch(() => undefined);
        }
        throw err;
      }
      this.writeAttempts({ ...this.readAttempts(), failures: 0, lastFailureAt: 0 });
      await recordAudit(vault.db, 'vault.password_changed');
    });
  }

  lock(reason: 'manual' | 'idle' | 'shutdown' = 'manual'): Promise<VaultStatus> {
    return this.serial(() => this.lockNow(reason));
  }

  private async lockNow(reason: 'manual' | 'idle' | 'shutdown'): Promise<VaultStatus> {
    const vault = this.vault;
    if (!vault) return this.status();
    this.stopTimer();
    try {
      await recordAudit(vault.db, 'vault.lock', { reason });
      for (const l of this.lockListeners) await l(vault, reason);
    } finally {
      this.vault = null;
      vault.close();
      logEvent('vault.lock', { reason });
      // Locking the demo closes it, so the unlock screen that follows is the coordinator's own vault's.
      if (this.current === 'demo') {
        this.demo = false;
        this.moveTo(this.restingState());
      } else this.moveTo('locked');
    }
    return this.status();
  }

  setAutoLockSeconds(seconds: number): void {
    this.autoLockSeconds = seconds;
  }

  /** Checks idleness; exposed so tests can drive the clock instead of waiting. */
  async checkIdle(): Promise<boolean> {
    if (this.vault && this.now() - this.lastActivity >= this.autoLockSeconds * 1000) {
      await this.lock('idle');
      return true;
    }
    return false;
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = setInterval(() => void this.checkIdle(), 5000);
    this.timer.unref();
  }
  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async shutdown(): Promise<void> {
    await this.lock('shutdown');
  }
}
