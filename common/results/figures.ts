import type { BasisKey } from '../plan/basisvoorwaarden.js';
import type { ClosingReason } from '../dossiers/status.js';
import type { LeadTimeKind, ReportedMoment } from './definitions.js';
import {
  discloseCount,
  discloseDays,
  discloseShare,
  formatCount,
  formatDays,
  formatShare,
  type DisclosedCount,
  type DisclosedDays,
  type DisclosedShare,
  type DisclosureLanguage,
} from './disclosure.js';

/**
 * The figures of one period as the main side hands them out: every figure carries its raw numbers and the
 * disclosed value made by common/results/disclosure.ts, so the screen, the PDF and the CSV show the same thing
 * and none of them decides about suppression on its own. Outputs show only the disclosed values.
 */

export type ResultsPeriod =
  { kind: 'year'; year: number } | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'range'; from: string; to: string };

export interface PeriodRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a period, both included. */
export function periodRange(p: ResultsPeriod): PeriodRange {
  if (p.kind === 'range') return { from: p.from, to: p.to };
  if (p.kind === 'year') return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
  const lastMonth = p.quarter * 3;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return { from: `${p.year}-${pad(lastMonth - 2)}-01`, to: `${p.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export interface CountFigure {
  n: number;
  shown: DisclosedCount;
}

export interface ShareFigure {
  n: number;
  base: number;
  shown: DisclosedShare;
  /** The numerator and the base as counts, disclosed like any count. */
  nShown: DisclosedCount;
  baseShown: DisclosedCount;
}

export interface DaysFigure {
  /** How many values the statistics are taken over. */
  base: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  medianShown: DisclosedDays;
  q1Shown: DisclosedDays;
  q3Shown: DisclosedDays;
}

export function countFigure(n: number): CountFigure {
  return { n, shown: discloseCount(n) };
}

export function shareFigure(n: number, base: number): ShareFigure {
  return { n, base, shown: discloseShare(n, base), nShown: discloseCount(n), baseShown: discloseCount(base) };
}

/**
 * Quantile as Excel's QUARTILE.INC (linear between the two nearest ranks), rounded to whole days so a council
 * member can check it in Excel on the same numbers. Null for no values.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const v = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
  return Math.round(v);
}

export function daysFigure(values: readonly number[]): DaysFigure {
  const sorted = [...values].sort((a, b) => a - b);
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => quantile(sorted, q)) as [number | null, number | null, number | null];
  const base = sorted.length;
  return {
    base,
    median,
    q1,
    q3,
    medianShown: discloseDays(median, base),
    q1Shown: discloseDays(q1, base),
    q3Shown: discloseDays(q3, base),
  };
}

export interface FollowupFigures {
  moment: ReportedMoment;
  checked: CountFigure;
  housing: ShareFigure;
  income: ShareFigure;
  work: ShareFigure;
  debts: ShareFigure;
}

export interface LeadTimeFigures {
  kind: LeadTimeKind;
  /** Actions of this kind counted (dropped ones left out). */
  actions: CountFigure;
  days: DaysFigure;
  late: ShareFigure;
}

export interface PartnerFigures {
  partnerId: number;
  /** The organisation's name: partners are organisations, never the client. */
  name: string;
  onTime: CountFigure;
  late: CountFigure;
  open: CountFigure;
  daysLate: DaysFigure;
}

export interface ResultsFigures {
  period: PeriodRange;
  /** The day the figures were made: releases after it are not counted yet. */
  today: string;
  firstContactHours: number;
  unreachableAfterAttempts: number;
  released: CountFigure;
  dayOne: { key: BasisKey; share: ShareFigure }[];
  dayOneAll: ShareFigure;
  firstContact: ShareFigure;
  followups: FollowupFigures[];
  closed: { total: CountFigure; byReason: { reason: ClosingReason; count: CountFigure }[] };
  unreachable: CountFigure;
  leadTimes: LeadTimeFigures[];
  partners: PartnerFigures[];
}

/** The one way a figure is written, on the screen, in the PDF and in the CSV. */
export function showCount(f: CountFigure): string {
  return formatCount(f.shown);
}

export function showShare(f: ShareFigure, language: DisclosureLanguage = 'nl'): string {
  return formatShare(f.shown, language);
}

export function showDays(d: DisclosedDays, language: DisclosureLanguage = 'nl'): string {
  return formatDays(d, language);
}
