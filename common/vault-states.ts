import { AppError, type ErrorCode } from './errors.js';
import type { VaultState } from './api/vault.js';

/**
 * The vault session's life on the main side (electron/main/session.ts owns it), as one set of states and the moves
 * between them. A move that is not in the table is a bug in the session, never the coordinator's doing.
 *
 * - no-vault       no vault in the data folder yet
 * - setup-pending  a password is chosen and the recovery code shown; nothing written until it is confirmed
 * - locked         a vault exists; its key is not in memory
 * - unlocking      a password or recovery code is being tried, or a new vault being created (the slow key derivation)
 * - unlocked       the coordinator's own vault is open
 * - demo           the separate demo vault (fictional data only) is open
 * - damaged        an unlock found the database or its key file damaged; nothing was changed
 * - replacing      the open vault's database file is being replaced (a restore); it opens again right after
 */
export const SESSION_STATES = ['no-vault', 'setup-pending', 'locked', 'unlocking', 'unlocked', 'demo', 'damaged', 'replacing'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** Where an unlock, a set-up or a failure can leave a session whose vault is closed. */
const CLOSED: readonly SessionState[] = ['no-vault', 'setup-pending', 'locked', 'damaged'];

export const SESSION_TRANSITIONS: { readonly [S in SessionState]: readonly SessionState[] } = {
  'no-vault': ['setup-pending', 'unlocking'],
  // Set-up again (a reload), cancel or expire, or the confirmed code creates the vault.
  'setup-pending': ['setup-pending', 'no-vault', 'unlocking'],
  locked: ['unlocking'],
  // The open vault, or back to a closed state: wrong password, damage found, creation failed.
  unlocking: ['unlocked', 'demo', ...CLOSED],
  // Locking (on demand, by the idle timer, at shutdown), a restore, or the demo replacing it.
  unlocked: ['locked', 'replacing'],
  // Closing or locking the demo returns to the coordinator's own vault, which is then closed (or not set up).
  demo: ['no-vault', 'locked', 'replacing'],
  // Another unlock (the repair path too), or the demo; the damage stays where it is.
  damaged: ['unlocking'],
  // A restore ends with the vault open again in the same role; closed only when the file will not open again.
  replacing: ['unlocked', 'demo', ...CLOSED],
};

/** The move `from` → `to`, or an internal error when the table does not allow it. */
export function nextSessionState(from: SessionState, to: SessionState): SessionState {
  if (!SESSION_TRANSITIONS[from].includes(to)) throw new AppError('INTERNAL', undefined, { transition: `${from} -> ${to}` });
  return to;
}

/** The state the renderer sees: it needs to know which screen to show, not what the main side is doing meanwhile. */
export function publicVaultState(state: SessionState): VaultState {
  switch (state) {
    case 'unlocking':
      return 'locked';
    case 'demo':
    case 'replacing':
      return 'unlocked';
    default:
      return state;
  }
}

/** The unlock errors that mean damage to the vault's files (the password itself was right). */
export const VAULT_DAMAGE_CODES: readonly ErrorCode[] = ['VAULT_INTEGRITY', 'VAULT_CORRUPT', 'KEYFILE_CORRUPT'];
