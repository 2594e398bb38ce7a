import { formatDateNl } from '../dates.js';
import { CLOSING_REASON_LABELS } from '../dossiers/status.js';
import { basisDef } from '../plan/basisvoorwaarden.js';
import {
  DISCLOSURE_EXPLANATION,
  LEAD_TIME_KINDS,
  REPORTED_MOMENTS,
  definitionText,
  figureLabel,
  type DefinitionParams,
  type FigureKey,
} from './definitions.js';
import { SMALL_COUNT_LIMIT, discloseCount, formatCount } from './disclosure.js';
import {
  periodRange,
  showCount,
  showDays,
  showShare,
  type CountFigure,
  type DaysFigure,
  type ResultsFigures,
  type ResultsPeriod,
  type ShareFigure,
} from './figures.js';

/**
 * The council report's figures as flat rows: the CSV writes them as they are, and the PDF's tables show the same
 * strings, so the two files of one period can be laid side by side. Only disclosed values appear here.
 */

/** Words that mark an aggregate output in the register of provisions: no client is in it. */
export const NO_PERSONAL_DATA = 'bevat geen persoonsgegevens (alleen totalen)';

const QUARTER_WORDS = ['1e', '2e', '3e', '4e'] as const;

/** "2026", "2e kwartaal 2026" or "01-03-2026 t/m 31-05-2026". */
export function periodLabel(p: ResultsPeriod): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${QUARTER_WORDS[p.quarter - 1]} kwartaal ${p.year}`;
  return `${formatDateNl(p.from)} t/m ${formatDateNl(p.to)}`;
}

/** The period in a file name: "2026", "2026-K2" or "2026-03-01-tot-2026-05-31" (no personal data, sorts well). */
export function periodFileStem(p: ResultsPeriod): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year}-K${p.quarter}`;
  return `${p.from}-tot-${p.to}`;
}

/** First and last day, written out: "01-01-2026 t/m 31-12-2026". */
export function periodDays(p: ResultsPeriod): string {
  const r = periodRange(p);
  return `${formatDateNl(r.from)} t/m ${formatDateNl(r.to)}`;
}

/**
 * The count a share is taken of, as printed beside the share and its base. When all but 1 to 4 of the people are
 * meant, the exact count beside the base would give those few back ("13 van 16" tells that 3 were not reached; the
 * share itself is then only "> 68%"), so the count becomes a bound too: "> 11" of 16. This holds also where the
 * share is withheld over fewer than 10 people ("7 van 8" would tell the one).
 */
export function shareCountText(s: ShareFigure): string {
  const rest = s.base - s.n;
  if (s.n >= SMALL_COUNT_LIMIT && rest > 0 && rest < SMALL_COUNT_LIMIT) return `> ${s.base - SMALL_COUNT_LIMIT}`;
  return formatCount(s.nShown);
}

export interface ReportRow {
  /** The part of the report: "Dag van vrijlating", "Nazorgmomenten: 3 maanden na vrijlating", ... */
  section: string;
  /** The figure's label (common/results/definitions.ts). */
  figure: string;
  /** Which one of the figure: a basisvoorwaarde, a reason, a partner, a statistic; '' when the figure is one number. */
  part: string;
  /** The disclosed value as shown: "12", "< 5", "83%", "te weinig om te tonen". */
  value: string;
  /** For a share: the disclosed count it is taken of, and over how many; '' otherwise. */
  count: string;
  base: string;
  definition: string;
}

export const REPORT_COLUMNS = [
  { header: 'Onderdeel', key: 'section' },
  { header: 'Cijfer', key: 'figure' },
  { header: 'Uitsplitsing', key: 'part' },
  { header: 'Waarde', key: 'value' },
  { header: 'Aantal', key: 'count' },
  { header: 'Van', key: 'base' },
  { header: 'Wat telt', key: 'definition' },
] as const satisfies readonly { header: string; key: keyof ReportRow }[];

export const SECTIONS = {
  released: 'Vrijlating',
  dayOne: 'Dag van vrijlating',
  firstContact: 'Eerste contact',
  followup: (moment: string) => `Nazorgmomenten: ${moment}`,
  closed: 'Afsluiting en bereikbaarheid',
  leadTimes: 'Doorlooptijden van aftelacties',
  partners: 'Partners',
} as const;

export function paramsOf(f: ResultsFigures): DefinitionParams {
  return { hours: f.firstContactHours, attempts: f.unreachableAfterAttempts };
}

function shareRow(section: string, key: FigureKey, part: string, s: ShareFigure, p: DefinitionParams): ReportRow {
  return {
    section,
    figure: figureLabel(key, 'nl', p),
    part,
    value: showShare(s),
    count: shareCountText(s),
    base: formatCount(s.baseShown),
    definition: definitionText(key, 'nl', p),
  };
}

function countRow(section: string, key: FigureKey, part: string, c: CountFigure, p: DefinitionParams): ReportRow {
  return { section, figure: figureLabel(key, 'nl', p), part, value: showCount(c), count: '', base: '', definition: definitionText(key, 'nl', p) };
}

function daysRows(section: string, key: FigureKey, prefix: string, d: DaysFigure, p: DefinitionParams): ReportRow[] {
  const base = formatCount(discloseCount(d.base));
  const row = (what: string, v: string): ReportRow => ({
    section,
    figure: figureLabel(key, 'nl', p),
    part: [prefix, what].filter(Boolean).join(': '),
    value: v,
    count: '',
    base,
    definition: definitionText(key, 'nl', p),
  });
  return [row('mediaan', showDays(d.medianShown)), row('eerste kwartiel', showDays(d.q1Shown)), row('derde kwartiel', showDays(d.q3Shown))];
}

export function leadTimeLabel(kind: string): string {
  return LEAD_TIME_KINDS.find((k) => k.key === kind)?.label.nl ?? kind;
}

export function momentLabel(moment: string): string {
  return REPORTED_MOMENTS.find((m) => m.key === moment)?.label.nl ?? moment;
}

/** Every figure of the period as a row, in the order of the report. */
export function reportRows(f: ResultsFigures): ReportRow[] {
  const p = paramsOf(f);
  const rows: ReportRow[] = [countRow(SECTIONS.released, 'released', '', f.released, p)];
  for (const d of f.dayOne) rows.push(shareRow(SECTIONS.dayOne, 'dayOneBasis', basisDef(d.key).label, d.share, p));
  rows.push(shareRow(SECTIONS.dayOne, 'dayOneAll', '', f.dayOneAll, p));
  rows.push(shareRow(SECTIONS.firstContact, 'firstContact', '', f.firstContact, p));
  for (const m of f.followups) {
    const section = SECTIONS.followup(momentLabel(m.moment));
    rows.push(countRow(section, 'followupChecked', '', m.checked, p));
    rows.push(shareRow(section, 'followupHousing', '', m.housing, p));
    rows.push(shareRow(section, 'followupIncome', '', m.income, p));
    rows.push(shareRow(section, 'followupWork', '', m.work, p));
    rows.push(shareRow(section, 'followupDebts', '', m.debts, p));
  }
  rows.push(countRow(SECTIONS.closed, 'closedByReason', 'totaal', f.closed.total, p));
  for (const r of f.closed.byReason) rows.push(countRow(SECTIONS.closed, 'closedByReason', CLOSING_REASON_LABELS[r.reason], r.count, p));
  rows.push(countRow(SECTIONS.closed, 'unreachable', '', f.unreachable, p));
  for (const l of f.leadTimes) {
    rows.push(...daysRows(SECTIONS.leadTimes, 'leadTimeDays', leadTimeLabel(l.kind), l.days, p));
    rows.push(shareRow(SECTIONS.leadTimes, 'leadTimeLate', leadTimeLabel(l.kind), l.late, p));
  }
  for (const pf of f.partners) {
    rows.push(countRow(SECTIONS.partners, 'partnerOnTime', pf.name, pf.onTime, p));
    rows.push(countRow(SECTIONS.partners, 'partnerLate', pf.name, pf.late, p));
    rows.push(countRow(SECTIONS.partners, 'partnerOpen', pf.name, pf.open, p));
    rows.push(...daysRows(SECTIONS.partners, 'partnerDaysLate', pf.name, pf.daysLate, p).slice(0, 1));
  }
  return rows;
}

/** The rows that open the CSV: which period, when made, and the small-number rule in words. */
export function reportPreamble(period: ResultsPeriod, today: string): ReportRow[] {
  const meta = (figure: string, value: string, definition = ''): ReportRow => ({
    section: 'Over dit bestand',
    figure,
    part: '',
    value,
    count: '',
    base: '',
    definition,
  });
  return [
    meta('Periode', period.kind === 'range' ? periodLabel(period) : `${periodLabel(period)} (${periodDays(period)})`),
    meta('Gemaakt op', formatDateNl(today)),
    meta('Kleine aantallen', '< 5 / te weinig om te tonen', DISCLOSURE_EXPLANATION.nl),
    meta('Persoonsgegevens', 'geen', `Dit bestand ${NO_PERSONAL_DATA}.`),
  ];
}
