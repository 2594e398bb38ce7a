/**
 * A readability check for texts written for clients at language level B1 (docs/domain/aftercare.md): short
 * sentences, short words, no jargon, and the Flesch-Douma reading ease (the Dutch adaptation of Flesch). Used by
 * the tests on the fixed texts of the release sheet; pure, so any text for clients can be checked the same way.
 */
export interface PlainLanguageRules {
  maxSentenceWords: number;
  maxWordLetters: number;
  /** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence; higher is easier. */
  minDouma: number;
  /** Words a text for clients must never use (lower case; also found inside longer words). */
  forbidden: readonly string[];
}

export const B1_RULES: PlainLanguageRules = {
  maxSentenceWords: 15,
  maxWordLetters: 15,
  minDouma: 60,
  forbidden: [
    'basisvoorwaarden',
    'basisvoorwaarde',
    'reclasseringstoezicht',
    'leefgebied',
    'nazorg',
    'ex-gedetineerde',
    'detentie',
    'casemanager',
    'ketenpartner',
    'regie',
    'toedeling',
    'zelfredzaam',
    'interventie',
    'traject',
    'dienen',
    'middels',
    'conform',
  ],
};

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [];
}

/** Dutch syllables, counted as groups of vowels ("ij" and "ui" are one sound); good enough for a reading-ease figure. */
export function syllables(word: string): number {
  const groups = word
    .toLowerCase()
    .replace(/ij/g, 'e')
    .match(/[aeiouyàáâäèéêëïíîóôöúûü]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export function doumaScore(text: string): number {
  const ws = words(text);
  const ss = sentences(text);
  if (ws.length === 0 || ss.length === 0) return 100;
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  return 206.84 - 0.77 * ((syl / ws.length) * 100) - 0.93 * (ws.length / ss.length);
}

export const SCORE_MIN_WORDS = 20;

/** What in the text breaks the rules, one line each; empty when the text is fine. */
export function plainLanguageProblems(text: string, rules: PlainLanguageRules = B1_RULES): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    const n = words(s).length;
    if (n > rules.maxSentenceWords) out.push(`Zin van ${n} woorden: "${s}"`);
  }
  for (const w of words(text)) if (w.replace(/[-'’]/g, '').length > rules.maxWordLetters) out.push(`Lang woord: "${w}"`);
  const lower = text.toLowerCase();
  for (const f of rules.forbidden) if (lower.includes(f)) out.push(`Verboden woord: "${f}"`);
  // A reading-ease figure needs a running text; on a heading or a label of two words it says nothing.
  const score = doumaScore(text);
  if (words(text).length >= SCORE_MIN_WORDS && score < rules.minDouma) out.push(`Leesgemak ${score.toFixed(0)} (minimaal ${rules.minDouma})`);
  return out;
}
