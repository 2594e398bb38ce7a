import { describe, expect, it } from 'vitest';
import { personSectionSchema } from '../../common/exchange/payload.js';
import { MIGRATIONS_TABLE } from '../../db/migrate.js';
import { createVault, generateRecoveryCode, unlockVault } from '../../db/vault.js';
import { sectionSame } from '../../electron/main/exchange/section-preview.js';
import { apiOf, TEST_PASSWORD, unlockedCore } from '../helpers/core.js';
import { migrations } from '../helpers/migrations.js';
import { tempDir } from '../helpers/tmp.js';

/** The form of address (aanhef) of a client: stored, edited with history, upgraded into older vaults, optional in exchange files. */
describe('aanhef on the person', () => {
  it('a vault from before the field (migrations up to 0004) gets it on unlock, as "onbekend", data kept', async () => {
    const tmp = tempDir('nazorg-aanhef-');
    try {
      const older = migrations().filter((m) => m.idx <= 4);
      expect(older.at(-1)!.tag).toBe('0004_attachments');
      const v = await createVault(tmp.dir, TEST_PASSWORD, generateRecoveryCode(), older);
      await v.client.execute({
        sql: 'INSERT INTO dossiers (achternaam, tussenvoegsel, voornamen, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        args: ['Testmans', 'van', 'Fictus', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
      });
      await expect(v.client.execute('SELECT aanhef FROM dossiers')).rejects.toThrow();
      v.close();
      const again = await unlockVault(tmp.dir, TEST_PASSWORD, migrations());
      const rows = await again.client.execute('SELECT achternaam, aanhef FROM dossiers');
      expect(rows.rows.map((r) => [r['achternaam'], r['aanhef']])).toEqual([['Testmans', 'onbekend']]);
      const applied = await again.client.execute(`SELECT tag FROM ${MIGRATIONS_TABLE} ORDER BY idx`);
      expect(applied.rows.map((r) => r['tag'])).toContain('0005_aanhef');
      again.close();
    } finally {
      tmp.cleanup();
    }
  });

  it('is saved, changed with a history line, refused in Dutch when unknown, and "onbekend" when left out', async () => {
    const ctx = await unlockedCore();
    try {
      const api = apiOf(ctx.core);
      const r = await ctx.call('dossiers.create', { achternaam: 'Testmans', voornamen: 'Fictus', aanhef: 'mevrouw' });
      if (!r.created) throw new Error('not created');
      expect((await ctx.call('dossiers.get', { id: r.id })).dossier.aanhef).toBe('mevrouw');
      await ctx.call('dossiers.update', { id: r.id, patch: { aanhef: 'heer' } });
      const detail = await ctx.call('dossiers.get', { id: r.id });
      expect(detail.dossier.aanhef).toBe('heer');
      expect(await ctx.call('dossiers.history', { id: r.id })).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'aanhef', oldValue: 'mevrouw', newValue: 'heer' })]),
      );
      const bad = await api.fail('dossiers.update', { id: r.id, patch: { aanhef: 'mevr' as never } });
      expect(bad).toMatchObject({ code: 'VALIDATION', details: { fields: { 'patch.aanhef': 'Kies een aanhef.' } } });
      expect((await ctx.call('dossiers.get', { id: r.id })).dossier.aanhef).toBe('heer');
      const plain = await ctx.call('dossiers.create', { achternaam: 'Proefsma', voornamen: 'Testje' });
      if (!plain.created) throw new Error('not created');
      expect((await ctx.call('dossiers.get', { id: plain.id })).dossier.aanhef).toBe('onbekend');
    } finally {
      await ctx.close();
    }
  });

  it('exchange files carry it optionally: an older file without it reads, and leaves the form of address here as it is', () => {
    const person = { achternaam: 'Testmans', tussenvoegsel: '', voornamen: 'Fictus', roepnaam: '', geboortedatum: null, bsn: null };
    const older = personSectionSchema.parse(person);
    expect(older.aanhef).toBeUndefined();
    expect(personSectionSchema.parse({ ...person, aanhef: 'mevrouw' }).aanhef).toBe('mevrouw');
    expect(personSectionSchema.safeParse({ ...person, aanhef: 'mevr' }).success).toBe(false);
    const here = personSectionSchema.parse({ ...person, aanhef: 'mevrouw' });
    expect(sectionSame('person', { person: here }, { person: older })).toBe(true);
    expect(sectionSame('person', { person: here }, { person: { ...older, aanhef: 'heer' } })).toBe(false);
  });
});
