import { formatDateNl } from '../dates.js';
import { CLOSING_REASON_LABELS } from '../dossiers/status.js';
import { basisDef } from '../plan/basisvoorwaarden.js';
import { DISCLOSURE_EXPLANATION, definitionText, figureLabel, type FigureKey } from '../results/definitions.js';
import { SMALL_COUNT_LIMIT, formatCount, type DisclosedCount, type DisclosedShare } from '../results/disclosure.js';
import { showCount, showDays, showShare, type CountFigure, type ResultsFigures, type ResultsPeriod, type ShareFigure } from '../results/figures.js';
import { NO_PERSONAL_DATA, shareCountText, leadTimeLabel, momentLabel, paramsOf, periodDays, periodLabel } from '../results/report.js';
import { COLORS, dataTable, emptyNote, frame, letterheadBlock } from './frame.js';
import { mm, type Content, type DocDefinition, type TableNode } from './pdf-types.js';
import type { Letterhead } from './view-models.js';

/**
 * The management and council report of the Resultaten screen: per figure a bar chart drawn as vector shapes
 * (pdfmake canvas rectangles, no pictures), the disclosed numbers beside each bar and what the figure counts.
 * Everything shown passes through common/results/disclosure.ts; a bar never shows more than its number does:
 * a bound ("< 5", "< 42%") is drawn as a dashed outline up to the bound, a withheld share draws nothing.
 */

export interface ResultsReportModel {
  letterhead: Letterhead;
  /** The day the report is made. */
  date: string;
  period: ResultsPeriod;
  figures: ResultsFigures;
}

export const RESULTS_REPORT_KIND = 'Resultaten nazorg';
export const NO_PERSONAL_DATA_MARKING = 'Geen persoonsgegevens';

const BAR = { width: mm(62), height: 7, fill: '#2f6690', bound: '#2f6690', track: '#eef1f4' } as const;

/** How much of a bar to draw: solid up to `solid`, a dashed outline up to `outline` (fractions of the full width). */
interface BarShape {
  solid: number;
  outline: number;
}

function shareShape(d: DisclosedShare): BarShape | null {
  switch (d.kind) {
    case 'withheld':
      return null;
    case 'share':
      return { solid: d.percent / 100, outline: 0 };
    case 'below':
      return { solid: 0, outline: d.percent / 100 };
    case 'above':
      return { solid: d.percent / 100, outline: 1 };
  }
}

function countShape(d: DisclosedCount, max: number): BarShape {
  return d.kind === 'small' ? { solid: 0, outline: SMALL_COUNT_LIMIT / max } : { solid: d.value / max, outline: 0 };
}

/** The largest number a count bar must reach: the shown value, or the bound of a small count. */
function countScale(counts: readonly DisclosedCount[]): number {
  return Math.max(SMALL_COUNT_LIMIT, ...counts.map((c) => (c.kind === 'small' ? SMALL_COUNT_LIMIT : c.value)));
}

function barCanvas(shape: BarShape | null): Content {
  const shapes: Record<string, unknown>[] = [{ type: 'rect', x: 0, y: 0, w: BAR.width, h: BAR.height, color: BAR.track }];
  if (shape && shape.outline > 0)
    shapes.push({
      type: 'rect',
      x: 0,
      y: 0,
      w: BAR.width * shape.outline,
      h: BAR.height,
      lineColor: BAR.bound,
      lineWidth: 0.8,
      dash: { length: 2, space: 1.5 },
    });
  if (shape && shape.solid > 0) shapes.push({ type: 'rect', x: 0, y: 0, w: BAR.width * shape.solid, h: BAR.height, color: BAR.fill });
  return { canvas: shapes, margin: [0, 1.5, 0, 0] };
}

interface Bar {
  label: string;
  shape: BarShape | null;
  value: string;
  /** "10 van 12" for a share; '' for a count. */
  detail: string;
}

/** A chart as a table: label, the bar, the number, and what the number is taken over. */
function barChart(bars: readonly Bar[], headers: [string, string, string] = ['', 'Waarde', 'Aantal']): TableNode {
  return dataTable(
    [headers[0], '', headers[1], headers[2]],
    bars.map((b) => [b.label, barCanvas(b.shape), { text: b.value, style: 'td', bold: true }, { text: b.detail, style: 'td' }]),
    [mm(48), BAR.width + 4, mm(30), '*'],
  );
}

function shareBar(label: string, s: ShareFigure): Bar {
  return { label, shape: shareShape(s.shown), value: showShare(s), detail: `${shareCountText(s)} van ${formatCount(s.baseShown)}` };
}

function countBars(items: readonly { label: string; count: CountFigure }[]): Bar[] {
  const max = countScale(items.map((i) => i.count.shown));
  return items.map((i) => ({ label: i.label, shape: countShape(i.count.shown, max), value: showCount(i.count), detail: '' }));
}

function explain(keys: readonly FigureKey[], f: ResultsFigures): Content {
  const p = paramsOf(f);
  return {
    stack: keys.map((k) => ({
      text: [{ text: `${figureLabel(k, 'nl', p)}: `, bold: true }, definitionText(k, 'nl', p)],
      style: 'small',
      margin: [0, 0, 0, 2],
    })),
    margin: [0, 0, 0, 6],
  };
}

function heading(text: string): Content {
  return { text, style: 'h2' };
}

function section(title: string, body: Content[]): Content {
  // A figure, its chart and its explanation stay on one page.
  return { stack: [heading(title), ...body], unbreakable: true };
}

const LEGEND =
  'In de grafieken: een volle balk is het getoonde getal. Een gestippelde balk betekent dat alleen een grens getoond wordt ' +
  '("< 5", "< 42%"): het werkelijke getal ligt eronder (of, bij "> …", erboven). Zonder balk: te weinig om te tonen.';

export function resultsReportDefinition(m: ResultsReportModel): DocDefinition {
  const f = m.figures;
  const p = paramsOf(f);
  const content: Content[] = [
    letterheadBlock(m.letterhead),
    { text: 'Resultaten nazorg ex-gedetineerden', style: 'title' },
    {
      text: `Periode: ${periodLabel(m.period)}${m.period.kind === 'range' ? '' : ` (${periodDays(m.period)})`}. Gemaakt op ${formatDateNl(m.date)}; wat later wordt vastgelegd, telt hier niet mee.`,
      style: 'subtitle',
    },
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: 'Over kleine aantallen', bold: true, margin: [0, 0, 0, 2] },
                { text: DISCLOSURE_EXPLANATION.nl, fontSize: 8.5 },
                { text: `Dit rapport ${NO_PERSONAL_DATA}: er staat geen naam, BSN of dossiernummer in.`, fontSize: 8.5, margin: [0, 3, 0, 0] },
                { text: LEGEND, fontSize: 8.5, margin: [0, 3, 0, 0] },
              ],
              fillColor: COLORS.head,
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
    section(figureLabel('released', 'nl', p), [
      barChart(countBars([{ label: figureLabel('released', 'nl', p), count: f.released }]), ['', 'Aantal', '']),
      explain(['released'], f),
    ]),
    section('Op orde op de dag van vrijlating', [
      barChart([...f.dayOne.map((d) => shareBar(basisDef(d.key).label, d.share)), shareBar('Alle vijf', f.dayOneAll)], ['Basisvoorwaarde', 'Deel', 'Aantal']),
      explain(['dayOneBasis', 'dayOneAll'], f),
    ]),
    section(figureLabel('firstContact', 'nl', p), [
      barChart([shareBar(figureLabel('firstContact', 'nl', p), f.firstContact)], ['', 'Deel', 'Aantal']),
      explain(['firstContact'], f),
    ]),
    ...f.followups.map((fu) =>
      section(`Nazorgmomenten: ${momentLabel(fu.moment)}`, [
        { text: `${figureLabel('followupChecked', 'nl', p)}: ${showCount(fu.checked)}`, bold: true, margin: [0, 0, 0, 2] },
        barChart(
          [
            shareBar(figureLabel('followupHousing', 'nl', p), fu.housing),
            shareBar(figureLabel('followupIncome', 'nl', p), fu.income),
            shareBar(figureLabel('followupWork', 'nl', p), fu.work),
            shareBar(figureLabel('followupDebts', 'nl', p), fu.debts),
          ],
          ['', 'Deel', 'Aantal'],
        ),
      ]),
    ),
    explain(['followupChecked', 'followupHousing', 'followupIncome', 'followupWork', 'followupDebts'], f),
    section(`${figureLabel('closedByReason', 'nl', p)} naar reden`, [
      barChart(
        countBars([
          ...f.closed.byReason.map((r) => ({ label: CLOSING_REASON_LABELS[r.reason], count: r.count })),
          { label: 'Totaal afgesloten', count: f.closed.total },
        ]),
        ['Reden', 'Aantal', ''],
      ),
      barChart(countBars([{ label: figureLabel('unreachable', 'nl', p), count: f.unreachable }]), ['', 'Aantal', '']),
      explain(['closedByReason', 'unreachable'], f),
    ]),
    section('Doorlooptijden van aftelacties', [
      dataTable(
        ['Aftelactie', 'Acties', 'Mediaan dagen vóór vrijlating', 'Spreiding (kwartielen)', 'Te laat'],
        f.leadTimes.map((l) => [
          leadTimeLabel(l.kind),
          showCount(l.actions),
          showDays(l.days.medianShown),
          l.days.q1Shown.kind === 'withheld' ? showDays(l.days.q1Shown) : `${showDays(l.days.q1Shown)} tot ${showDays(l.days.q3Shown)}`,
          showShare(l.late),
        ]),
        [mm(48), mm(14), mm(34), mm(34), '*'],
      ),
      { text: 'Te laat, per aftelactie', bold: true, fontSize: 9, margin: [0, 2, 0, 0] },
      barChart(
        f.leadTimes.map((l) => shareBar(leadTimeLabel(l.kind), l.late)),
        ['Aftelactie', 'Te laat', 'Aantal'],
      ),
      explain(['leadTimeDays', 'leadTimeLate'], f),
    ]),
    heading('Partners'),
    f.partners.length === 0
      ? emptyNote('Geen acties bij partners met een deadline in deze periode.')
      : dataTable(
          [
            'Partner',
            figureLabel('partnerOnTime', 'nl', p),
            figureLabel('partnerLate', 'nl', p),
            figureLabel('partnerOpen', 'nl', p),
            figureLabel('partnerDaysLate', 'nl', p),
          ],
          f.partners.map((pf) => [pf.name, showCount(pf.onTime), showCount(pf.late), showCount(pf.open), showDays(pf.daysLate.medianShown)]),
          [mm(55), mm(24), mm(24), mm(22), '*'],
        ),
    ...(f.partners.length === 0
      ? []
      : [
          { text: 'Op tijd gedaan, per partner', bold: true, fontSize: 9, margin: [0, 2, 0, 0] } as Content,
          barChart(countBars(f.partners.map((pf) => ({ label: pf.name, count: pf.onTime }))), ['Partner', 'Op tijd', '']),
        ]),
    explain(['partnerOnTime', 'partnerLate', 'partnerOpen', 'partnerDaysLate'], f),
  ];
  return frame({ kind: RESULTS_REPORT_KIND, letterhead: m.letterhead, date: m.date, content, marking: NO_PERSONAL_DATA_MARKING });
}
