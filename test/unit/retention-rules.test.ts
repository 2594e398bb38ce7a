import { describe, expect, it } from 'vitest';
import { destructionRegisterLine, isPastRetention, retentionCutoff } from '../../common/retention.js';

describe('retention rule', () => {
  it('puts the cutoff the chosen number of years back, 29-02 landing on 28-02', () => {
    expect(retentionCutoff('2026-11-23', 2)).toBe('2024-11-23');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });
  it('only closed dossiers closed before the cutoff are past retention', () => {
    const cutoff = '2024-11-23';
    expect(isPastRetention('2024-11-22', 'afgesloten', cutoff)).toBe(true);
    expect(isPastRetention('2024-11-23', 'afgesloten', cutoff)).toBe(false);
    expect(isPastRetention('2020-01-01', 'nazorg', cutoff)).toBe(false);
    expect(isPastRetention(null, 'afgesloten', cutoff)).toBe(false);
  });
  it('the register line says how many, never who', () => {
    expect(destructionRegisterLine(3, 2)).toEqual({
      kind: 'vernietiging',
      what: 'Vernietiging van 3 afgesloten dossiers na de bewaartermijn',
      purpose: 'Bewaartermijn van 2 jaar verstreken (AVG art. 5 lid 1 onder e)',
    });
    expect(destructionRegisterLine(1, 2).what).toBe('Vernietiging van 1 afgesloten dossier na de bewaartermijn');
  });
});
