import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { clockAt, localTodayIso } from '../../common/calendar.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { DEMO_OVER_BUDGET, seedCostsRealistic } from '../../db/demo/costs.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { pdfText } from '../helpers/pdf.js';

/** Costs and budget through the real dispatcher on a real encrypted vault, with the clock fixed on 20 November 2026. */
const rand = seededRandom(2026);

describe('costs of a dossier and spent against budget', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let api: ReturnType<typeof apiOf>;
  const run = (statement: string) => ctx.core.session.requireVault().db.run(sql.raw(statement));
  const auditCount = async (event: string) => (await api.call('audit.list', { limit: 1, offset: 0, event })).total;
  let a = 0;
  let b = 0;

  beforeAll(async () => {
    ctx = await unlockedCore({ clock: () => clockAt(new Date('2026-11-20T10:00:00Z')) });
    api = apiOf(ctx.core);
    const make = async (i: number) => {
      const r = await api.call('dossiers.create', { ...syntheticPerson(rand, i), confirmDuplicate: true } as never);
      if (!r.created) throw new Error('not created');
      return r.id;
    };
    a = await make(1);
    b = await make(2);
  });
  afterAll(async () => ctx.close());

  it('adds, changes and removes a cost, each with its history and audit line, and reads the total', async () => {
    let list = await api.call('costs.add', { dossierId: a, date: '2026-03-02', category: 'pasfoto', amountCents: 1250, note: 'Fotograaf' });
    expect(list.items).toEqual([{ id: expect.any(Number) as number, date: '2026-03-02', category: 'pasfoto', amountCents: 1250, note: 'Fotograaf' }]);
    list = await api.call('costs.add', { dossierId: a, date: '2026-02-10', category: 'leges_id', amountCents: 7800, note: '' });
    expect(list.items.map((c) => c.date)).toEqual(['2026-02-10', '2026-03-02']);
    expect(list.totalCents).toBe(9050);
    const photo = list.items.find((c) => c.category === 'pasfoto')!;

    list = await api.call('costs.update', { id: photo.id, date: '2026-03-02', category: 'pasfoto', amountCents: 1500, note: 'Fotograaf' });
    expect(list.totalCents).toBe(9300);
    // Saving without a change writes nothing.
    await api.call('costs.update', { id: photo.id, date: '2026-03-02', category: 'pasfoto', amountCents: 1500, note: 'Fotograaf' });
    list = await api.call('costs.remove', { id: photo.id });
    expect(list.items.map((c) => c.category)).toEqual(['leges_id']);
    expect(await api.call('costs.list', { dossierId: a })).toEqual(list);

    expect(await auditCount('cost.add')).toBe(2);
    expect(await auditCount('cost.update')).toBe(1);
    expect(await auditCount('cost.remove')).toBe(1);
    const audit = await api.call('audit.list', { limit: 10, offset: 0, event: 'cost.' });
    // Ids only: no amount or note in the audit trail.
    for (const e of audit.entries) expect(Object.keys(e.detail).sort()).toEqual(['costId', 'id']);
    const history = (await api.call('dossiers.history', { id: a })).filter((h) => h.field === 'cost');
    expect(history.map((h) => [h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([
        [null, "02-03-2026 Pasfoto's € 12,50 (Fotograaf)"],
        ["02-03-2026 Pasfoto's € 12,50 (Fotograaf)", "02-03-2026 Pasfoto's € 15,00 (Fotograaf)"],
        ["02-03-2026 Pasfoto's € 15,00 (Fotograaf)", null],
      ]),
    );
    expect(history).toHaveLength(4);
  });

  it('refuses bad input with a Dutch message on the field and changes nothing', async () => {
    const before = await api.call('costs.list', { dossierId: b });
    const fieldOf = async (input: Parameters<typeof api.fail<'costs.add'>>[1]) =>
      ((await api.fail('costs.add', input)).details?.['fields'] ?? {}) as Record<string, string>;
    const base = { dossierId: b, date: '2026-05-01', category: 'overig' as const, amountCents: 100, note: '' };
    expect((await fieldOf({ ...base, amountCents: 0 }))['amountCents']).toBe('Het bedrag moet meer dan € 0,00 zijn.');
    expect((await fieldOf({ ...base, amountCents: -500 }))['amountCents']).toBe('Het bedrag moet meer dan € 0,00 zijn.');
    expect((await fieldOf({ ...base, amountCents: 2_500_001 }))['amountCents']).toBe('Het bedrag is te hoog: maximaal € 25.000,00 per betaling.');
    expect((await fieldOf({ ...base, amountCents: 12.5 }))['amountCents']).toBe('Geen geldig bedrag. Typ bijvoorbeeld 12,50.');
    expect((await fieldOf({ ...base, date: '2026-02-30' }))['date']).toBe('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
    expect((await fieldOf({ ...base, date: '1999-12-31' }))['date']).toBe('De datum ligt te ver in het verleden.');
    expect((await fieldOf({ ...base, date: '2026-11-21' }))['date']).toBe('De datum van betaling ligt in de toekomst.');
    expect((await fieldOf({ ...base, category: 'cadeau' as never }))['category']).toBe('Kies een soort kosten.');
    expect((await fieldOf({ ...base, note: 'x'.repeat(501) }))['note']).toBe('Maximaal 500 tekens.');
    expect(await api.call('costs.list', { dossierId: b })).toEqual(before);
    expect((await api.fail('costs.remove', { id: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('a cost whose audit line cannot be written is not saved either (one transaction)', async () => {
    const adds = await auditCount('cost.add');
    await run(`CREATE TRIGGER test_refuse_cost_audit BEFORE INSERT ON audit_log WHEN NEW.event = 'cost.add' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    try {
      await api.fail('costs.add', { dossierId: b, date: '2026-05-01', category: 'overig', amountCents: 999, note: '' });
    } finally {
      await run('DROP TRIGGER test_refuse_cost_audit');
    }
    expect((await api.call('costs.list', { dossierId: b })).items.filter((c) => c.amountCents === 999)).toEqual([]);
    expect((await api.call('dossiers.history', { id: b })).filter((h) => h.field === 'cost')).toEqual([]);
    expect(await auditCount('cost.add')).toBe(adds);
  });

  it('sums spent per category and quarter of the chosen year against the budget in the settings', async () => {
    const add = (dossierId: number, date: string, category: 'pasfoto' | 'leges_id' | 'voorschot' | 'bijzondere_bijstand' | 'overig', amountCents: number) =>
      api.call('costs.add', { dossierId, date, category, amountCents, note: '' });
    await add(b, '2026-01-01', 'voorschot', 10000); // Q1, first day
    await add(b, '2026-03-31', 'voorschot', 5000); // Q1, last day
    await add(a, '2026-04-01', 'voorschot', 2500); // Q2
    await add(b, '2026-09-30', 'bijzondere_bijstand', 40000); // Q3
    await add(a, '2026-10-01', 'pasfoto', 1500); // Q4
    await add(b, '2025-12-31', 'voorschot', 99900); // another year
    await api.call('settings.update', { costBudgets: { '2026': { voorschot: 20000, bijzondere_bijstand: 30000, leges_id: 10000 } } });

    const o = await api.call('costs.overview', { year: 2026 });
    const line = (c: string) => o.lines.find((l) => l.category === c)!;
    expect(line('voorschot')).toMatchObject({ quarters: [15000, 2500, 0, 0], spentCents: 17500, budgetCents: 20000, overCents: 0 });
    expect(line('bijzondere_bijstand')).toMatchObject({ quarters: [0, 0, 40000, 0], spentCents: 40000, budgetCents: 30000, overCents: 10000 });
    // From the first test: the ID fee of 10 February stays, the photo was removed.
    expect(line('leges_id')).toMatchObject({ quarters: [7800, 0, 0, 0], budgetCents: 10000, overCents: 0 });
    expect(line('pasfoto')).toMatchObject({ quarters: [0, 0, 0, 1500], budgetCents: null, overCents: 0 });
    expect(line('overig').spentCents).toBe(0);
    expect(o.total).toEqual({ budgetCents: 60000, spentCents: 66800, quarters: [22800, 2500, 40000, 1500], overCents: 10000 });

    const last = await api.call('costs.overview', { year: 2025 });
    expect(last.total).toMatchObject({ spentCents: 99900, budgetCents: 0, overCents: 0 });
    expect((await api.fail('costs.overview', { year: 1999 })).code).toBe('VALIDATION');
  });

  it('the inzage PDF lists the costs paid for the client with their total, and says so when there are none', async () => {
    const text = (b64: string) => pdfText(Buffer.from(b64, 'base64')).replace(/\s+/g, ' ');
    const withCosts = text((await api.call('exports.inzagePdf', { dossierId: a })).base64);
    expect(withCosts).toContain('Kosten die de gemeente voor u betaalde');
    expect(withCosts).toMatch(/10-02-2026 Leges identiteitsbewijs € 78,00/);
    expect(withCosts).toMatch(/01-10-2026 Pasfoto's € 15,00/);
    expect(withCosts).toMatch(/01-04-2026 Voorschot of broodgeld € 25,00/);
    expect(withCosts).toContain('Totaal: € 118,00');
    const other = await api.call('dossiers.create', { ...syntheticPerson(rand, 3), confirmDuplicate: true } as never);
    if (!other.created) throw new Error('not created');
    const none = text((await api.call('exports.inzagePdf', { dossierId: other.id })).base64);
    expect(none).toContain('Er zijn geen kosten vastgelegd.');
  });

  it('a budget that is not an amount is refused with a Dutch message and the old budget stays', async () => {
    const err = await api.fail('settings.update', { costBudgets: { '2026': { voorschot: -1 } } });
    expect(JSON.stringify(err.details)).toContain('Geen geldig bedrag. Typ bijvoorbeeld 12,50.');
    expect((await api.call('settings.get', {})).costBudgets['2026']?.voorschot).toBe(20000);
  });
});

describe('the demo vault has costs, some kinds within budget and some over', () => {
  it('seeds costs through the one writer and a budget that two kinds exceed this year and none exceeded last year', async () => {
    const ctx = await unlockedCore();
    try {
      const db = ctx.core.session.requireVault().db;
      await seedDossiersRealistic(db, 16, 33);
      await seedCostsRealistic(db, 7);
      const year = Number(localTodayIso().slice(0, 4));
      const o = await ctx.call('costs.overview', { year });
      expect(o.lines.filter((l) => l.overCents > 0).map((l) => l.category)).toEqual([...DEMO_OVER_BUDGET]);
      const within = o.lines.filter((l) => !DEMO_OVER_BUDGET.includes(l.category));
      for (const l of within) expect(l.budgetCents !== null && l.spentCents <= l.budgetCents, l.category).toBe(true);
      expect(o.lines.filter((l) => l.spentCents > 0).length).toBeGreaterThanOrEqual(3);
      expect((await ctx.call('costs.overview', { year: year - 1 })).total.overCents).toBe(0);
      const adds = (await ctx.call('audit.list', { limit: 1, offset: 0, event: 'cost.add' })).total;
      const [{ n } = { n: 0 }] = (await db.all(sql`select count(*) as n from costs`)) as { n: number }[];
      expect(adds).toBe(n);
    } finally {
      await ctx.close();
    }
  });
});
