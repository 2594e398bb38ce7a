import { describe, expect, it } from 'vitest';
import { formatEuroCents } from '../../common/money.js';
import { BOM, toDutchCsv, type CsvColumn } from '../../electron/main/exchange/csv.js';
import { toIcs } from '../../electron/main/exchange/ics.js';
import { parseCsv, parseIcs, unescapeIcsText } from '../helpers/parse-back.js';

interface Row {
  naam: string;
  datum: string | null;
  bedrag: number;
  score: number;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Naam', value: (r) => r.naam },
  { header: 'Deadline', value: (r) => r.datum, kind: 'date' },
  { header: 'Bedrag', value: (r) => r.bedrag, kind: 'euro' },
  { header: 'Score', value: (r) => r.score, kind: 'number' },
];

describe('CSV for Dutch Excel', () => {
  it('writes BOM, semicolons, CRLF, dd-mm-jjjj and euro amounts, and reads back intact', () => {
    const rows: Row[] = [
      { naam: 'Zéphyrtest; "de Jongere"', datum: '2026-03-05', bedrag: 123456, score: 3.5 },
      { naam: 'Regel\nmet nieuwe regel', datum: null, bedrag: -1250, score: 4 },
    ];
    const buf = toDutchCsv(columns, rows);
    expect(buf.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const text = buf.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('\r\n');
    const parsed = parseCsv(text.slice(1));
    expect(parsed).toEqual([
      ['Naam', 'Deadline', 'Bedrag', 'Score'],
      ['Zéphyrtest; "de Jongere"', '05-03-2026', '€ 1.234,56', '3,5'],
      ['Regel\nmet nieuwe regel', '', '€ -12,50', '4'],
    ]);
  });

  it('neutralises cells that Excel would run as a formula', () => {
    const text = toDutchCsv([{ header: 'Tekst', value: (r: string) => r }], ['=HYPERLINK("x")', '+31 6', '@som', 'gewoon']).toString('utf8');
    const cells = parseCsv(text.slice(1))
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(['\'=HYPERLINK("x")', "'+31 6", "'@som", 'gewoon']);
  });

  it('formats euro amounts the Dutch way', () => {
    expect(formatEuroCents(0)).toBe('€ 0,00');
    expect(formatEuroCents(5)).toBe('€ 0,05');
    expect(formatEuroCents(100000000)).toBe('€ 1.000.000,00');
  });
});

describe('ICS for Outlook (RFC 5545)', () => {
  it('writes all-day deadlines and timed meetings that parse back', () => {
    const ics = toIcs([
      {
        uid: 'actie-17@nazorgdossier',
        title: 'Deadline: ID-kaart aanvragen, gemeente; balie',
        date: '2026-12-31',
        description: 'Dossier 42\nPartner: Werk & Inkomen',
      },
      {
        uid: 'overleg-3@nazorgdossier',
        title: 'Regie- en toedelingsoverleg',
        start: '2026-12-01T09:30',
        durationMinutes: 90,
        location: 'Gemeentehuis, zaal 2',
      },
    ]).toString('utf8');
    const { lines, calendar, events } = parseIcs(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(calendar['VERSION']).toBe('2.0');
    expect(calendar['PRODID']).toBe('-//Nazorgdossier//NL');
    // RFC 5545 §3.1: every physical line at most 75 octets
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(events).toHaveLength(2);
    const [deadline, meeting] = events as [Record<string, string>, Record<string, string>];
    expect(deadline['UID']).toBe('actie-17@nazorgdossier');
    expect(deadline['DTSTART;VALUE=DATE']).toBe('20261231');
    expect(deadline['DTEND;VALUE=DATE']).toBe('20270101');
    expect(unescapeIcsText(deadline['SUMMARY']!)).toBe('Deadline: ID-kaart aanvragen, gemeente; balie');
    expect(unescapeIcsText(deadline['DESCRIPTION']!)).toBe('Dossier 42\nPartner: Werk & Inkomen');
    expect(deadline['CLASS']).toBe('CONFIDENTIAL');
    expect(meeting['DTSTART;TZID=Europe/Amsterdam']).toBe('20261201T093000');
    expect(meeting['DTEND;TZID=Europe/Amsterdam']).toBe('20261201T110000');
    // RFC 5545 §3.8.7.2: the stamp is in UTC.
    expect(meeting['DTSTAMP']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(unescapeIcsText(meeting['LOCATION']!)).toBe('Gemeentehuis, zaal 2');
  });

  it('an empty export is still a valid calendar', () => {
    const { lines, events } = parseIcs(toIcs([]).toString('utf8'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(events).toHaveLength(0);
  });
});
