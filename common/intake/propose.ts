import { normaliseBsn, isValidBsn } from '../bsn.js';
import { DEFAULT_INSTITUTIONS } from '../dossiers/institutions.js';
import { localTodayIso } from '../calendar.js';
import { dossierConsistencyErrors, dossierFieldsObject } from '../dossiers/schema.js';
import { contactFieldsSchema } from '../dossiers/schema.js';
import { findDates, type DateKind } from './dates.js';
import { findInstitutions, findReclassering } from './institutions.js';
import { looksLikeName, nameCase, splitName, type SplitName } from './names.js';
import {
  CERTAIN_FROM,
  FROM_LABELS,
  INTAKE_FIELDS,
  LABELS,
  NAME_STOP_WORDS,
  NO_WORDS,
  SALUTATIONS,
  SUBJECT_CUES,
  TUSSENVOEGSELS,
  YES_WORDS,
  type IntakeField,
  type LabelTarget,
} from './rules.js';
import { cells, markNoise, signatureStart, splitLines, type Cell, type Line } from './text.js';
import { msg } from '../messages/index.js';

/** How a value was found: after a label, in a table under a header, in running text, or guessed without context. */
export type ProposalVia = 'label' | 'table' | 'text' | 'signature' | 'guess';

export interface FieldProposal {
  field: IntakeField;
  /** The value for the form: ISO dates, a 9-digit BSN, an institution from the list, 'ja'/'nee' for supervision. */
  value: string;
  /** Character offsets of the snippet in the source text, for highlighting. */
  start: number;
  end: number;
  snippet: string;
  /** 0..1; `certain` is confidence >= CERTAIN_FROM and no rule objected. */
  confidence: number;
  certain: boolean;
  via: ProposalVia;
  /** Why the coordinator should look (Dutch): a failed rule, several different values, or a guess. */
  problem?: string;
}

export interface IntakeProposals {
  fields: Partial<Record<IntakeField, FieldProposal>>;
  /** Other values seen for a field, best first (for a choice in the UI). */
  alternatives: Partial<Record<IntakeField, FieldProposal[]>>;
}

export interface ProposeOptions {
  today?: string;
  institutions?: readonly string[];
}

interface Candidate {
  field: IntakeField;
  value: string;
  start: number;
  end: number;
  confidence: number;
  via: ProposalVia;
  problem?: string;
}

const PROBLEM = {
  initials: msg('onlyInitialsFoundAddFirst'),
  conflict: msg('textGivesDifferentValuesCheck'),
  guess: msg('foundWithoutClearLabelCheck'),
  shortYear: msg('twoDigitYearCheckCentury'),
  ocr: msg('monthReadDoubtCheckDate'),
  unknownInstitution: msg('institutionNotListCheckName'),
  manyRows: msg('tableListsThanOnePerson'),
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A label as compared: lower case, no accents, no trailing colon or dots, single spaces. */
export function labelKey(s: string): string {
  return norm(s)
    .replace(/[:=]+$/, '')
    .replace(/\s*\.\s*$/, '')
    .trim();
}

const LABEL_INDEX: Map<string, { target: LabelTarget; confidence: number }> = (() => {
  const m = new Map<string, { target: LabelTarget; confidence: number }>();
  for (const g of LABELS) for (const l of g.labels) if (!m.has(labelKey(l))) m.set(labelKey(l), { target: g.target, confidence: g.confidence });
  return m;
})();
const lookupLabel = (s: string) => LABEL_INDEX.get(labelKey(s));

const PHONE = /(?<![\d+])(?:\+31|0031)[ -]?(?:\(0\) ?)?[1-9](?:[ -]?\d){8}(?!\d)|(?<![\d+\-/.])\(?0[1-9]\d{0,3}\)?(?:[ -]?\d){6,8}(?![\d])/g;
/** "02-09-2026" has ten digits too: a date is never a phone number. */
const DATE_LIKE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
/** An address may be wrapped after a hyphen or dot at the end of a line in a PDF ("a.b@pi-\nvoorbeeld.example"). */
const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+(?:(?<=[-.])\n[\p{L}0-9.-]+)?\.[a-z]{2,}/giu;
const BSN_DIGITS = /(?<![\d.])\d{2,4}[.\s]?\d{2,3}[.\s]?\d{2,4}(?![\d])/g;

function phoneDigits(s: string): string {
  return s.replace(/\D/g, '').replace(/^0031/, '0').replace(/^31/, '0');
}

/** Cleans a phone found in text to what the form accepts (digits, spaces, +, -, brackets). */
function cleanPhone(s: string): string {
  return s.trim();
}

/** The name part of a labelled value: stops before ", geboren", "(", a date, "BSN" or a phone number. */
function nameSpan(value: string): { text: string; start: number } {
  let s = value;
  const start = s.length - s.trimStart().length;
  s = s.trim();
  const stops = [
    /\s*\((?!\s*\w{1,3}\s*\))/,
    /,\s*(geb|geboren|bsn|tel|telefoon|e-?mail|pi\b|casemanager)/i,
    /\s+(geb\.|geboren|bsn)\b/i,
    /\s+\d/,
    /\s+[-–|]\s+/,
    /\s{2,}|\t/,
  ];
  let cut = s.length;
  for (const re of stops) {
    const m = re.exec(s);
    if (m && m.index < cut) cut = m.index;
  }
  // Trailing punctuation goes, except the dot of a final initial ("Vries, J.P.").
  const head = s.slice(0, cut);
  const trail = /[,;.]+$/.exec(head);
  const keepDot = trail && trail[0].startsWith('.') && /\p{Lu}$/u.test(head.slice(0, trail.index));
  return { text: trail ? head.slice(0, trail.index) + (keepDot ? '.' : '') : head, start };
}

function dropSalutation(s: string): { text: string; shift: number } {
  for (const sal of SALUTATIONS) {
    const re = new RegExp(`^\\s*${sal.replace('.', '\\.')}(?=\\s)\\s*`, 'i');
    const m = re.exec(s);
    if (m) return { text: s.slice(m[0].length), shift: m[0].length };
  }
  return { text: s, shift: 0 };
}

export function proposeFields(text: string, opts: ProposeOptions = {}): IntakeProposals {
  const today = opts.today ?? localTodayIso();
  const institutions = opts.institutions ?? DEFAULT_INSTITUTIONS;
  const lines = markNoise(splitLines(text));
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (c.value.trim() !== '') candidates.push(c);
  };
  // The same text with noise blanked out (same length, so offsets stay those of the source).
  const chars = text.split('');
  for (const l of lines) if (l.noise) for (let k = l.start; k < l.end; k++) chars[k] = ' ';
  const clean = chars.join('');

  const usedRanges: [number, number][] = [];
  const used = (s: number, e: number) => usedRanges.some(([a, b]) => s < b && e > a);

  function addName(split: SplitName, confidence: number, via: ProposalVia) {
    if (!split.achternaam) return;
    add({ field: 'achternaam', value: split.achternaam.value, start: split.achternaam.start, end: split.achternaam.end, confidence, via });
    if (split.tussenvoegsel)
      add({ field: 'tussenvoegsel', value: split.tussenvoegsel.value, start: split.tussenvoegsel.start, end: split.tussenvoegsel.end, confidence, via });
    if (split.voornamen)
      add({
        field: 'voornamen',
        value: split.voornamen.value,
        start: split.voornamen.start,
        end: split.voornamen.end,
        confidence: split.initialsOnly ? Math.min(confidence, 0.7) : confidence,
        via,
        ...(split.initialsOnly ? { problem: PROBLEM.initials } : {}),
      });
  }

  function addDate(field: IntakeField, kind: DateKind, value: string, at: number, confidence: number, via: ProposalVia): boolean {
    const d = findDates(value, kind, today)[0];
    if (!d) return false;
    let c = confidence;
    let problem: string | undefined;
    if (d.shortYear && kind === 'birth') {
      c *= 0.92;
      problem = PROBLEM.shortYear;
    }
    if (d.fuzzyMonth) {
      c = Math.min(c, 0.75);
      problem = PROBLEM.ocr;
    }
    add({ field, value: d.iso ?? d.raw, start: at + d.start, end: at + d.end, confidence: c, via, ...(problem ? { problem } : {}) });
    usedRanges.push([at + d.start, at + d.end]);
    return true;
  }

  function addPhones(value: string, at: number, confidence: number, via: ProposalVia) {
    for (const m of value.matchAll(PHONE)) {
      if (phoneDigits(m[0]).length !== 10 || DATE_LIKE.test(m[0])) continue;
      add({ field: 'casemanagerTelefoon', value: cleanPhone(m[0]), start: at + m.index, end: at + m.index + m[0].length, confidence, via });
      usedRanges.push([at + m.index, at + m.index + m[0].length]);
    }
  }
  function addEmails(value: string, at: number, confidence: number, via: ProposalVia) {
    for (const m of value.matchAll(EMAIL))
      if (!/^no-?reply@/i.test(m[0]))
        add({
          field: 'casemanagerEmail',
          value: m[0].replace('\n', '').replace(/\.$/, ''),
          start: at + m.index,
          end: at + m.index + m[0].length,
          confidence,
          via,
        });
  }
  function addBsn(value: string, at: number, confidence: number, via: ProposalVia): boolean {
    for (const m of value.matchAll(BSN_DIGITS)) {
      const digits = normaliseBsn(m[0]);
      if (!/^\d{9}$/.test(digits)) continue;
      add({
        field: 'bsn',
        value: digits,
        start: at + m.index,
        end: at + m.index + m[0].length,
        confidence: isValidBsn(digits) ? confidence : Math.min(confidence, 0.4),
        via,
      });
      usedRanges.push([at + m.index, at + m.index + m[0].length]);
      return true;
    }
    return false;
  }
  function addInstitution(value: string, at: number, confidence: number, via: ProposalVia) {
    const found = findInstitutions(value, institutions);
    if (found.length > 0) {
      for (const f of found)
        add({ field: 'institution', value: f.value, start: at + f.start, end: at + f.end, confidence: f.withKind ? confidence : confidence * 0.9, via });
      return;
    }
    const t = value.trim().replace(/[.,;]+$/, '');
    if (t && t.length <= 80)
      add({
        field: 'institution',
        value: t,
        start: at + value.indexOf(t),
        end: at + value.indexOf(t) + t.length,
        confidence: 0.5,
        via,
        problem: PROBLEM.unknownInstitution,
      });
  }
  function addReclassering(value: string, at: number, confidence: number, via: ProposalVia, target: LabelTarget) {
    const orgs = findReclassering(value);
    for (const o of orgs) add({ field: 'reclasseringOrganisatie', value: o.value, start: at + o.start, end: at + o.end, confidence, via });
    const v = norm(value);
    const no = NO_WORDS.some((w) => v === w || v.startsWith(`${w} `) || v.startsWith(`${w},`));
    const yes = YES_WORDS.some((w) => v === w || v.startsWith(`${w} `) || v.startsWith(`${w},`) || v.startsWith(`${w}:`));
    const trimmed = value.trim();
    const s = at + value.indexOf(trimmed);
    if (no) add({ field: 'reclasseringToezicht', value: 'nee', start: s, end: s + trimmed.length, confidence, via });
    else if (yes) add({ field: 'reclasseringToezicht', value: 'ja', start: s, end: s + trimmed.length, confidence, via });
    else if (target === 'reclasseringToezicht' && orgs.length > 0)
      add({ field: 'reclasseringToezicht', value: 'ja', start: s, end: s + trimmed.length, confidence: confidence * 0.9, via });
    else if (target === 'reclasseringOrganisatie' && orgs.length > 0 && /toezicht/i.test(value) && !/geen\s+toezicht/i.test(value))
      add({ field: 'reclasseringToezicht', value: 'ja', start: s, end: s + trimmed.length, confidence: confidence * 0.9, via });
    // A named organisation usually means supervision, but the notice did not say so.
    else if (orgs.length > 0) add({ field: 'reclasseringToezicht', value: 'ja', start: s, end: s + trimmed.length, confidence: 0.7, via: 'guess' });
  }

  /** A label and its value, wherever they stood (same line, next cell, next line, or a table column). */
  function pair(target: LabelTarget, confidence: number, value: string, at: number, via: ProposalVia) {
    if (value.trim() === '') return;
    switch (target) {
      case 'ignore':
        return;
      case 'naam': {
        const span = nameSpan(value);
        if (!looksLikeName(span.text)) return;
        addName(splitName(span.text, at + span.start), confidence, via);
        // The rest of the line may carry the birth date or BSN ("Naam: J. de Vries, geboren 03-03-1990").
        const rest = value.slice(span.start + span.text.length);
        const restAt = at + span.start + span.text.length;
        if (/geb/i.test(rest)) addDate('geboortedatum', 'birth', rest, restAt, 0.9, 'text');
        if (/bsn/i.test(rest)) addBsn(rest, restAt, 0.9, 'text');
        return;
      }
      case 'achternaam': {
        const span = nameSpan(value);
        const split = splitName(span.text, at + span.start);
        // Some portals put the particle in the surname column ("de Vries"); split it off.
        if (split.tussenvoegsel && split.achternaam && !split.voornamen) {
          add({
            field: 'tussenvoegsel',
            value: split.tussenvoegsel.value,
            start: split.tussenvoegsel.start,
            end: split.tussenvoegsel.end,
            confidence: confidence * 0.9,
            via,
          });
          add({ field: 'achternaam', value: split.achternaam.value, start: split.achternaam.start, end: split.achternaam.end, confidence, via });
        } else if (span.text.includes(',')) addName(splitName(span.text, at + span.start), confidence, via);
        else
          add({
            field: 'achternaam',
            value: span.text.split(/\s+/).map(nameCase).join(' '),
            start: at + span.start,
            end: at + span.start + span.text.length,
            confidence,
            via,
          });
        return;
      }
      case 'tussenvoegsel': {
        const t = value.trim();
        if (NO_WORDS.includes(norm(t))) return;
        if (TUSSENVOEGSELS.includes(t.toLowerCase()))
          add({ field: 'tussenvoegsel', value: t.toLowerCase(), start: at + value.indexOf(t), end: at + value.indexOf(t) + t.length, confidence, via });
        return;
      }
      case 'voornamen': {
        const span = nameSpan(value);
        if (!looksLikeName(span.text)) return;
        const initials = /^(\p{Lu}\.\s?)+$/u.test(span.text.trim());
        add({
          field: 'voornamen',
          value: span.text.split(/\s+/).map(nameCase).join(' '),
          start: at + span.start,
          end: at + span.start + span.text.length,
          confidence: initials ? Math.min(confidence, 0.7) : confidence,
          via,
          ...(initials ? { problem: PROBLEM.initials } : {}),
        });
        return;
      }
      case 'bsn':
        addBsn(value, at, confidence, via);
        return;
      case 'geboortedatum':
        addDate('geboortedatum', 'birth', value, at, confidence, via);
        return;
      case 'detentieStart':
      case 'meldingDatum':
      case 'verwachteVrijlating':
        addDate(target, 'event', value, at, confidence, via);
        return;
      case 'institution':
        addInstitution(value, at, confidence, via);
        return;
      case 'casemanagerNaam': {
        const { text: rest, shift } = dropSalutation(value.trimStart());
        const lead = value.length - value.trimStart().length + shift;
        const span = nameSpan(rest.split(',')[0]!);
        if (looksLikeName(span.text) && findInstitutions(span.text, institutions).length === 0 && !lookupLabel(span.text))
          add({ field: 'casemanagerNaam', value: span.text, start: at + lead + span.start, end: at + lead + span.start + span.text.length, confidence, via });
        addPhones(value, at, 0.9, via);
        addEmails(value, at, 0.9, via);
        return;
      }
      case 'casemanagerTelefoon':
        addPhones(value, at, confidence, via);
        return;
      case 'casemanagerEmail':
        addEmails(value, at, confidence, via);
        return;
      case 'reclasseringOrganisatie':
      case 'reclasseringToezicht':
        addReclassering(value, at, confidence, via, target);
        return;
    }
  }

  // 1. Tables: a header row of known labels (perhaps wrapped over two lines), the row below it holds the values
  //    (its cells perhaps wrapped too). Columns are matched by position, or by order when tab-separated.
  const tableLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (tableLines.has(i)) continue;
    const table = readTable(lines, i);
    if (!table) continue;
    table.lines.forEach((k) => tableLines.add(k));
    for (const v of table.values) {
      const lab = lookupLabel(v.header);
      if (!lab) continue;
      const before = candidates.length;
      pair(lab.target, lab.confidence * (table.rows > 1 ? 0.85 : 1), v.text, v.start, 'table');
      // A cell wrapped over lines is highlighted from its first to its last piece.
      if (v.wrapped) for (let k = before; k < candidates.length; k++) Object.assign(candidates[k]!, { start: v.start, end: v.end });
    }
  }

  // 2. "Label: value" lines, "Label<tab>value" cells, and a label alone on its line with the value on the next.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.noise || tableLines.has(i)) continue;
    const cs = cells(l);
    for (let c = 0; c < cs.length; c++) {
      const cell = cs[c]!;
      const colon = /^([^:]{1,45}?)\s*[:=]\s*(.*)$/.exec(cell.text);
      if (colon) {
        const lab = lookupLabel(colon[1]!);
        if (!lab) continue;
        let value = colon[2]!;
        let at = cell.start + cell.text.length - value.length;
        // The rest of a line belongs to this label unless the next cell is a label of its own.
        if (value === '' && cs[c + 1] && !/^[^:]{1,45}:/.test(cs[c + 1]!.text) && !lookupLabel(cs[c + 1]!.text)) {
          value = cs[c + 1]!.text;
          at = cs[c + 1]!.start;
          c++;
        } else if (value === '' && c === cs.length - 1) {
          const next = lines.slice(i + 1, i + 3).find((n) => n.text.trim() !== '');
          if (next && !next.noise && !/^[^:]{1,45}:/.test(next.text.trim()) && !lookupLabel(next.text)) {
            value = next.text;
            at = next.start;
          }
        } else if (value !== '' && lab.target !== 'naam' && lab.target !== 'casemanagerNaam') {
          // "Naam: X    BSN: Y" — other cells on the line are separate.
        }
        pair(lab.target, lab.confidence, value, at, 'label');
        continue;
      }
      const lab = lookupLabel(cell.text);
      if (!lab) continue;
      if (cs[c + 1] && !lookupLabel(cs[c + 1]!.text)) {
        pair(lab.target, lab.confidence, cs[c + 1]!.text, cs[c + 1]!.start, 'label');
        c++;
      } else if (cs.length === 1 && lab.target !== 'casemanagerNaam' && labelKey(cell.text).length >= 6) {
        const next = lines[i + 1];
        if (next && !next.noise && cells(next).length === 1 && !lookupLabel(next.text) && !/^[^:]{1,45}:/.test(next.text.trim()))
          pair(lab.target, lab.confidence * 0.95, next.text, next.start, 'label');
      }
    }
  }

  // 3. Running text.
  runningText(clean, today, institutions, add, used, addName, addPhones, addEmails);

  // 4. Signature: the writer's name after "Met vriendelijke groet," with "casemanager" on a following line.
  const sig = signatureStart(lines);
  if (sig >= 0) {
    const block = lines.slice(sig, sig + 10).filter((l) => !l.noise && l.text.trim() !== '');
    const nameLine = block[0];
    if (nameLine && block.slice(1, 4).some((l) => /casemanager/i.test(l.text))) {
      const { text: t, shift } = dropSalutation(nameLine.text.trim());
      const lead = nameLine.text.length - nameLine.text.trimStart().length + shift;
      if (looksLikeName(t))
        add({
          field: 'casemanagerNaam',
          value: t.trim(),
          start: nameLine.start + lead,
          end: nameLine.start + lead + t.trim().length,
          confidence: 0.9,
          via: 'signature',
        });
      for (const l of block.slice(1)) {
        if (lookupLabel(l.text.split(':')[0] ?? '')) continue;
        addPhones(l.text, l.start, 0.85, 'signature');
        addEmails(l.text, l.start, 0.85, 'signature');
      }
    }
  }

  // 5. A letter from the PI may name its institution only in the letterhead: evidence, but not certain.
  for (const l of lines)
    if (l.noise === 'letterhead')
      for (const f of findInstitutions(l.text, institutions).filter((x) => x.withKind))
        add({ field: 'institution', value: f.value, start: l.start + f.start, end: l.start + f.end, confidence: 0.6, via: 'guess' });

  // 6. The e-mail's own sender: when the From name is the casemanager, its address is the casemanager's.
  const bestName = best(candidates.filter((c) => c.field === 'casemanagerNaam'));
  for (const l of lines) {
    if (l.noise) continue;
    const m = /^\s*([A-Za-z]+)\s*:\s*(.+)$/.exec(l.text);
    if (!m || !FROM_LABELS.includes(m[1]!.toLowerCase())) continue;
    const at = l.start + l.text.indexOf(m[2]!);
    const surname = bestName?.value.split(/\s+/).pop();
    const sameName = surname && norm(m[2]!).includes(norm(surname));
    addEmails(m[2]!, at, sameName ? 0.9 : 0.55, 'label');
    break;
  }

  return decide(candidates, text, today);
}

/** A pattern that matches a word in any case while the rest of the expression stays case-sensitive (names need capitals). */
function anyCase(s: string): string {
  return s.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
}

interface TableCol {
  text: string;
  col: number;
  width: number;
}
interface TableValue {
  header: string;
  text: string;
  start: number;
  end: number;
  wrapped: boolean;
}
const hasData = (t: string) => /\d{2}[-./]\d{1,2}[-./]\d{2}|\d{6,}|\d{3,4}[. ]\d{2}/.test(t);

/** A table starting at line i, as pdftotext -layout or a spreadsheet paste gives it; null when the line is no header. */
function readTable(lines: Line[], i: number): { values: TableValue[]; lines: number[]; rows: number } | null {
  const l = lines[i]!;
  if (l.noise || /\d/.test(l.text)) return null;
  const tabs = l.text.includes('\t');
  const first = cells(l, tabs);
  if (first.length < 2 || first.some((c) => c.text.includes(':'))) return null;
  const cols: TableCol[] = first.map((c) => ({ text: c.text, col: c.col, width: c.text.length }));
  const used = [i];
  const under = (c: Cell) => cols.findIndex((h, k) => c.col >= h.col - 2 && c.col <= Math.max(h.col + h.width + 1, (cols[k + 1]?.col ?? Infinity) - 2));
  // A header wrapped over two lines ("Verwachte" / "vrijlating"): words under a column join its label.
  if (!tabs)
    for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
      const n = lines[k]!;
      if (n.text.trim() === '' || n.noise || /\d|:/.test(n.text)) break;
      const cs = cells(n);
      const idx = cs.map(under);
      if (idx.some((x) => x < 0) || cs.length > cols.length) break;
      cs.forEach((c, m) => {
        const h = cols[idx[m]!]!;
        h.text += ` ${c.text}`;
        h.width = Math.max(h.width, c.col + c.text.length - h.col);
      });
      used.push(k);
    }
  const known = cols.filter((c) => {
    const lab = lookupLabel(c.text);
    return lab && lab.target !== 'ignore';
  }).length;
  if (known < 2 || known < cols.length - 1) return null;
  // The data row: the next non-empty line; lines below it without dates or numbers continue its cells.
  let k = used[used.length - 1]! + 1;
  while (k < lines.length && (lines[k]!.text.trim() === '' || lines[k]!.noise) && k - used[used.length - 1]! <= 2) k++;
  if (k >= lines.length) return null;
  const row = cells(lines[k]!, tabs);
  if (row.filter((c) => c.text !== '').length < 2) return null;
  used.push(k);
  const values: TableValue[] = [];
  if (tabs) {
    row.forEach((c, m) => {
      if (c.text !== '' && cols[m]) values.push({ header: cols[m]!.text, text: c.text, start: c.start, end: c.end, wrapped: false });
    });
  } else {
    const pieces = new Map<number, Cell[]>();
    const place = (c: Cell) => {
      let best = -1;
      let overlap = 0;
      cols.forEach((h, m) => {
        const o = Math.min(c.col + c.text.length, h.col + Math.max(h.width, 1)) - Math.max(c.col, h.col);
        if (o > overlap) [best, overlap] = [m, o];
      });
      if (best < 0) best = [...cols.keys()].reverse().find((m) => cols[m]!.col <= c.col + 2) ?? 0;
      pieces.set(best, [...(pieces.get(best) ?? []), c]);
    };
    row.forEach(place);
    for (let n = k + 1; n < lines.length; n++) {
      const cont = lines[n]!;
      if (cont.text.trim() === '' || cont.noise) break;
      const cs = cells(cont);
      if (cs.length >= row.length || hasData(cont.text)) break;
      cs.forEach(place);
      used.push(n);
    }
    for (const [m, ps] of pieces)
      values.push({ header: cols[m]!.text, text: ps.map((p) => p.text).join(' '), start: ps[0]!.start, end: ps[ps.length - 1]!.end, wrapped: ps.length > 1 });
  }
  // More rows below: a list of several people; only the first is taken, and not as certain.
  let rows = 1;
  for (let n = used[used.length - 1]! + 1; n < lines.length && lines[n]!.text.trim() !== ''; n++)
    if (cells(lines[n]!, tabs).length >= Math.max(2, row.length - 1)) rows++;
  return { values, lines: used, rows };
}

function best(cs: Candidate[]): Candidate | undefined {
  return [...cs].sort((a, b) => b.confidence - a.confidence)[0];
}

/** Running-text patterns: the person after a cue word, dates by the verb near them, BSN, institution, casemanager, reclassering. */
function runningText(
  clean: string,
  today: string,
  institutions: readonly string[],
  add: (c: Candidate) => void,
  used: (s: number, e: number) => boolean,
  addName: (split: SplitName, confidence: number, via: ProposalVia) => void,
  addPhones: (value: string, at: number, confidence: number, via: ProposalVia) => void,
  addEmails: (value: string, at: number, confidence: number, via: ProposalVia) => void,
) {
  const sal = SALUTATIONS.map((s) => anyCase(s).replace('.', '\\.')).join('|');
  const particle = TUSSENVOEGSELS.map((t) => t.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
  const word = `(?:\\p{Lu}[\\p{L}'’-]*\\.?|(?:\\p{Lu}\\.)+\\p{Lu}?\\.?|(?:${particle}))`;
  const nameRe = `(${word}(?:[ \\t]+${word}){0,6})`;
  const stop = new Set(NAME_STOP_WORDS);
  const trimName = (s: string): string => {
    const ws = s.split(/\s+/);
    let n = ws.length;
    for (let i = 1; i < ws.length; i++)
      if (stop.has(ws[i]!.toLowerCase()) && !TUSSENVOEGSELS.includes(ws[i]!.toLowerCase())) {
        n = i;
        break;
      }
    // A name ends with a capitalised word, never with a particle.
    while (n > 1 && !/^\p{Lu}/u.test(ws[n - 1]!)) n--;
    return ws.slice(0, n).join(' ');
  };
  const cue = SUBJECT_CUES.map((c) => anyCase(c).replace(/ /g, '\\s+')).join('|');
  // The subject: "Betrokkene, de heer J. de Vries, geboren …", "cliënt J. de Vries (geb. …)".
  const subjectRe = new RegExp(`(?<!\\p{L})(?:${cue})[ \\t]*[,:]?[ \\t]+(?:(?:${sal})\\s+)?${nameRe}`, 'gu');
  for (const m of clean.matchAll(subjectRe)) {
    const n = trimName(m[1]!);
    const at = m.index + m[0].length - m[1]!.length;
    if (!looksLikeName(n) || !/\p{Lu}\p{Ll}/u.test(n) || lookupLabel(n)) continue;
    const after = clean.slice(at + n.length, at + n.length + 60);
    addName(splitName(n, at), /^\s*,?\s*\(?\s*(geb|geboren|bsn|\()/i.test(after) ? 0.9 : 0.82, 'text');
  }
  // A name right before "(geb." or ", geboren" is the subject even without a cue word.
  const bornRe = new RegExp(`(?<![\\p{L}.])${nameRe}\\s*(?:,\\s*|\\(\\s*)(?:geb\\.|geboren)`, 'gu');
  for (const m of clean.matchAll(bornRe)) {
    const n = trimName(m[1]!);
    if (!looksLikeName(n) || n.split(/\s+/).length < 2) continue;
    addName(splitName(n, m.index), 0.85, 'text');
  }
  const salRe = new RegExp(`(?<!\\p{L})(?:${sal})\\s+${nameRe}`, 'gu');
  for (const m of clean.matchAll(salRe)) {
    const n = trimName(m[1]!);
    const at = m.index + m[0].length - m[1]!.length;
    if (!looksLikeName(n)) continue;
    const before = clean.slice(Math.max(0, m.index - 40), m.index);
    const after = clean.slice(at + n.length, at + n.length + 60);
    if (/casemanager|contactpersoon|aan\s*:|geachte/i.test(before) || /^\s*,?\s*(casemanager|contactpersoon)/i.test(after)) continue;
    const strong = /^\s*,?\s*\(?\s*(geb|geboren|bsn)/i.test(after);
    addName(splitName(n, at), strong ? 0.88 : 0.5, strong ? 'text' : 'guess');
  }

  // Dates by the words around them.
  const birthCue = /(geboren|geb\.?|geboortedatum)\s*(op)?\s*[:]?\s*$/i;
  const startBefore =
    /(ingesloten|gedetineerd|in detentie|insluiting|binnengekomen|aangehouden|in verzekering gesteld|in bewaring gesteld|detentie (is )?(gestart|begonnen|aangevangen)|verblijft)\b[^.\n]{0,40}?(sinds|op|per|vanaf|d\.d\.)?\s*$/i;
  const startAfter =
    /^\s*,?\s*(is\s+|werd\s+)?(in\s+\S+\s+\S+\s+)?(ingesloten|gedetineerd|in detentie genomen|binnengekomen|aangehouden|in verzekering gesteld)/i;
  const releaseBefore =
    /(vrijlating|vrij\s?komen|vrijkomt|komt\b[^.\n]{0,30}vrij|invrijheidstelling|in vrijheid|einde (van de )?detentie|einddatum|ontslag|uitstroom|vi-datum|heengezonden)\b[^.\n]{0,40}?$/i;
  const releaseAfter = /^\s*,?\s*(vrij|in vrijheid gesteld|vrijgelaten|heengezonden|ontslagen)/i;
  const meldingBefore = /(melding|bericht|brief|kennisgeving)\s+(van|d\.d\.|gedateerd)\s*$/i;
  for (const d of findDates(clean, 'event', today)) {
    if (used(d.start, d.end)) continue;
    const before = clean.slice(Math.max(0, d.start - 80), d.start);
    const sentenceBefore = before.split(/[.!?]\s|\n\s*\n/).pop() ?? before;
    const after = clean.slice(d.end, d.end + 60);
    const c = d.fuzzyMonth ? 0.72 : 0.86;
    const problem = d.fuzzyMonth ? { problem: PROBLEM.ocr } : {};
    if (birthCue.test(before)) {
      const b = findDates(clean.slice(d.start, d.end), 'birth', today)[0]!;
      add({
        field: 'geboortedatum',
        value: b.iso ?? b.raw,
        start: d.start,
        end: d.end,
        confidence: b.shortYear ? c * 0.92 : c + 0.04,
        via: 'text',
        ...problem,
      });
    } else if (startAfter.test(after) || startBefore.test(sentenceBefore)) {
      add({ field: 'detentieStart', value: d.iso ?? d.raw, start: d.start, end: d.end, confidence: c, via: 'text', ...problem });
    } else if (releaseAfter.test(after) || releaseBefore.test(sentenceBefore)) {
      add({ field: 'verwachteVrijlating', value: d.iso ?? d.raw, start: d.start, end: d.end, confidence: c, via: 'text', ...problem });
    } else if (meldingBefore.test(before)) {
      add({ field: 'meldingDatum', value: d.iso ?? d.raw, start: d.start, end: d.end, confidence: 0.75, via: 'text', ...problem });
    }
  }

  // BSN after its name in a sentence, or any 9-digit number passing the 11-proef.
  for (const m of clean.matchAll(/(?:bsn|burgerservicenummer)(?:-?nummer)?\s*[:.]?\s*(\d[\d .]{7,11}\d)/gi)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (used(at, at + m[1]!.length)) continue;
    const digits = normaliseBsn(m[1]!);
    if (/^\d{9}$/.test(digits))
      add({ field: 'bsn', value: digits, start: at, end: at + m[1]!.length, confidence: isValidBsn(digits) ? 0.9 : 0.4, via: 'text' });
  }
  for (const m of clean.matchAll(BSN_DIGITS)) {
    const digits = normaliseBsn(m[0]);
    if (!/^\d{9}$/.test(digits) || !isValidBsn(digits) || used(m.index, m.index + m[0].length)) continue;
    if (/^0[1-9]/.test(digits) && /[\s-]/.test(m[0])) continue;
    add({ field: 'bsn', value: digits, start: m.index, end: m.index + m[0].length, confidence: 0.55, via: 'guess', problem: PROBLEM.guess });
  }

  // Institutions named anywhere in the notice.
  for (const f of findInstitutions(clean, institutions)) {
    const before = clean.slice(Math.max(0, f.start - 40), f.start);
    const strong = /(ingesloten|gedetineerd|verblijft|verblijf|geplaatst|overgeplaatst naar|detentie)\s+(in|bij|naar)?\s*(de\s+)?$/i.test(before);
    const casemanagerOf = /casemanager\s*(van|bij)?\s*(de\s+)?$/i.test(before);
    add({
      field: 'institution',
      value: f.value,
      start: f.start,
      end: f.end,
      confidence: strong ? 0.88 : f.withKind ? (casemanagerOf ? 0.7 : 0.65) : 0.45,
      via: strong ? 'text' : 'guess',
    });
  }

  // The casemanager in a sentence: "casemanager, mevrouw A. Testmans", "contact op met de casemanager, de heer …".
  const cmRe = new RegExp(`[Cc]asemanager(?:\\s+(?:van|bij|in)\\s+(?:de\\s+)?[^,\\n]{2,40}?)?\\s*(?:is|,|:)?\\s*(?:(?:${sal})\\s+)${nameRe}`, 'gu');
  for (const m of clean.matchAll(cmRe)) {
    const n = trimName(m[1]!);
    const at = m.index + m[0].length - m[1]!.length;
    if (!looksLikeName(n)) continue;
    add({ field: 'casemanagerNaam', value: n, start: at, end: at + n.length, confidence: 0.85, via: 'text' });
    const tail = clean.slice(at + n.length, at + n.length + 160);
    const sentence = tail.split(/\.\s|\n\s*\n/)[0] ?? tail;
    addPhones(sentence, at + n.length, 0.85, 'text');
    addEmails(sentence, at + n.length, 0.85, 'text');
  }
  // Phones and e-mail addresses elsewhere in the content: only a guess.
  addPhones(clean, 0, 0.45, 'guess');
  addEmails(clean, 0, 0.45, 'guess');

  // Reclassering and supervision in sentences.
  for (const o of findReclassering(clean)) {
    add({ field: 'reclasseringOrganisatie', value: o.value, start: o.start, end: o.end, confidence: 0.8, via: 'text' });
    const before = clean.slice(Math.max(0, o.start - 40), o.start);
    if (/toezicht\s+(van|door|bij)\s*(de\s+)?$/i.test(before) && !/\b(geen|niet)\b/i.test(before))
      add({ field: 'reclasseringToezicht', value: 'ja', start: o.start, end: o.end, confidence: 0.82, via: 'text' });
  }
  for (const m of clean.matchAll(
    /(reclasseringstoezicht|toezicht\s+(?:van|door)\s+(?:de\s+)?reclassering|onder\s+toezicht|bijzondere\s+voorwaarden|reclasseringscontact)/gi,
  )) {
    const before = clean.slice(Math.max(0, m.index - 30), m.index);
    const after = clean.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const neg = /\b(geen|niet|zonder)\b[^.\n]*$/i.test(before) || /^\s*(is\s+)?(niet|geen)\b/i.test(after) || /^\s*:\s*(nee|geen|n\.?v\.?t)/i.test(after);
    add({ field: 'reclasseringToezicht', value: neg ? 'nee' : 'ja', start: m.index, end: m.index + m[0].length, confidence: 0.8, via: 'text' });
  }
}

const FIELD_SCHEMAS: Partial<Record<IntakeField, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }>> = {
  achternaam: dossierFieldsObject.shape.achternaam,
  tussenvoegsel: dossierFieldsObject.shape.tussenvoegsel,
  voornamen: dossierFieldsObject.shape.voornamen,
  bsn: dossierFieldsObject.shape.bsn,
  geboortedatum: dossierFieldsObject.shape.geboortedatum,
  institution: dossierFieldsObject.shape.institution,
  detentieStart: dossierFieldsObject.shape.detentieStart,
  meldingDatum: dossierFieldsObject.shape.meldingDatum,
  verwachteVrijlating: dossierFieldsObject.shape.verwachteVrijlating,
  casemanagerNaam: contactFieldsSchema.shape.name,
  casemanagerTelefoon: contactFieldsSchema.shape.telefoon,
  casemanagerEmail: contactFieldsSchema.shape.email,
  reclasseringToezicht: dossierFieldsObject.shape.reclasseringToezicht,
};

const sameValue = (field: IntakeField, a: string, b: string) =>
  field === 'casemanagerTelefoon' ? phoneDigits(a) === phoneDigits(b) : field === 'bsn' ? normaliseBsn(a) === normaliseBsn(b) : norm(a) === norm(b);

/** Picks one value per field, lowers confidence where values disagree, and checks each with the dossier form's own rules. */
function decide(candidates: Candidate[], text: string, today: string): IntakeProposals {
  const fields: Partial<Record<IntakeField, FieldProposal>> = {};
  const alternatives: Partial<Record<IntakeField, FieldProposal[]>> = {};
  const toProposal = (c: Candidate): FieldProposal => ({
    field: c.field,
    value: c.value,
    start: c.start,
    end: c.end,
    snippet: text.slice(c.start, c.end),
    confidence: Math.round(c.confidence * 100) / 100,
    certain: c.confidence >= CERTAIN_FROM && !c.problem,
    via: c.via,
    ...(c.problem ? { problem: c.problem } : {}),
  });
  for (const field of INTAKE_FIELDS) {
    const cs = candidates.filter((c) => c.field === field);
    if (cs.length === 0) continue;
    // Group equal values; repeated sightings add a little confidence.
    const groups: { value: string; members: Candidate[]; score: number }[] = [];
    for (const c of cs) {
      const g = groups.find((x) => sameValue(field, x.value, c.value));
      if (g) g.members.push(c);
      else groups.push({ value: c.value, members: [c], score: 0 });
    }
    for (const g of groups) {
      const top = Math.max(...g.members.map((m) => m.confidence));
      g.score = Math.min(0.99, top + 0.03 * (g.members.length - 1));
    }
    groups.sort((a, b) => b.score - a.score || a.members[0]!.start - b.members[0]!.start);
    const win = groups[0]!;
    const lead = [...win.members].sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0]!;
    const chosen: Candidate = { ...lead, confidence: win.score };
    const rival = groups[1];
    if (rival && rival.score >= 0.75 && win.score - rival.score < 0.15) {
      chosen.confidence = Math.min(chosen.confidence, 0.7);
      chosen.problem ??= PROBLEM.conflict;
    }
    if (chosen.via === 'guess' && !chosen.problem && chosen.confidence < CERTAIN_FROM) chosen.problem = PROBLEM.guess;
    fields[field] = toProposal(chosen);
    if (groups.length > 1) alternatives[field] = groups.slice(1).map((g) => toProposal({ ...g.members[0]!, confidence: g.score }));
  }
  // The dossier form's rules: a value it would refuse is never certain.
  for (const [field, p] of Object.entries(fields) as [IntakeField, FieldProposal][]) {
    const schema = FIELD_SCHEMAS[field];
    if (!schema) continue;
    const r = schema.safeParse(p.value);
    if (!r.success) {
      p.certain = false;
      p.confidence = Math.min(p.confidence, 0.3);
      p.problem = r.error?.issues[0]?.message ?? p.problem;
    }
  }
  const dates = Object.fromEntries(
    (['geboortedatum', 'meldingDatum', 'detentieStart', 'verwachteVrijlating'] as const).filter((f) => fields[f]).map((f) => [f, fields[f]!.value]),
  );
  for (const [field, message] of Object.entries(dossierConsistencyErrors(dates, today))) {
    const p = fields[field as IntakeField];
    if (!p) continue;
    p.certain = false;
    p.confidence = Math.min(p.confidence, 0.4);
    p.problem = message;
  }
  return { fields, alternatives };
}
