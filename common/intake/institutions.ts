import { DEFAULT_INSTITUTIONS, RECLASSERING_ORGANISATIONS } from '../dossiers/institutions.js';
import { INSTITUTION_ALIASES, INSTITUTION_KINDS, RECLASSERING_ALIASES } from './rules.js';

export interface FoundName {
  value: string;
  start: number;
  end: number;
  /** The kind word (PI, Penitentiaire Inrichting, NIFP …) stood right before the place. */
  withKind: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Place names taken from the institutions list: "PI Rotterdam (De Schie)" gives "rotterdam" and "de schie". */
function placesOf(institution: string): string[] {
  const m = /^(?:PI|Justitieel Complex)\s+([^(]+?)\s*(?:\(([^)]+)\))?$/.exec(institution);
  if (!m) return [];
  return [m[1]!, m[2]].filter((x): x is string => !!x).map((x) => x.toLowerCase());
}

interface PlaceRule {
  place: string;
  institution: string;
  /** The place names several institutions (Rotterdam, Veenhuizen, Haaglanden): a sub-location is needed to be sure. */
  ambiguous: boolean;
}

function buildPlaces(list: readonly string[]): PlaceRule[] {
  const rules: PlaceRule[] = [];
  const count = new Map<string, number>();
  for (const inst of list) for (const p of placesOf(inst)) count.set(p, (count.get(p) ?? 0) + 1);
  for (const inst of list) for (const p of placesOf(inst)) rules.push({ place: p, institution: inst, ambiguous: (count.get(p) ?? 0) > 1 });
  for (const a of INSTITUTION_ALIASES) if (list.includes(a.institution)) rules.push({ place: a.alias, institution: a.institution, ambiguous: false });
  return rules.sort((a, b) => b.place.length - a.place.length);
}

const KIND = `(?:${[...INSTITUTION_KINDS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

/**
 * Institutions named in a text, matched to the list whatever the wording: "PI Vught", "P.I. Vught",
 * "Penitentiaire Inrichting Vught", "NIFP Vught", "PI Rotterdam locatie De Schie", "JC Schiphol".
 * A place alone (without a kind word) is found too but marked, because "Vught" may be an address.
 */
export function findInstitutions(text: string, list: readonly string[] = DEFAULT_INSTITUTIONS): FoundName[] {
  const out: FoundName[] = [];
  const places = buildPlaces(list);
  const lower = text.toLowerCase();
  for (const rule of places) {
    const re = new RegExp(`(?<![\\p{L}])(${KIND}[\\s.,-]+(?:\\p{L}+\\s+){0,2}?)?${escape(rule.place)}(?![\\p{L}])`, 'giu');
    for (const m of lower.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      let institution = rule.institution;
      let finalEnd = end;
      if (rule.ambiguous) {
        // "PI Rotterdam, locatie De Schie": look just after the place for the sub-location.
        const after = lower.slice(end, end + 40);
        const sub = places.find((r) => r.institution.startsWith(rule.institution.split(' (')[0]!) && !r.ambiguous && after.includes(r.place));
        if (!sub) continue;
        institution = sub.institution;
        finalEnd = end + after.indexOf(sub.place) + sub.place.length;
      }
      out.push({ value: institution, start, end: finalEnd, withKind: !!m[1] });
    }
  }
  for (const name of ['Penitentiair Psychiatrisch Centrum (PPC)', 'Forensisch Psychiatrisch Centrum (FPC)'].filter((n) => list.includes(n))) {
    const short = /\((\w+)\)/.exec(name)![1]!;
    const long = name.split(' (')[0]!;
    const re = new RegExp(`(?<![\\p{L}])(${escape(long)}|${short})(?![\\p{L}])(?!\\s+(?:vught|${places.map((p) => escape(p.place)).join('|')}))`, 'giu');
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
      out.push({ value: name, start: m.index, end: m.index + m[0].length, withKind: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reclassering organisations named in a text, matched to the three organisations. */
export function findReclassering(text: string, list: readonly string[] = RECLASSERING_ORGANISATIONS): FoundName[] {
  const out: FoundName[] = [];
  const aliases = [...RECLASSERING_ALIASES, ...list.map((o) => ({ alias: o.toLowerCase(), organisation: o }))].sort((a, b) => b.alias.length - a.alias.length);
  for (const a of aliases) {
    // Short forms (RN, SVG, LJ&R) only count in capitals, so "rn" inside a sentence is not taken.
    const short = a.alias.length <= 4;
    const re = new RegExp(`(?<![\\p{L}&])${escape(short ? a.alias.toUpperCase() : a.alias)}(?![\\p{L}&])`, short ? 'gu' : 'giu');
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
      out.push({ value: a.organisation, start: m.index, end: m.index + m[0].length, withKind: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
