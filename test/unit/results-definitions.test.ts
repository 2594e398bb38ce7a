import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_EXPLANATION,
  FIGURE_DEFINITIONS,
  FIGURE_KEYS,
  LEAD_TIME_KINDS,
  REPORTED_MOMENTS,
  definitionText,
  figureLabel,
} from '../../common/results/definitions.js';
import { daysFigure, periodRange, quantile, shareFigure } from '../../common/results/figures.js';
import { discloseDays, formatDays } from '../../common/results/disclosure.js';
import { DEFAULT_COUNTDOWN_TEMPLATE } from '../../common/plan/countdown.js';
import { DEFAULT_FOLLOWUP_MOMENTS, momentKey } from '../../common/aftercare/rules.js';

/** Words that only Dutch text has (as the message catalogue test checks its English). */
const DUTCH_WORDS = /\b(de|het|een|niet|niets|van|en|geen|deze|dit|er|bij|voor|naar|wordt|zijn|uw)\b/i;

describe('every figure says what it counts, in Dutch and in English', () => {
  it('has a label and a definition in both languages for every key', () => {
    for (const key of FIGURE_KEYS) {
      const d = FIGURE_DEFINITIONS[key];
      expect(d.key).toBe(key);
      for (const t of [d.label, d.definition]) {
        expect(t.nl.trim().length).toBeGreaterThan(3);
        expect(t.en, `${key} English reads as Dutch`).not.toMatch(DUTCH_WORDS);
      }
    }
    expect(DISCLOSURE_EXPLANATION.en).not.toMatch(DUTCH_WORDS);
    expect(DISCLOSURE_EXPLANATION.nl).toContain('< 5');
  });

  it('fills in the settings a figure depends on', () => {
    const p = { hours: 72, attempts: 4 };
    expect(figureLabel('firstContact', 'nl', p)).toBe('Bereikt binnen 72 uur');
    expect(definitionText('unreachable', 'en', p)).toContain('at least 4 contact attempts');
    for (const key of FIGURE_KEYS) expect(definitionText(key, 'nl', p)).not.toMatch(/\{\w+\}/);
  });

  it('reports countdown kinds and follow-up moments that the templates really make', () => {
    const keys = new Set(DEFAULT_COUNTDOWN_TEMPLATE.map((i) => i.key));
    for (const k of LEAD_TIME_KINDS) expect(keys).toContain(k.key);
    const moments = new Set(DEFAULT_FOLLOWUP_MOMENTS.map(momentKey));
    for (const m of REPORTED_MOMENTS) expect(moments).toContain(m.key);
  });
});

describe('periods and statistics', () => {
  it('turns a year and a quarter into their first and last day', () => {
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 2 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodRange({ kind: 'range', from: '2026-02-03', to: '2026-02-03' })).toEqual({ from: '2026-02-03', to: '2026-02-03' });
  });

  it('computes quartiles as Excel QUARTILE.INC, rounded to whole days', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(v, 0.5)).toBe(6); // 5.5 rounds up
    expect(quantile(v, 0.25)).toBe(3); // 3.25
    expect(quantile(v, 0.75)).toBe(8); // 7.75
    expect(quantile([-3], 0.5)).toBe(-3);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('withholds a median over fewer than 10 values, and shows it over 10 or more', () => {
    const few = daysFigure([3, 9, 1]);
    expect(few.median).toBe(3);
    expect(formatDays(few.medianShown)).toBe('te weinig om te tonen');
    expect(formatDays(discloseDays(null, 30), 'en')).toBe('too few to show');
    const many = daysFigure([14, 12, 10, 8, 7, 7, 6, 5, 2, -1]);
    expect(formatDays(many.medianShown)).toBe('7');
    expect(formatDays(many.q1Shown)).toBe('5');
    expect(formatDays(many.q3Shown)).toBe('10');
  });

  it('discloses the numerator and base of a share as counts too', () => {
    const s = shareFigure(3, 20);
    expect(s.nShown).toEqual({ kind: 'small' });
    expect(s.baseShown).toEqual({ kind: 'count', value: 20 });
    expect(s.shown).toEqual({ kind: 'below', percent: 25 });
  });
});
