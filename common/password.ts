import { z } from 'zod';
import { msg } from './messages';

/** Password policy of the vault. A long passphrase beats a short complex password: easier to remember, harder to guess. */
export const PASSWORD_MIN_LENGTH = 12;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, msg('passwordTooShort', { count: PASSWORD_MIN_LENGTH }))
  .max(512, msg('passwordTooLongMost512'));

/**
 * Recovery code: 32 characters from Crockford's base32 alphabet in 8 groups of 4 (160 bits).
 * Shown once at set-up, to be printed or written down and kept in a safe.
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
export const RECOVERY_GROUP_LENGTH = 4;

export function normaliseRecoveryCode(raw: string): string {
  // Crockford: I and L read as 1, O as 0; spaces and dashes are only for readability.
  return raw.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function formatRecoveryCode(normalised: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += RECOVERY_GROUP_LENGTH) groups.push(normalised.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups.join('-');
}

export const recoveryCodeSchema = z
  .string()
  .transform(normaliseRecoveryCode)
  .refine(
    (s) => s.length === RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH && [...s].every((c) => RECOVERY_ALPHABET.includes(c)),
    msg('recoveryCodeShape', { groups: RECOVERY_GROUPS, size: RECOVERY_GROUP_LENGTH }),
  );
