import { SALUTATIONS, TUSSENVOEGSELS } from './rules.js';

/** One part of a split name, with its place inside the name string (so the source can be highlighted per part). */
export interface NamePart {
  value: string;
  start: number;
  end: number;
}
export interface SplitName {
  voornamen?: NamePart;
  tussenvoegsel?: NamePart;
  achternaam?: NamePart;
  /** Only initials were given (J.P.), not the first names themselves. */
  initialsOnly: boolean;
}

const isUpperWord = (w: string) => /\p{Lu}/u.test(w) && w === w.toUpperCase() && /\p{L}{2,}/u.test(w);

/** "DE VRIES" from a portal becomes "Vries" with "de"; a surname in capitals is written as a name. */
export function nameCase(word: string): string {
  if (!isUpperWord(word)) return word;
  return word.toLowerCase().replace(/(^|[-\s'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

interface Token {
  text: string;
  start: number;
  end: number;
}
function tokens(s: string): Token[] {
  return [...s.matchAll(/[^\s,]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const INITIALS = /^(\p{Lu}\.){1,6}$|^(\p{Lu}\.)*\p{Lu}\.?$|^(\p{Lu}\.){1,5}(\p{Lu}[\p{Ll}]\.)$/u;
const isInitials = (w: string) => INITIALS.test(w) || /^(\p{Lu}\.)+\p{Lu}\p{Ll}?\.?$/u.test(w);

/** The longest particle at token i (case-insensitive), with how many tokens it takes. */
function particleAt(ts: Token[], i: number): number {
  for (const p of TUSSENVOEGSELS) {
    const words = p.split(' ');
    if (i + words.length > ts.length) continue;
    if (words.every((w, k) => ts[i + k]!.text.toLowerCase().replace(/[’`]/g, "'") === w)) return words.length;
  }
  return 0;
}

function part(src: string, ts: Token[], from: number, to: number, offset: number, map?: (s: string) => string): NamePart | undefined {
  if (to <= from) return undefined;
  const start = ts[from]!.start;
  const end = ts[to - 1]!.end;
  const raw = src.slice(start, end);
  return { value: map ? map(raw) : raw, start: start + offset, end: end + offset };
}

/**
 * Splits a written name into first names, tussenvoegsel and surname:
 * "Jan Pieter de Vries", "J.P. de Vries", "de heer J. van der Berg-de Graaf", "Van der Kraaijeveld",
 * and the BRP order "Kraaijeveld, J.H. van der" or "VRIES, Jan Pieter de". Double surnames joined by a hyphen
 * stay one surname. Offsets are added to `offset` so they point into the source text.
 */
export function splitName(raw: string, offset = 0): SplitName {
  let s = raw;
  let shift = 0;
  // Drop a salutation in front ("de heer", "mevrouw", "dhr.").
  for (const sal of SALUTATIONS) {
    const re = new RegExp(`^\\s*${sal.replace('.', '\\.')}(?=\\s)\\s*`, 'i');
    const m = re.exec(s);
    if (m) {
      shift += m[0].length;
      s = s.slice(m[0].length);
      break;
    }
  }
  const base = offset + shift;
  const comma = s.indexOf(',');
  if (comma > 0) {
    // BRP order: surname, first names or initials, then the particle.
    const surnameTs = tokens(s.slice(0, comma));
    const restStart = comma + 1;
    const restTs = tokens(s.slice(restStart)).map((t) => ({ ...t, start: t.start + restStart, end: t.end + restStart }));
    if (surnameTs.length > 0 && restTs.length > 0) {
      let cut = restTs.length;
      for (let i = 1; i < restTs.length; i++) {
        const n = particleAt(restTs, i);
        if (n > 0 && i + n === restTs.length) {
          cut = i;
          break;
        }
      }
      const lead = particleAt(surnameTs, 0);
      const voornamen = part(s, restTs, 0, cut, base, (v) => v.split(/\s+/).map(nameCase).join(' '));
      const tussen =
        cut < restTs.length
          ? part(s, restTs, cut, restTs.length, base, (v) => v.toLowerCase())
          : lead > 0
            ? part(s, surnameTs, 0, lead, base, (v) => v.toLowerCase())
            : undefined;
      const achternaam = part(s, surnameTs, lead, surnameTs.length, base, (v) => v.split(/\s+/).map(nameCase).join(' '));
      return { voornamen, tussenvoegsel: tussen, achternaam, initialsOnly: restTs.slice(0, cut).every((t) => isInitials(t.text)) };
    }
  }
  const ts = tokens(s);
  if (ts.length === 0) return { initialsOnly: false };
  // The first particle that is followed by at least one more word starts the surname; first names never contain one.
  let p = -1;
  let n = 0;
  for (let i = 0; i < ts.length - 1; i++) {
    n = particleAt(ts, i);
    if (n > 0 && i + n < ts.length) {
      p = i;
      break;
    }
  }
  let voorEnd: number;
  let surnameStart: number;
  if (p >= 0) {
    voorEnd = p;
    surnameStart = p + n;
  } else {
    voorEnd = ts.length - 1;
    surnameStart = ts.length - 1;
  }
  const voornamen = part(s, ts, 0, voorEnd, base, (v) => v.split(/\s+/).map(nameCase).join(' '));
  const tussenvoegsel = p >= 0 ? part(s, ts, p, p + n, base, (v) => v.toLowerCase()) : undefined;
  const achternaam = part(s, ts, surnameStart, ts.length, base, (v) => v.split(/\s+/).map(nameCase).join(' '));
  return { voornamen, tussenvoegsel, achternaam, initialsOnly: voorEnd > 0 && ts.slice(0, voorEnd).every((t) => isInitials(t.text)) };
}

/** True when a string looks like a person's name: two to six words, letters, starting with a capital or a particle. */
export function looksLikeName(s: string): boolean {
  const ts = s.trim().split(/\s+/);
  if (ts.length < 1 || ts.length > 7) return false;
  if (!ts.every((t) => /^[\p{L}.'’,-]+$/u.test(t))) return false;
  // Every word of a name is capitalised, initials, or a particle ("melding detentie Testmans" is not a name).
  const particle = (t: string) => TUSSENVOEGSELS.some((p) => p.split(' ').includes(t.toLowerCase().replace(/[’`]/g, "'")));
  if (!ts.every((t) => /^\p{Lu}/u.test(t) || particle(t))) return false;
  return ts.some((t) => /^\p{Lu}\p{L}/u.test(t));
}
