import { DUTCH_WORDS } from './wordlist-nl.js';

/** Six words from a list of ~2,200: about 66 bits, read aloud by phone in under a minute. */
export const PASSPHRASE_WORDS = 6;
export const PASSPHRASE_MIN_CHARS = 12;

export function passphraseEntropyBits(words = PASSPHRASE_WORDS, listSize = DUTCH_WORDS.length): number {
  return words * Math.log2(listSize);
}

/**
 * Proposes a passphrase. `randomIndex(n)` must be a cryptographically secure uniform integer in [0, n):
 * node:crypto randomInt on the main side. Injected so this rule stays pure.
 */
export function proposePassphrase(randomIndex: (n: number) => number, words = PASSPHRASE_WORDS): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(DUTCH_WORDS[randomIndex(DUTCH_WORDS.length)]!);
  return out.join(' ');
}

/**
 * What is typed after a phone call varies in case, spacing and separators; the key is derived from this
 * normal form so "Fiets-Regen  lamp" and "fiets regen lamp" open the same file.
 */
export function normalisePassphrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.,;:+]+/g, ' ')
    .trim();
}
