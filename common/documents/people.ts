import type { ClientHeader } from './view-models.js';

/** "Testje van Fictiefsma": first names, prefix and surname as a Dutch letter writes them. */
export function fullName(c: Pick<ClientHeader, 'voornamen' | 'tussenvoegsel' | 'achternaam'>): string {
  return [c.voornamen, c.tussenvoegsel, c.achternaam]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/** "van Fictiefsma": surname with its prefix. */
export function surname(c: Pick<ClientHeader, 'tussenvoegsel' | 'achternaam'>): string {
  return [c.tussenvoegsel, c.achternaam]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

function initial(word: string): string {
  const ch = word.trim().charAt(0);
  return ch ? `${ch.toLocaleUpperCase('nl')}.` : '';
}

/**
 * For partners who may not see everything: initials of the first names and of the surname (prefixes
 * left out, they identify little and read oddly), plus the year of birth. "T.F. (1985)".
 */
export function pseudonym(c: Pick<ClientHeader, 'voornamen' | 'achternaam' | 'geboortedatum'>): string {
  const firsts = c.voornamen.split(/\s+/).filter(Boolean).map(initial).join('');
  const last = c.achternaam
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 1)
    .map(initial)
    .join('');
  const year = c.geboortedatum && /^\d{4}/.test(c.geboortedatum) ? c.geboortedatum.slice(0, 4) : '';
  const letters = `${firsts}${last}` || '?';
  return year ? `${letters} (${year})` : letters;
}

export function clientLabel(c: ClientHeader, pseudonymise: boolean): string {
  return pseudonymise ? pseudonym(c) : fullName(c);
}
