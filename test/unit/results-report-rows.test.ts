import { describe, expect, it } from 'vitest';
import { shareFigure } from '../../common/results/figures.js';
import { periodFileStem, periodLabel, shareCountText } from '../../common/results/report.js';

describe('the rows of the results reports', () => {
  it('the count beside a share never gives back the few the share hides', () => {
    // 13 of 16 reached: the share is "> 68%", and "13 van 16" would tell that 3 were not reached.
    expect(shareCountText(shareFigure(13, 16))).toBe('> 11');
    expect(shareCountText(shareFigure(3, 16))).toBe('< 5');
    expect(shareCountText(shareFigure(8, 16))).toBe('8');
    expect(shareCountText(shareFigure(0, 16))).toBe('0');
    // Over fewer than 10 the share is withheld, and still "7 van 8" would name the one.
    expect(shareCountText(shareFigure(7, 8))).toBe('> 3');
    expect(shareCountText(shareFigure(8, 8))).toBe('8');
    expect(shareCountText(shareFigure(2, 3))).toBe('< 5');
  });

  it('periods are named in words and in file names without anything personal', () => {
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 2 })).toBe('2e kwartaal 2026');
    expect(periodLabel({ kind: 'range', from: '2026-03-01', to: '2026-05-31' })).toBe('01-03-2026 t/m 31-05-2026');
    expect(periodFileStem({ kind: 'quarter', year: 2026, quarter: 2 })).toBe('2026-K2');
    expect(periodFileStem({ kind: 'year', year: 2026 })).toBe('2026');
  });
});
