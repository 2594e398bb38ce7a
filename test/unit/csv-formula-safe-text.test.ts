import { describe, expect, it } from 'vitest';
import { AUDIT_TABLE } from '../../common/audit-table.js';
import { neutraliseCsvFormula } from '../../common/csv-formula.js';
import { safeAttachmentFileName } from '../../common/exchange/attachment-type.js';
import { withoutControlCharacters } from '../../common/safe-text.js';
import { toDutchCsv } from '../../electron/main/exchange/csv.js';
import { parseCsv } from '../helpers/parse-back.js';

/** Signs a spreadsheet can take for = + - @, by code point, each with a name for the failure message. */
const LOOK_ALIKES: Record<string, string> = {
  '=': 'equals',
  '+': 'plus',
  '-': 'hyphen-minus',
  '@': 'commercial at',
  '\uFF1D': 'full-width equals',
  '\uFF0B': 'full-width plus',
  '\uFF0D': 'full-width hyphen-minus',
  '\uFF20': 'full-width commercial at',
  '\uFE66': 'small equals',
  '\uFE62': 'small plus',
  '\uFE63': 'small hyphen-minus',
  '\uFE6B': 'small commercial at',
  '\u207C': 'superscript equals',
  '\u208C': 'subscript equals',
  '\u207A': 'superscript plus',
  '\u208A': 'subscript plus',
  '\u207B': 'superscript minus',
  '\u208B': 'subscript minus',
  '\u2212': 'minus sign',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2015': 'horizontal bar',
  '\uFE58': 'small em dash',
  '\u2796': 'heavy minus',
  '\u2795': 'heavy plus',
  '\uFB29': 'Hebrew alternative plus',
  '\uA78A': 'modifier letter short equals',
};

describe('CSV formula neutralising (common/csv-formula.ts)', () => {
  it.each(Object.entries(LOOK_ALIKES))('a cell starting with %j (%s) is made plain text', (sign) => {
    for (const cell of [`${sign}HYPERLINK("http://x","klik")`, `${sign}1+1`, sign]) expect(neutraliseCsvFormula(cell)).toBe(`'${cell}`);
  });

  it('a leading tab, carriage return or line feed is neutralised', () => {
    for (const c of ['\t=1+1', '\r=1+1', '\n@SUM(A1)', '\tgewoon']) expect(neutraliseCsvFormula(c)).toBe(`'${c}`);
  });

  it('spaces or invisible characters in front do not hide the sign', () => {
    for (const c of [' =1+1', '\u00A0+31', '\u200B=1+1', '\u202E-2', '\uFEFF@x', '\u3000\uFF1D1']) expect(neutraliseCsvFormula(c)).toBe(`'${c}`);
  });

  it('ordinary text, numbers and signs later in the cell stay as they are', () => {
    for (const c of ['', 'gewoon', '06-12345678', 'Zéphyrtest', 'a=b', '12,50', 'Ölga @ huis', '’s-Hertogenbosch', '   '])
      expect(neutraliseCsvFormula(c)).toBe(c);
  });

  it('the Dutch CSV writer neutralises the look-alikes in text columns', () => {
    const cells = Object.keys(LOOK_ALIKES).map((s) => `${s}cmd`);
    const text = toDutchCsv([{ header: 'Tekst', value: (r: string) => r }], cells).toString('utf8');
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows.map((r) => r[0])).toEqual(cells.map((c) => `'${c}`));
  });

  it('the audit-log CSV rows go through the same function', () => {
    const text = toDutchCsv(AUDIT_TABLE.columns, [
      { at: '2026-11-23T09:00:00.000Z', event: '=cmd|"/c calc"!A1', detail: {} },
      { at: '2026-11-23T09:00:00.000Z', event: 'template.saved', detail: {} },
      { at: '2026-11-23T09:00:00.000Z', event: '\uFF0Bevil', detail: { a: 1 } },
    ]).toString('utf8');
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows[0]![1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[1]![1]).toBe('template.saved');
    expect(rows[2]![1]).toBe(`'\uFF0Bevil`);
    expect(rows[2]![2]).toBe('a=1');
  });
});

describe('control and format characters in names (common/safe-text.ts)', () => {
  const HIDDEN = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E', // embeddings and overrides
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069', // isolates
    '\u200E',
    '\u200F',
    '\u061C', // marks
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u00AD', // zero-width, joiners, BOM, soft hyphen
    '\u0000',
    '\u0007',
    '\t',
    '\n',
    '\r',
    '\u001B',
    '\u007F',
    '\u0085',
    '\u009B', // C0, DEL, C1
    '\u2028',
    '\u2029', // line and paragraph separators
  ];
  it.each(HIDDEN.map((c) => [c.codePointAt(0)!.toString(16).padStart(4, '0')]))('U+%s is removed', (hex) => {
    const c = String.fromCodePoint(parseInt(hex, 16));
    expect(withoutControlCharacters(`rap${c}port${c}`)).toBe('rapport');
  });

  it('visible text, accents and other scripts stay', () => {
    for (const s of ['Zéphyrtest verslag 2026', 'Ölga – brief', 'تقرير', '報告書', 'a b']) expect(withoutControlCharacters(s)).toBe(s);
  });

  it('an attachment name with a right-to-left override reads as it is and keeps its real extension', () => {
    expect(safeAttachmentFileName('factuur\u202Efdp.exe', 'pdf')).toBe('factuurfdp.pdf');
    expect(safeAttachmentFileName('\u2067brief\u2069\u200B.docx', 'docx')).toBe('brief.docx');
    expect(safeAttachmentFileName('\u202E\u200F', 'png')).toBe('bijlage.png');
    expect(safeAttachmentFileName('tab\there.pdf', 'pdf')).toBe('tabhere.pdf');
  });
});
