import { TUSSENVOEGSELS } from '../dossiers/search.js';

/**
 * How a person's name is written, in one place for the screens and the documents alike (see
 * docs/domain/names.md):
 * - lists and tables, as the BRP writes them: surname, initials, tussenvoegsel after ("Kraaijeveld, J.H. van der");
 * - letters, when the form of address is known: "de heer J.H. van der Kraaijeveld" / "mevrouw …";
 * - running text: the full name ("Jan Hendrik van der Kraaijeveld").
 * A tussenvoegsel starts with a capital when no first name or initial stands before it ("Van der Kraaijeveld").
 */

/** The form of address (aanhef) of a person; 'onbekend' writes letters gender-neutrally. */
export const AANHEF_VALUES = ['onbekend', 'heer', 'mevrouw'] as const;
export type Aanhef = (typeof AANHEF_VALUES)[number];
export const AANHEF_LABELS: Record<Aanhef, string> = { onbekend: 'Onbekend (neutraal)', heer: 'De heer', mevrouw: 'Mevrouw' };

export interface PersonName {
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  /** An Aanhef; other values (a row read from storage) count as 'onbekend'. */
  aanhef?: Aanhef | string | null;
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Upper-cases the first letter; the Dutch "ij" at the start of a word becomes "IJ" together. */
export function capitaliseFirst(s: string): string {
  if (/^ij/i.test(s)) return `IJ${s.slice(2)}`;
  return s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);
}

function initialOf(word: string): string {
  const w = word.replace(/^[^\p{L}]+/u, '');
  if (!w) return '';
  // IJ is one letter in Dutch: "IJsbrand" → "IJ.", also written as the single ligature "Ĳ".
  if (/^ij/i.test(w)) return 'IJ.';
  return `${w.charAt(0).toLocaleUpperCase('nl')}.`;
}

/**
 * Initials of the first names: "Jan Hendrik" → "J.H.", "Jan-Willem" → "J.W.", "IJsbrand" → "IJ.".
 * Names already typed as initials ("J.H." or "J H") keep their letters.
 */
export function initials(voornamen: string): string {
  return clean(voornamen)
    .split(/[\s.\-–]+/)
    .filter(Boolean)
    .map(initialOf)
    .join('');
}

/** "van der Kraaijeveld", or "Van der Kraaijeveld" at the start of a name. */
export function surname(p: Pick<PersonName, 'tussenvoegsel' | 'achternaam'>, opts: { starts?: boolean } = {}): string {
  const prefix = clean(p.tussenvoegsel);
  const last = clean(p.achternaam);
  const joined = [prefix, last].filter(Boolean).join(' ');
  return opts.starts ? capitaliseFirst(joined) : joined;
}

/** Lists and tables (BRP style): "Kraaijeveld, J.H. van der"; without first names "Kraaijeveld, van der". */
export function listName(p: PersonName): string {
  const last = clean(p.achternaam);
  const rest = [initials(p.voornamen), clean(p.tussenvoegsel)].filter(Boolean).join(' ');
  if (!last) return rest;
  return rest ? `${last}, ${rest}` : last;
}

/** Running text: "Jan Hendrik van der Kraaijeveld"; without first names "Van der Kraaijeveld". */
export function fullName(p: PersonName): string {
  const firsts = clean(p.voornamen);
  return firsts ? [firsts, surname(p)].filter(Boolean).join(' ') : surname(p, { starts: true });
}

/** Initials and surname, for a reference that should say little: "J.H. van der Kraaijeveld". */
export function initialsName(p: PersonName): string {
  const ini = initials(p.voornamen);
  return ini ? [ini, surname(p)].filter(Boolean).join(' ') : surname(p, { starts: true });
}

const ADDRESS_WORDS: Record<Exclude<Aanhef, 'onbekend'>, string> = { heer: 'de heer', mevrouw: 'mevrouw' };

/**
 * Letters: "de heer J.H. van der Kraaijeveld" / "mevrouw J.H. van der Kraaijeveld" when the form of
 * address is known ("de heer Van der Kraaijeveld" without first names); otherwise the full name.
 */
export function letterName(p: PersonName): string {
  if (p.aanhef !== 'heer' && p.aanhef !== 'mevrouw') return fullName(p);
  const ini = initials(p.voornamen);
  const name = ini ? `${ini} ${surname(p)}` : surname(p, { starts: true });
  return `${ADDRESS_WORDS[p.aanhef]} ${name}`.trim();
}

/** The salutation of a letter: "Geachte heer Van der Kraaijeveld,", "Geachte mevrouw Testmans," or "Geachte heer, mevrouw,". */
export function salutation(p: { aanhef?: Aanhef | null; surname: string } | null): string {
  const name = clean(p?.surname);
  if (!p || !name || !p.aanhef || p.aanhef === 'onbekend') return 'Geachte heer, mevrouw,';
  return `Geachte ${p.aanhef === 'heer' ? 'heer' : 'mevrouw'} ${capitaliseFirst(name)},`;
}

const LEADING_ADDRESS: [RegExp, Exclude<Aanhef, 'onbekend'>][] = [
  [/^(mevrouw|mevr\.?|mw\.?)\s+/i, 'mevrouw'],
  [/^(de\s+heer|heer|dhr\.?|hr\.?)\s+/i, 'heer'],
];

/**
 * Reads a typed "t.a.v." line such as "mevrouw I. Testmans", "de heer J. van der Berg" or "dhr. Jansen":
 * the form of address and the surname to address the person by. Returns aanhef 'onbekend' when the line
 * does not start with a form of address (a role, a department, a bare name).
 */
export function parseAttention(line: string): { aanhef: Aanhef; surname: string } {
  let rest = clean(line);
  let aanhef: Aanhef = 'onbekend';
  for (const [re, value] of LEADING_ADDRESS) {
    if (re.test(rest)) {
      aanhef = value;
      rest = rest.replace(re, '');
      break;
    }
  }
  // Initials ("I.", "J.H.", "IJ.") say nothing about the surname.
  const words = rest.split(' ').filter((w) => w && !/^(\p{L}{1,2}\.)+$/u.test(w));
  if (words.length === 0) return { aanhef: 'onbekend', surname: '' };
  // The surname starts at its tussenvoegsel, or is the last word ("Inés Testmans" → "Testmans").
  const prefixAt = words.findIndex((w) => TUSSENVOEGSELS.has(w.toLowerCase().replace(/['’]/g, '')));
  const name = prefixAt >= 0 && prefixAt < words.length - 1 ? words.slice(prefixAt).join(' ') : words[words.length - 1]!;
  return { aanhef, surname: capitaliseFirst(name) };
}
