import { describe, expect, it } from 'vitest';
import { isValidBsn, normaliseBsn } from '../../common/bsn.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';

describe('BSN 11-proef', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    // 111222333: 9+8+7+12+10+8+9+6-3 = 66 -> divisible by 11
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('refuses a number with one digit changed', () => {
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('123456781')).toBe(false);
  });
  it('refuses wrong lengths, letters and all zeros', () => {
    expect(isValidBsn('12345678')).toBe(false); // 012345678 fails the check
    expect(isValidBsn('1234567890')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('tolerates dots and spaces as people type them', () => {
    expect(normaliseBsn('1112.22.333')).toBe('111222333');
    expect(isValidBsn(' 111 222 333 ')).toBe(true);
  });
  it('the synthetic generator only makes valid numbers', () => {
    const rand = seededRandom(42);
    for (let i = 0; i < 1000; i++) expect(isValidBsn(syntheticBsn(rand))).toBe(true);
  });
});
