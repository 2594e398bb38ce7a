import { inflateSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTodayIso } from '../../common/calendar.js';
import { CLOSING_REASON_LABELS } from '../../common/dossiers/status.js';
import { basisDef } from '../../common/plan/basisvoorwaarden.js';
import { leadTimeLabel } from '../../common/results/report.js';
import { formatCount } from '../../common/results/disclosure.js';
import {
  countFigure,
  shareFigure,
  showCount,
  showDays,
  showShare,
  type ResultsFigures,
  type ResultsPeriod,
  type ShareFigure,
} from '../../common/results/figures.js';
import { dayOneBasis, dossiers, followups } from '../../db/schema.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { DEMO_SEEDERS } from '../../electron/cli/demo-vault.js';
import { dossierReference } from '../../electron/main/documents/build.js';
import { unlockedCore, type TypedCall } from '../helpers/core.js';
import { pdfImageCount, pdfPageCount, pdfPageSizes, pdfText } from '../helpers/pdf.js';

const year = Number(localTodayIso().slice(0, 4));
const PERIOD: ResultsPeriod = { kind: 'range', from: `${year - 1}-01-01`, to: localTodayIso() };
const fileOf = (d: { base64: string }) => Buffer.from(d.base64, 'base64');

/** The lines of a laid-out PDF text that start with a label followed by a column gap. */
function linesOf(text: string, label: string): string[] {
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.split('\n').filter((l) => new RegExp(`^\\s*${esc}\\s{2,}`).test(l));
}

/** pdftotext may close up the narrow space in "< 5"; columns are told apart by wider gaps. */
const tight = (x: string) => x.replace(/\s+/g, '');
const columns = (line: string | undefined) =>
  (line ?? '')
    .trim()
    .split(/\s{2,}/)
    .map(tight);

/**
 * The count beside a share, as the rule says: disclosed like any count, and a bound ("> base − 5") where all but 1
 * to 4 are meant (the exact count beside the base would give those few back).
 */
function countOf(s: ShareFigure): string {
  const rest = s.base - s.n;
  if (s.n >= 5 && rest >= 1 && rest <= 4) return `> ${s.base - 5}`;
  return formatCount(s.nShown);
}

/** The row of a share chart ends with the share and "n van base", all as disclosed. */
function expectShareRow(line: string | undefined, s: ShareFigure, what: string): void {
  expect(columns(line).slice(-2), what).toEqual([tight(showShare(s)), tight(`${countOf(s)} van ${formatCount(s.baseShown)}`)]);
}

function expectCountRow(line: string | undefined, shown: string, what: string): void {
  expect(columns(line).at(-1), what).toBe(tight(shown));
}

/** The text of one part of the report: from its heading to the next heading given. */
function part(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end === -1 ? undefined : end);
}

describe('the council report and the CSV of the results, on a real encrypted demo vault', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let call: TypedCall;
  let figures: ResultsFigures;
  /** Every way a client of this vault could be named in an output. */
  const needles: string[] = [];

  beforeAll(async () => {
    ctx = await unlockedCore();
    call = ctx.call;
    const vault = ctx.core.session.requireVault();
    for (const seed of DEMO_SEEDERS) await seed(vault, { dossiers: 40, seed: 2026 });
    for (const d of await vault.db.select().from(dossiers)) {
      needles.push(d.achternaam, [d.voornamen, d.tussenvoegsel, d.achternaam].filter(Boolean).join(' '), dossierReference(d.id));
      if (d.bsn) needles.push(d.bsn);
    }
    figures = await call('results.figures', { period: PERIOD });
  }, 120_000);
  afterAll(async () => ctx.close());

  const leaks = (haystack: string) => needles.filter((n) => haystack.includes(n));

  it('the demo vault gives figures to report, small ones among them', () => {
    expect(figures.released.n).toBeGreaterThanOrEqual(10);
    expect(needles.length).toBeGreaterThan(80);
    // The scan finds what it looks for, so an empty result below means something.
    expect(leaks(`x ${needles[0]} y`)).toEqual([needles[0]]);
  });

  it('PDF: A4, charts as vector shapes (no pictures), the same disclosed numbers as the screen, explained; in the register without personal data', async () => {
    const doc = await call('results.reportPdf', { period: PERIOD });
    expect(doc.fileName).toBe(`resultaten-nazorg-${PERIOD.kind === 'range' ? `${PERIOD.from}-tot-${PERIOD.to}` : ''}.pdf`);
    expect(doc.mediaType).toBe('application/pdf');
    const pdf = fileOf(doc);

    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([595, 842]);

    // The one picture is the municipality's logo on the letterhead; the pages draw many rectangles: the bars.
    expect(pdfImageCount(pdf)).toBe(2); // the logo and its transparency mask
    const drawn = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
      .map((m) => {
        const raw = Buffer.from(m[1]!, 'latin1');
        try {
          return inflateSync(raw).toString('latin1');
        } catch {
          return raw.toString('latin1');
        }
      })
      .join('\n');
    const rects = (drawn.match(/\bre\b/g) ?? []).length;
    expect(rects).toBeGreaterThan(20);

    const text = pdfText(pdf);
    expect(text).toContain('Gemeente Fictiefdorp');
    expect(text).toContain('Resultaten nazorg ex-gedetineerden');
    expect(text).toContain('Geen persoonsgegevens');
    // The small-number rule, explained on the page.
    expect(text.replace(/\s+/g, ' ')).toContain('een aantal van 1 tot en met 4 staat er als "< 5"');
    expect(text.replace(/\s+/g, ' ')).toContain('("te weinig om te tonen")');

    expectCountRow(linesOf(text, 'Vrijgelaten inwoners')[0], showCount(figures.released), 'released');

    const dayOne = part(text, 'Op orde op de dag van vrijlating', 'Bereikt binnen');
    for (const d of figures.dayOne) expectShareRow(linesOf(dayOne, basisDef(d.key).label)[0], d.share, d.key);
    expectShareRow(linesOf(dayOne, 'Alle vijf')[0], figures.dayOneAll, 'all five');
    expectShareRow(linesOf(text, `Bereikt binnen ${figures.firstContactHours} uur`)[0], figures.firstContact, 'first contact');

    for (const [i, fu] of figures.followups.entries()) {
      const next = figures.followups[i + 1] ? 'Nazorgmomenten: ' : 'Afgesloten dossiers naar reden';
      const heading = `Nazorgmomenten: ${fu.moment.replace('-maanden', ' maanden na vrijlating')}`;
      const t = part(text, heading, next === 'Nazorgmomenten: ' ? `Nazorgmomenten: ${figures.followups[i + 1]!.moment.replace('-maanden', ' maanden')}` : next);
      expect(tight(t)).toContain(tight(`Nazorgmomenten met contact: ${showCount(fu.checked)}`));
      expectShareRow(linesOf(t, 'Onderdak op orde')[0], fu.housing, `${fu.moment} housing`);
      expectShareRow(linesOf(t, 'Inkomen op orde')[0], fu.income, `${fu.moment} income`);
      expectShareRow(linesOf(t, 'Werk of dagbesteding')[0], fu.work, `${fu.moment} work`);
      expectShareRow(linesOf(t, 'Schulden in een regeling')[0], fu.debts, `${fu.moment} debts`);
    }

    const closed = part(text, 'Afgesloten dossiers naar reden', 'Doorlooptijden');
    for (const r of figures.closed.byReason) {
      // Long reasons wrap in their cell; the first line carries the number.
      const start = CLOSING_REASON_LABELS[r.reason].slice(0, 14);
      const line = closed.split('\n').find((l) => l.trimStart().startsWith(start))!;
      expectCountRow(line, showCount(r.count), r.reason);
      // A small count never shows as itself.
      if (r.count.n > 0 && r.count.n < 5) expect(columns(line).at(-1)).toBe('<5');
    }
    expectCountRow(linesOf(closed, 'Totaal afgesloten')[0], showCount(figures.closed.total), 'closed total');
    expectCountRow(linesOf(closed, 'Niet bereikbare cliënten')[0], showCount(figures.unreachable), 'unreachable');

    const lead = part(text, 'Doorlooptijden van aftelacties', 'Te laat, per aftelactie');
    for (const l of figures.leadTimes) {
      const label = leadTimeLabel(l.kind);
      const spread = l.days.q1Shown.kind === 'withheld' ? showDays(l.days.q1Shown) : `${showDays(l.days.q1Shown)} tot ${showDays(l.days.q3Shown)}`;
      expect(columns(linesOf(lead, label)[0]), l.kind).toEqual(
        [label, showCount(l.actions), showDays(l.days.medianShown), spread, showShare(l.late)].map(tight),
      );
    }
    const partnersPart = part(text, 'Partner  ', 'Op tijd gedaan, per partner');
    for (const pf of figures.partners) {
      // A long name wraps in its cell; its first line carries the numbers.
      const line = partnersPart.split('\n').find((l) => l.trimStart().startsWith(pf.name.slice(0, 16)));
      expect(columns(line).slice(-4), pf.name).toEqual(
        [showCount(pf.onTime), showCount(pf.late), showCount(pf.open), showDays(pf.daysLate.medianShown)].map(tight),
      );
    }

    // Some figure of the demo is small, and it shows as the rule says.
    const shown = [figures.released, figures.unreachable, ...figures.closed.byReason.map((r) => r.count)];
    expect(shown.some((c) => c.shown.kind === 'small') || text.includes('te weinig om te tonen')).toBe(true);

    // Each figure carries what it counts.
    expect(text.replace(/\s+/g, ' ')).toContain('Elk dossier telt één keer.');

    expect(leaks(text)).toEqual([]);
    expect(leaks(doc.fileName)).toEqual([]);

    const { db } = ctx.core.session.requireVault();
    const entry = (await listProvisions(db, 50)).find((p) => p.kind === 'pdf.resultaten');
    expect(entry).toMatchObject({ dossierIds: [], direction: 'out', recipient: 'Management en gemeenteraad' });
    expect(entry!.what).toContain('bevat geen persoonsgegevens');

    // Without a logo on the letterhead the report holds no picture at all: the charts are vector shapes.
    await call('settings.update', { logo: '' });
    const bare = fileOf(await call('results.reportPdf', { period: PERIOD }));
    expect(pdfImageCount(bare)).toBe(0);
    expect(bare.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  }, 60_000);

  it('CSV: Dutch Excel conventions, the same disclosed figures, the rule explained; in the register without personal data', async () => {
    const file = await call('results.reportCsv', { period: PERIOD });
    expect(file.fileName).toBe(`resultaten-nazorg-${PERIOD.kind === 'range' ? `${PERIOD.from}-tot-${PERIOD.to}` : ''}.csv`);
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    const bytes = fileOf(file);
    // UTF-8 with a byte-order mark, semicolons, CRLF: as the app's other CSVs, so Excel opens it by double-click.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const raw = bytes.toString('utf8');
    expect(raw).toContain('\r\n');
    const rows = parse(raw, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['Onderdeel', 'Cijfer', 'Uitsplitsing', 'Waarde', 'Aantal', 'Van', 'Wat telt']);

    const find = (section: string, figure: string, partName = '') => {
      const hit = rows.filter((r) => r['Onderdeel'] === section && r['Cijfer'] === figure && r['Uitsplitsing'] === partName);
      expect(hit, `${section} / ${figure} / ${partName}`).toHaveLength(1);
      return hit[0]!;
    };
    const share = (r: Record<string, string>, s: ShareFigure) =>
      expect([r['Waarde'], r['Aantal'], r['Van']]).toEqual([showShare(s), countOf(s), formatCount(s.baseShown)]);

    expect(find('Vrijlating', 'Vrijgelaten inwoners')['Waarde']).toBe(showCount(figures.released));
    for (const d of figures.dayOne) share(find('Dag van vrijlating', 'Op orde op de dag van vrijlating', basisDef(d.key).label), d.share);
    share(find('Dag van vrijlating', 'Alle vijf op orde op de dag van vrijlating'), figures.dayOneAll);
    share(find('Eerste contact', `Bereikt binnen ${figures.firstContactHours} uur`), figures.firstContact);
    for (const fu of figures.followups) {
      const section = `Nazorgmomenten: ${fu.moment.replace('-maanden', ' maanden na vrijlating')}`;
      expect(find(section, 'Nazorgmomenten met contact')['Waarde']).toBe(showCount(fu.checked));
      share(find(section, 'Onderdak op orde'), fu.housing);
      share(find(section, 'Inkomen op orde'), fu.income);
      share(find(section, 'Werk of dagbesteding'), fu.work);
      share(find(section, 'Schulden in een regeling'), fu.debts);
    }
    for (const r of figures.closed.byReason)
      expect(find('Afsluiting en bereikbaarheid', 'Afgesloten dossiers', CLOSING_REASON_LABELS[r.reason])['Waarde']).toBe(showCount(r.count));
    expect(find('Afsluiting en bereikbaarheid', 'Afgesloten dossiers', 'totaal')['Waarde']).toBe(showCount(figures.closed.total));
    expect(find('Afsluiting en bereikbaarheid', 'Niet bereikbare cliënten')['Waarde']).toBe(showCount(figures.unreachable));
    for (const l of figures.leadTimes) {
      expect(find('Doorlooptijden van aftelacties', 'Dagen vóór vrijlating gedaan', `${leadTimeLabel(l.kind)}: mediaan`)['Waarde']).toBe(
        showDays(l.days.medianShown),
      );
      share(find('Doorlooptijden van aftelacties', 'Te laat', leadTimeLabel(l.kind)), l.late);
    }
    for (const pf of figures.partners) {
      expect(find('Partners', 'Op tijd gedaan', pf.name)['Waarde']).toBe(showCount(pf.onTime));
      expect(find('Partners', 'Te laat gedaan', pf.name)['Waarde']).toBe(showCount(pf.late));
      expect(find('Partners', 'Nog open', pf.name)['Waarde']).toBe(showCount(pf.open));
    }
    // Each figure row carries its definition; the file explains the small-number rule.
    for (const r of rows.filter((x) => x['Onderdeel'] !== 'Over dit bestand')) expect(r['Wat telt']!.length, r['Cijfer']).toBeGreaterThan(20);
    expect(find('Over dit bestand', 'Kleine aantallen')['Wat telt']).toContain('"< 5"');
    // Nothing in the file is a bare small count: every count 1 to 4 is shown as "< 5" (medians are days, not counts).
    const days = ['Dagen vóór vrijlating gedaan', 'Mediaan dagen te laat'];
    for (const r of rows)
      for (const c of days.includes(r['Cijfer']!) ? ['Aantal', 'Van'] : ['Waarde', 'Aantal', 'Van']) expect(r[c], `${r['Cijfer']} ${c}`).not.toMatch(/^[1-4]$/);

    expect(leaks(raw)).toEqual([]);
    const { db } = ctx.core.session.requireVault();
    const entry = (await listProvisions(db, 50)).find((p) => p.kind === 'csv.resultaten');
    expect(entry).toMatchObject({ dossierIds: [], direction: 'out' });
    expect(entry!.what).toContain('bevat geen persoonsgegevens');
  }, 60_000);

  it('contribution scheme: one A4 page and a CSV with residents guided to housing and to work, each labelled with its definition, counted independently here', async () => {
    // The count from the raw tables, written out the way docs/domain/results.md defines it.
    const { db } = ctx.core.session.requireVault();
    const today = localTodayIso();
    const { from, to } = { from: PERIOD.kind === 'range' ? PERIOD.from : '', to: PERIOD.kind === 'range' ? PERIOD.to : '' };
    const end = to < today ? to : today;
    const all = await db.select().from(dossiers);
    const pop = all.filter((d) => d.werkelijkeVrijlating && d.werkelijkeVrijlating <= end && !(d.status === 'afgesloten' && d.closedAt && d.closedAt < from));
    const dayOne = await db.select().from(dayOneBasis);
    const fus = (await db.select().from(followups)).filter((f) => f.doneOn && f.doneOn >= from && f.doneOn <= to && f.reached === 'ja');
    const releasedIn = (d: (typeof all)[number]) => d.werkelijkeVrijlating! >= from && d.werkelijkeVrijlating! <= end;
    const onDayOne = (d: (typeof all)[number], key: string) =>
      releasedIn(d) && dayOne.some((b) => b.dossierId === d.id && b.key === key && b.state === 'geregeld');
    const housed = pop.filter(
      (d) =>
        onDayOne(d, 'housing') || fus.some((f) => f.dossierId === d.id && (JSON.parse(f.basis ?? '{}') as Record<string, string>)['housing'] === 'geregeld'),
    );
    const working = pop.filter((d) => onDayOne(d, 'daytime') || fus.some((f) => f.dossierId === d.id && (f.work === 'zelfde' || f.work === 'anders')));
    const both = housed.filter((d) => working.includes(d));
    expect(pop.length).toBeGreaterThanOrEqual(10);
    expect(housed.length + working.length).toBeGreaterThan(0);
    const expected = [
      ['Inwoners in nazorg in de periode', showCount(countFigure(pop.length)), ''],
      ['Begeleid naar huisvesting', countOf(shareFigure(housed.length, pop.length)), showShare(shareFigure(housed.length, pop.length))],
      ['Begeleid naar werk of dagbesteding', countOf(shareFigure(working.length, pop.length)), showShare(shareFigure(working.length, pop.length))],
      ['Begeleid naar huisvesting én werk of dagbesteding', countOf(shareFigure(both.length, pop.length)), showShare(shareFigure(both.length, pop.length))],
    ] as const;

    const doc = await call('results.contributionPdf', { period: PERIOD });
    expect(doc.fileName).toMatch(/^bijdrageregeling-wonen-werk-[\d-]+tot-[\d-]+\.pdf$/);
    const pdf = fileOf(doc);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfPageSizes(pdf).map((s) => [Math.round(s.width), Math.round(s.height)])).toEqual([[595, 842]]);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Bijdrageregeling Begeleiden (ex-)gedetineerden voor Wonen en Werken');
    expect(flat).toContain('geen formulier van de regeling');
    for (const [label, count, share] of expected) {
      const line = text.split('\n').find((l) => l.trimStart().startsWith(label))!;
      expect(columns(line).slice(-2), label).toEqual([tight(count), tight(share || '—')]);
    }
    // Each figure with its definition beside it, and the small-number rule.
    expect(flat).toContain('"Niet van toepassing" telt niet');
    expect(flat).toContain('Een uitkering alleen telt niet.');
    expect(flat).toContain('een aantal van 1 tot en met 4 staat er als "< 5"');
    expect(leaks(text)).toEqual([]);

    const csvFile = await call('results.contributionCsv', { period: PERIOD });
    expect(csvFile.fileName).toMatch(/^bijdrageregeling-wonen-werk-.*\.csv$/);
    const raw = fileOf(csvFile).toString('utf8');
    const rows = parse(raw, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    for (const [label, count, share] of expected) {
      const r = rows.find((x) => x['Cijfer'] === label)!;
      expect([r['Inwoners'], r['Deel']], label).toEqual([count, share]);
      expect(r['Wat telt']!.length).toBeGreaterThan(40);
    }
    expect(rows.find((x) => x['Cijfer'] === 'Kleine aantallen')!['Wat telt']).toContain('"< 5"');
    expect(leaks(raw)).toEqual([]);

    const entries = await listProvisions(db, 50);
    for (const kind of ['pdf.bijdrageregeling', 'csv.bijdrageregeling']) {
      const e = entries.find((p) => p.kind === kind);
      expect(e, kind).toMatchObject({ dossierIds: [], direction: 'out' });
      expect(e!.what).toContain('bevat geen persoonsgegevens');
    }
  }, 60_000);
});
