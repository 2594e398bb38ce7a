import { fullName, initials, listName, type PersonName } from '../people/names.js';
import type { ClientHeader } from './view-models.js';

export { fullName, letterName, listName, surname } from '../people/names.js';

/**
 * For partners who may not see everything: initials of the first names and of the surname (prefixes
 * left out, they identify little and read oddly), plus the year of birth. "T.F. (1985)".
 */
export function pseudonym(c: Pick<ClientHeader, 'voornamen' | 'achternaam' | 'geboortedatum'>): string {
  const firsts = initials(c.voornamen);
  const last = initials(c.achternaam.split(/[\s-]+/).filter(Boolean)[0] ?? '');
  const year = c.geboortedatum && /^\d{4}/.test(c.geboortedatum) ? c.geboortedatum.slice(0, 4) : '';
  const letters = `${firsts}${last}` || '?';
  return year ? `${letters} (${year})` : letters;
}

/**
 * How a document names the client: pseudonymised, or as a list or table writes a name ("Kraaijeveld,
 * J.H. van der") or as running text does (the full name).
 */
export function clientLabel(c: ClientHeader & PersonName, pseudonymise: boolean, form: 'list' | 'full' = 'full'): string {
  if (pseudonymise) return pseudonym(c);
  return form === 'list' ? listName(c) : fullName(c);
}
