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

/**
 * Reads an amount as a coordinator types it: Dutch style `12,50`, `1.234,56`, `€ 12,50` or whole euros `12`
 * (a point followed by exactly three digits groups thousands; a single comma or point before one or two digits
 * starts the cents). Returns whole cents, or null when the text is no amount.
 */
export function parseEuroCents(text: string): number | null {
  const t = text.replace(/€/g, '').replace(/\s/g, '');
  if (t === '') return null;
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const euros = Number(m[1]!.replace(/\./g, ''));
  const cents = m[2] === undefined ? 0 : Number(m[2].padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** An amount in cents as a coordinator types it back into a field: `12,50`, `1234,56` (no sign, no grouping). */
export function euroInputText(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${Math.floor(abs / 100)},${(abs % 100).toString().padStart(2, '0')}`;
}
