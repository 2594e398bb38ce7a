/**
 * Dutch euro amounts: `€ 1.234,56` (point for thousands, comma for cents, a plain space after the sign).
 * Built by hand rather than with Intl so PDFs and CSVs do not depend on the ICU data or its no-break space.
 * Amounts are whole cents: money never goes through binary fractions.
 */
export function formatEuroCents(cents: number): string {
  if (!Number.isFinite(cents)) return '';
  const whole = Math.round(cents);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const euros = Math.floor(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${sign}${grouped},${rest}`;
}
