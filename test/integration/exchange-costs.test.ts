import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { decodeExchangeFile, encodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { unlockedCore } from '../helpers/core.js';
import { exchangePayload, FAST_KDF, payloadErrorCode } from '../helpers/exchange-payload.js';

const PASS = 'molen kaas klomp tulp fiets dijk';
type Ctx = Awaited<ReturnType<typeof unlockedCore>>;
const rand = seededRandom(4404);
const costsOf = async (ctx: Ctx, dossierId: number) =>
  (await ctx.call('costs.list', { dossierId })).items.map(({ date, category, amountCents, note }) => ({ date, category, amountCents, note }));

describe('costs in the exchange file only when ticked (payload version 4)', () => {
  let a: Ctx;
  let ids: number[];
  const exportWith = async (sections: ('detention' | 'notes' | 'costs')[]) =>
    (await a.call('exchange.export', { dossierIds: ids, sections, recipient: 'ZVH', purpose: 'Verhuizing', passphrase: PASS })).base64;

  beforeAll(async () => {
    a = await unlockedCore();
    ids = [];
    for (let i = 0; i < 2; i++) {
      const r = await a.call('dossiers.create', { ...syntheticPerson(rand, i), confirmDuplicate: true } as never);
      if (!r.created) throw new Error('not created');
      ids.push(r.id);
    }
    await a.call('costs.add', { dossierId: ids[0]!, date: '2026-02-03', category: 'pasfoto', amountCents: 1595, note: 'Twee foto’s' });
    await a.call('costs.add', { dossierId: ids[0]!, date: '2026-02-10', category: 'voorschot', amountCents: 25000, note: '' });
    await a.call('costs.add', { dossierId: ids[1]!, date: '2026-03-01', category: 'bijzondere_bijstand', amountCents: 120000, note: 'Inrichting kamer' });
  });
  afterAll(async () => a?.close());

  it('without the tick the file has no costs and keeps its older version; the receiving dossiers have none', async () => {
    const file = await exportWith(['detention', 'notes']);
    const payload = await decodeExchangeFile(Buffer.from(file, 'base64'), PASS);
    expect(payload.schemaVersion).toBe(1);
    expect(payload.sections).not.toContain('costs');
    expect(payload.dossiers.every((d) => d.costs === undefined)).toBe(true);
    expect(JSON.stringify(payload)).not.toContain('Inrichting kamer');
    const b = await unlockedCore();
    try {
      const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: {} });
      for (const id of r.dossierIds) expect(await costsOf(b, id)).toEqual([]);
    } finally {
      await b.close();
    }
    const register = await a.call('provisions.list', { limit: 10, offset: 0 });
    expect(register.entries[0]!.what).not.toContain('Kosten');
  });

  it('with the tick the file says version 4 and the costs arrive; importing again adds none twice', async () => {
    const file = await exportWith(['detention', 'costs']);
    const payload = await decodeExchangeFile(Buffer.from(file, 'base64'), PASS);
    expect(payload.schemaVersion).toBe(4);
    expect(payload.sections).toEqual(['person', 'detention', 'costs']);
    expect(payload.dossiers[0]!.costs).toEqual(await costsOf(a, ids[0]!));
    const register = await a.call('provisions.list', { limit: 10, offset: 0 });
    expect(register.entries[0]!.what).toContain('Kosten (wat de gemeente betaalde)');

    const b = await unlockedCore();
    try {
      const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: {} });
      expect(r.created).toBe(2);
      for (const [i, id] of ids.entries()) expect(await costsOf(b, r.dossierIds[i]!)).toEqual(await costsOf(a, id));
      // The budget overview of the receiving vault counts them.
      expect((await b.call('costs.overview', { year: 2026 })).total.spentCents).toBe(146595);

      // The same file again, costs taken: the preview says nothing changes and nothing is added twice.
      const preview = await b.call('exchange.previewImport', { file, passphrase: PASS });
      const diff = preview.dossiers[0]!.sections.find((s) => s.section === 'costs')!;
      expect(diff.same).toBe(true);
      expect(diff.incoming).toEqual(["03-02-2026 Pasfoto's € 15,95 (Twee foto’s)", '10-02-2026 Voorschot of broodgeld € 250,00']);
      const choices = Object.fromEntries(preview.dossiers.map((d) => [d.ref, { costs: 'take' as const }]));
      await b.call('exchange.applyImport', { file, passphrase: PASS, choices });
      expect(await costsOf(b, r.dossierIds[0]!)).toHaveLength(2);
    } finally {
      await b.close();
    }
  });

  it('an old version-3 file (after-release data, no costs) still imports; a version-3 file with costs contradicts itself', async () => {
    const oldDossier = {
      ref: '7',
      person: { achternaam: 'Oudversma', voornamen: 'Test' },
      aftercare: { attempts: [{ date: '2026-04-01', channel: 'telefoon' as const, result: 'geen_gehoor' as const, note: 'Oud bestand' }] },
    };
    const v3 = exchangePayload(['person', 'aftercare'], [oldDossier], {
      schemaVersion: 3,
      app: { name: 'Nazorgdossier', version: '0.9.0' },
      recipient: 'ZVH',
      purpose: 'Verhuizing',
    });
    const file = (await encodeExchangeFile(v3, PASS, FAST_KDF)).toString('base64');
    const b = await unlockedCore();
    try {
      const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: {} });
      expect(r.created).toBe(1);
      expect((await b.call('aftercare.get', { dossierId: r.dossierIds[0]! })).attempts.map((x) => x.note)).toEqual(['Oud bestand']);
      expect(await costsOf(b, r.dossierIds[0]!)).toEqual([]);
    } finally {
      await b.close();
    }
    const withCosts = {
      ...v3,
      sections: ['person', 'costs'],
      dossiers: [{ ...v3.dossiers[0]!, aftercare: undefined, costs: [{ date: '2026-04-01', category: 'overig', amountCents: 100 }] }],
    };
    expect(payloadErrorCode(withCosts)).toBe('EXCHANGE_INVALID_CONTENT');
    expect(payloadErrorCode({ ...withCosts, schemaVersion: 4 })).toBe('GEEN_FOUT');
    // A cost in the file meets the same bounds as one typed in.
    const zero = structuredClone({ ...withCosts, schemaVersion: 4 });
    zero.dossiers[0]!.costs![0]!.amountCents = 0;
    expect(payloadErrorCode(zero)).toBe('EXCHANGE_INVALID_CONTENT');
  });
});
