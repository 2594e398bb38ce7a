/**
 * Small-number protection for aggregate figures (Resultaten screen, council PDF, CSV).
 *
 * In a town of a few thousand households "1 client released without housing" names a person, so every
 * published figure passes through here, and the screen, the PDF and the CSV format the same decision.
 * The rules (explained to the coordinator in docs/domain/results.md):
 * - a count of 1 to 4 is shown as "< 5"; 0 and counts of 5 or more are shown as they are;
 * - a share is withheld when it is taken over fewer than 10 people;
 * - a share whose numerator (or the rest: denominator minus numerator) is 1 to 4 would give that small count back
 *   when read against the shown denominator, so it is shown only as a bound ("< 30%" or "> 70%").
 */

export const SMALL_COUNT_LIMIT = 5;
export const SMALL_BASE_LIMIT = 10;

export type DisclosedCount = { readonly kind: 'count'; readonly value: number } | { readonly kind: 'small' };

export type DisclosedShare =
  | { readonly kind: 'share'; readonly percent: number }
  | { readonly kind: 'below'; readonly percent: number }
  | { readonly kind: 'above'; readonly percent: number }
  | { readonly kind: 'withheld' };

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0`);
}

function isSmall(n: number): boolean {
  return n > 0 && n < SMALL_COUNT_LIMIT;
}

export function discloseCount(n: number): DisclosedCount {
  assertCount(n, 'count');
  return isSmall(n) ? { kind: 'small' } : { kind: 'count', value: n };
}

/** Percentages are whole numbers: one decimal over a few dozen people suggests a precision that is not there. */
export function discloseShare(numerator: number, denominator: number): DisclosedShare {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (numerator > denominator) throw new RangeError('numerator exceeds denominator');
  if (denominator < SMALL_BASE_LIMIT) return { kind: 'withheld' };
  // The bound is what any numerator below the limit could give, so it reveals nothing the "< 5" count does not.
  const bound = Math.ceil((SMALL_COUNT_LIMIT * 100) / denominator);
  if (isSmall(numerator)) return { kind: 'below', percent: bound };
  if (isSmall(denominator - numerator)) return { kind: 'above', percent: 100 - bound };
  return { kind: 'share', percent: Math.round((numerator * 100) / denominator) };
}

export type DisclosureLanguage = 'nl' | 'en';

const WITHHELD: Record<DisclosureLanguage, string> = { nl: 'te weinig om te tonen', en: 'too few to show' };

export function formatCount(d: DisclosedCount): string {
  return d.kind === 'small' ? `< ${SMALL_COUNT_LIMIT}` : String(d.value);
}

export function formatShare(d: DisclosedShare, language: DisclosureLanguage = 'nl'): string {
  switch (d.kind) {
    case 'withheld':
      return WITHHELD[language];
    case 'below':
      return `< ${d.percent}%`;
    case 'above':
      return `> ${d.percent}%`;
    case 'share':
      return `${d.percent}%`;
  }
}

/**
 * A number of days summing up a group (a median, a quartile): over fewer than 10 values it is withheld, because
 * the median of two or three actions is close to each of them and so tells one partner's or one client's day.
 */
export type DisclosedDays = { readonly kind: 'days'; readonly value: number } | { readonly kind: 'withheld' };

export function discloseDays(value: number | null, base: number): DisclosedDays {
  assertCount(base, 'base');
  if (value === null || base < SMALL_BASE_LIMIT) return { kind: 'withheld' };
  return { kind: 'days', value };
}

export function formatDays(d: DisclosedDays, language: DisclosureLanguage = 'nl'): string {
  return d.kind === 'withheld' ? WITHHELD[language] : String(d.value);
}
