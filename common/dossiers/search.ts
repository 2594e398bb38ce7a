import { normaliseBsn } from '../bsn.js';

/**
 * Search that forgives case, accents and tussenvoegsels. A dossier's searchable text is computed once
 * (on every save) by dossierSearchText and stored in its own column; a query is cut into tokens by
 * searchTokens, and a dossier matches when every token occurs in that text.
 */
export const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'ten',
  'ter',
  'te',
  't',
  'het',
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'vd',
  'v',
  'd',
  'l',
  'el',
  'al',
  'von',
  'zu',
  'aan',
  'uit',
  'onder',
  'over',
  'bij',
  'tot',
  'voor',
  'des',
  'dos',
]);

/** Lower case, accents removed, everything but letters and digits turned into single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface SearchableDossier {
  achternaam: string;
  tussenvoegsel: string;
  voornamen: string;
  roepnaam: string;
  bsn: string | null;
  institution: string;
}

export function dossierSearchText(d: SearchableDossier): string {
  const last = foldText(d.achternaam);
  const prefix = foldText(d.tussenvoegsel);
  // "Vandenberg" and "van den Berg" are both typed for the same person: keep a joined form too.
  const joined = `${prefix}${last}`.replace(/ /g, '');
  return [foldText(d.voornamen), foldText(d.roepnaam), prefix, last, joined, d.bsn ?? '', foldText(d.institution)].filter(Boolean).join(' ');
}

/** The key the list sorts "by name" on: surname first, the tussenvoegsel ignored, as Dutch registers do. */
export function dossierSortName(d: Pick<SearchableDossier, 'achternaam' | 'voornamen'>): string {
  return `${foldText(d.achternaam)} ${foldText(d.voornamen)}`.trim();
}

/** Query tokens; tussenvoegsels are dropped unless the query holds nothing else. */
export function searchTokens(query: string): string[] {
  const trimmed = query.trim();
  // A BSN typed with dots or spaces ("1234.56.782") is one token.
  if (/^[\d\s.-]{8,}$/.test(trimmed)) return [normaliseBsn(trimmed)];
  const all = foldText(trimmed).split(' ').filter(Boolean);
  const meaningful = all.filter((t) => !TUSSENVOEGSELS.has(t));
  return meaningful.length > 0 ? meaningful : all;
}

export function matchesSearch(searchText: string, tokens: readonly string[]): boolean {
  return tokens.every((t) => searchText.includes(t));
}
