/**
 * Removes characters that show nothing but change how a text reads: control characters (Cc), format
 * characters (Cf: bidi overrides and isolates, zero-width spaces and joiners, soft hyphens, byte-order marks)
 * and line or paragraph separators. A right-to-left override in a file name makes "rapport<RLO>fdp.exe" read
 * as "rapportexe.pdf" in every list; without these characters a name reads as it is.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function withoutControlCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}
