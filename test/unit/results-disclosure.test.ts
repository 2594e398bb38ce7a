import { describe, expect, it } from 'vitest';
import { discloseCount, discloseShare, formatCount, formatShare } from '../../common/results/disclosure.js';

describe('small counts never name a person', () => {
  it.each([
    [0, '0'],
    [1, '< 5'],
    [4, '< 5'],
    [5, '5'],
    [123, '123'],
  ])('count %i shows as %s', (n, shown) => {
    expect(formatCount(discloseCount(n))).toBe(shown);
  });

  it('refuses what is not a count', () => {
    expect(() => discloseCount(-1)).toThrow(RangeError);
    expect(() => discloseCount(2.5)).toThrow(RangeError);
  });
});

describe('shares over few people are withheld or bounded', () => {
  it('withholds a share over fewer than 10 people, in both languages', () => {
    expect(formatShare(discloseShare(6, 9))).toBe('te weinig om te tonen');
    expect(formatShare(discloseShare(0, 0), 'en')).toBe('too few to show');
  });

  it('shows a share over 10 or more people as a whole percentage', () => {
    expect(formatShare(discloseShare(5, 10))).toBe('50%');
    expect(formatShare(discloseShare(7, 12))).toBe('58%');
    expect(formatShare(discloseShare(0, 40))).toBe('0%');
    expect(formatShare(discloseShare(40, 40))).toBe('100%');
  });

  it('a small numerator or a small rest gives only a bound that fits every small count', () => {
    // 3 of 12 would be 25%: readable back as 3 people. Any of 1..4 out of 12 is below 42%.
    expect(formatShare(discloseShare(3, 12))).toBe('< 42%');
    expect(formatShare(discloseShare(1, 12))).toBe('< 42%');
    expect(formatShare(discloseShare(10, 12))).toBe('> 58%');
    for (let n = 1; n < 5; n++) {
      const d = discloseShare(n, 20);
      expect(d.kind).toBe('below');
      if (d.kind === 'below') expect((n * 100) / 20).toBeLessThan(d.percent);
    }
  });

  it('refuses a numerator above its denominator', () => {
    expect(() => discloseShare(11, 10)).toThrow(RangeError);
  });
});
