/**
 * Growing delay after failed unlock attempts: the first three are free (typos happen),
 * then 5 s, 10 s, 20 s, ... capped at 5 minutes. Counted per data folder and kept across restarts.
 */
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

export function unlockDelaySeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, 5 * 2 ** (consecutiveFailures - FREE_ATTEMPTS));
}
