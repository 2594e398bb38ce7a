/**
 * BSN (burgerservicenummer) rules: 9 digits passing the 11-proef
 * (weights 9..2 and -1 for the last digit; the sum must be divisible by 11).
 * The one place for this rule: UI validation, zod schemas, storage and fixtures all call it.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

export function normaliseBsn(raw: string): string {
  // People type BSNs with dots or spaces (123.456.782); 8-digit numbers are valid with a leading zero.
  const digits = raw.replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(digits) ? `0${digits}` : digits;
}

export function elevenProofSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum;
}

export function isValidBsn(raw: string): boolean {
  const bsn = normaliseBsn(raw);
  if (!/^\d{9}$/.test(bsn)) return false;
  if (bsn === '000000000') return false;
  return elevenProofSum(bsn) % 11 === 0;
}

/** Display form used in the UI and documents: 1234.56.789 is common, but plain 9 digits is the official form. */
export function formatBsn(raw: string): string {
  return normaliseBsn(raw);
}
