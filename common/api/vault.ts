import { z } from 'zod';
import { method, prefixed } from './define.js';
import { passwordSchema, recoveryCodeSchema } from '../password.js';
import { msg } from '../messages/index.js';

/** What the renderer is told (common/vault-states.ts has the main side's fuller set); 'damaged' is locked with damage found. */
export type VaultState = 'no-vault' | 'setup-pending' | 'locked' | 'damaged' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** Seconds of inactivity after which the vault locks itself. */
  autoLockSeconds: number;
  /** When repeated failures impose a wait: seconds left before the next attempt is accepted. */
  retryAfterSeconds: number;
  /** 'electron' or 'web': the UI words a few things differently. */
  shell: 'electron' | 'web';
  appVersion: string;
  /** The demo vault (synthetic data only) is open instead of the coordinator's own. */
  demo: boolean;
}

export const vaultArea = {
  status: method<VaultStatus>()(z.object({}), { passive: true, whenLocked: true }),
  /** Step 1 of set-up: choose a password; the recovery code is generated and held in memory, nothing is written yet. */
  beginSetup: method<{ recoveryCode: string }>()(
    z
      .object({ password: passwordSchema, repeat: z.string() })
      .refine((v) => v.password === v.repeat, { message: msg('passwordsDoNotMatch'), path: ['repeat'] }),
    { whenLocked: true },
  ),
  /** Step 2: the coordinator proves they wrote the code down by typing its last group; only then is the vault created. */
  completeSetup: method<VaultStatus>()(z.object({ lastGroup: z.string().min(1, msg('enterLastGroupRecoveryCode')) }), {
    whenLocked: true,
  }),
  cancelSetup: method<VaultStatus>()(z.object({}), { whenLocked: true }),
  unlock: method<VaultStatus>()(z.object({ password: z.string().min(1, msg('enterYourPassword')) }), { whenLocked: true }),
  unlockWithRecovery: method<VaultStatus>()(
    z
      .object({ recoveryCode: recoveryCodeSchema, newPassword: passwordSchema, repeat: z.string() })
      .refine((v) => v.newPassword === v.repeat, { message: msg('passwordsDoNotMatch'), path: ['repeat'] }),
    { whenLocked: true },
  ),
  changePassword: method<{ ok: true }>()(
    z
      .object({ currentPassword: z.string().min(1, msg('enterYourCurrentPassword')), newPassword: passwordSchema, repeat: z.string() })
      .refine((v) => v.newPassword === v.repeat, { message: msg('passwordsDoNotMatch'), path: ['repeat'] }),
  ),
  lock: method<VaultStatus>()(z.object({}), { whenLocked: true }),
  /** Try everything on a separate vault of fictional data; the coordinator's own vault stays locked. */
  openDemo: method<VaultStatus>()(z.object({}), { whenLocked: true }),
  closeDemo: method<VaultStatus>()(z.object({}), { whenLocked: true }),
} as const;

export const sessionArea = {
  /** The renderer reports keyboard/mouse activity so the main side can postpone auto-lock. */
  activity: method<{ ok: true }>()(z.object({})),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const vaultMethods = { ...prefixed('vault', vaultArea), ...prefixed('session', sessionArea) };
