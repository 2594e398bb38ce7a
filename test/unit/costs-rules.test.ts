import { describe, expect, it } from 'vitest';
import { inDutch } from '../helpers/messages.js';
import { budgetOverview, quarterOf } from '../../common/costs/budget.js';
import { costFormSchema, MAX_BUDGET_CENTS, MAX_COST_CENTS } from '../../common/costs/schema.js';
import { euroInputText, formatEuroCents, parseEuroCents } from '../../common/money.js';

describe('euro amounts typed the Dutch way', () => {
  it('reads comma cents, thousands points, the euro sign and whole euros', () => {
    expect(parseEuroCents('12,50')).toBe(1250);
    expect(parseEuroCents('12,5')).toBe(1250);
    expect(parseEuroCents('€ 1.234,56')).toBe(123456);
    expect(parseEuroCents('1.234')).toBe(123400);
    expect(parseEuroCents('12')).toBe(1200);
    expect(parseEuroCents('12.50')).toBe(1250);
    expect(parseEuroCents(' 0,05 ')).toBe(5);
  });
  it('refuses what is no amount', () => {
    for (const t of ['', 'twaalf', '12,505', '1.23,00', '-5', '12,,5', '€', '1,2,3']) expect(parseEuroCents(t), t).toBeNull();
  });
  it('writes an amount back the way it is typed, and formats it Dutch', () => {
    expect(euroInputText(123456)).toBe('1234,56');
    expect(parseEuroCents(euroInputText(5))).toBe(5);
    expect(formatEuroCents(123456)).toBe('€ 1.234,56');
  });
  it('the bounds in the messages are the bounds in the rules', () => {
    expect(formatEuroCents(MAX_COST_CENTS)).toBe('€ 25.000,00');
    expect(formatEuroCents(MAX_BUDGET_CENTS)).toBe('€ 10.000.000,00');
  });
  it('the form reads "12,50" as 1250 cents and names each wrong field in Dutch', () => {
    expect(costFormSchema.parse({ date: '2026-03-01', category: 'pasfoto', amountCents: '12,50', note: ' x ' })).toEqual({
      date: '2026-03-01',
      category: 'pasfoto',
      amountCents: 1250,
      note: 'x',
    });
    const r = costFormSchema.safeParse({ date: '', category: '', amountCents: '0', note: '' });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(inDutch(byField)).toEqual({ date: 'Vul een datum in.', category: 'Kies een soort kosten.', amountCents: 'Het bedrag moet meer dan € 0,00 zijn.' });
  });
});

describe('spent against budget', () => {
  it('puts each month in its quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-12-31'].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
  it('marks only categories with a budget as over, and sums the total', () => {
    const o = budgetOverview(
      2026,
      [
        { category: 'pasfoto', quarter: 1, cents: 3000 },
        { category: 'pasfoto', quarter: 4, cents: 1000 },
        { category: 'voorschot', quarter: 2, cents: 50000 },
        { category: 'onbekend', quarter: 2, cents: 7 },
      ],
      { '2026': { pasfoto: 2500, overig: 0 }, '2025': { voorschot: 1 } },
    );
    expect(o.lines.find((l) => l.category === 'pasfoto')).toMatchObject({ spentCents: 4000, budgetCents: 2500, overCents: 1500, quarters: [3000, 0, 0, 1000] });
    expect(o.lines.find((l) => l.category === 'voorschot')).toMatchObject({ budgetCents: null, overCents: 0 });
    expect(o.lines.find((l) => l.category === 'overig')).toMatchObject({ budgetCents: 0, spentCents: 0, overCents: 0 });
    expect(o.total).toEqual({ budgetCents: 2500, spentCents: 54000, quarters: [3000, 50000, 0, 1000], overCents: 1500 });
  });
});
