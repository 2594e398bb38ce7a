import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordProvision } from '../../db/repositories/provisions.js';
import { DUTCH_WORDS } from '../../common/exchange/wordlist-nl.js';
import { parseCsv } from '../helpers/parse-back.js';
import { unlockedCore, type TypedCall } from '../helpers/core.js';

describe('register of provisions (verstrekkingenregister)', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let call: TypedCall;
  beforeEach(async () => {
    ctx = await unlockedCore();
    call = ctx.call;
    const { db } = ctx.core.session.requireVault();
    await recordProvision(db, {
      kind: 'pdf.actieplan',
      what: 'Actieplan',
      recipient: 'Reclassering Nederland',
      purpose: 'Overdracht toezicht',
      dossierIds: [3],
    });
    await recordProvision(db, {
      kind: 'csv.dossiers',
      what: 'Dossierlijst',
      recipient: 'Zorg- en Veiligheidshuis',
      purpose: 'Casusoverleg',
      dossierIds: [3, 12, 13],
    });
    await recordProvision(db, {
      kind: 'import.nazorg',
      what: 'Uitwisselbestand',
      recipient: 'Gemeente Voorbeeldstad',
      purpose: 'Verhuizing',
      dossierIds: [12],
      direction: 'in',
    });
  });
  afterEach(async () => ctx.close());

  it('lists newest first and filters by kind, direction, text, dossier and date', async () => {
    const all = await call('provisions.list', {});
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.kind)).toEqual(['import.nazorg', 'csv.dossiers', 'pdf.actieplan']);
    expect(all.kinds).toEqual(['csv.dossiers', 'import.nazorg', 'pdf.actieplan']);
    expect((await call('provisions.list', { kind: 'csv.dossiers' })).entries.map((e) => e.what)).toEqual(['Dossierlijst']);
    expect((await call('provisions.list', { direction: 'in' })).entries.map((e) => e.kind)).toEqual(['import.nazorg']);
    expect((await call('provisions.list', { q: 'veiligheids' })).total).toBe(1);
    expect((await call('provisions.list', { q: '100%_' })).total).toBe(0);
    // dossier 12 but not 1 or 2: matched as a number in the list, not as text
    expect((await call('provisions.list', { dossierId: 12 })).entries.map((e) => e.kind)).toEqual(['import.nazorg', 'csv.dossiers']);
    expect((await call('provisions.list', { dossierId: 1 })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await call('provisions.list', { from: today, to: today })).total).toBe(3);
    expect((await call('provisions.list', { to: '2000-01-01' })).total).toBe(0);
  });

  it('refuses an impossible date with a field message', async () => {
    await expect(call('provisions.list', { from: '2026-02-31' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { from: 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.' } },
    });
  });

  it('exports the filtered register as Dutch CSV and records that export in the register', async () => {
    const file = await call('provisions.exportCsv', { dossierId: 12 });
    expect(file.fileName).toMatch(/^verstrekkingenregister-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Datum en tijd', 'Richting', 'Soort', 'Wat', 'Ontvanger of afzender', 'Doel of grondslag', 'Aantal dossiers', 'Dossiernummers']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4], r[7]])).toEqual([
      ['Ontvangen', 'Uitwisselbestand (.nazorg) ingelezen', 'Gemeente Voorbeeldstad', '12'],
      ['Verstrekt', 'Dossierlijst (CSV)', 'Zorg- en Veiligheidshuis', '3, 12, 13'],
    ]);
    expect(rows[1]![0]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    const after = await call('provisions.list', { kind: 'csv.verstrekkingenregister' });
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0]!.dossierIds.sort((a, b) => a - b)).toEqual([3, 12, 13]);
  });

  it('proposes six words from the list', async () => {
    const { passphrase, entropyBits } = await call('exchange.proposePassphrase', {});
    expect(passphrase.split(' ').every((w) => DUTCH_WORDS.includes(w))).toBe(true);
    expect(entropyBits).toBe(66);
  });
});
