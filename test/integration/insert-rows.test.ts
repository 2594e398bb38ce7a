import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { OpenVault } from '../../db/vault.js';
import { dossierContacts, journalNotes, planBasis } from '../../db/schema.js';
import { insertDossierRow } from '../../db/repositories/dossier-fields.js';
import { CHARS_PER_STATEMENT, ROWS_PER_STATEMENT, insertRows, insertRowsWith } from '../../db/repositories/exchange/batches.js';
import { tempVault } from '../helpers/vault.js';

/** insertRows writes what drizzle's insert().values() would write, however many rows there are. */
describe('insertRows: many rows as one JSON parameter', () => {
  let v: OpenVault;
  let close: () => void;
  let viaValues: number;
  let viaRows: number;
  beforeAll(async () => {
    ({ v, close } = await tempVault());
    const now = '2026-01-01T00:00:00.000Z';
    viaValues = await insertDossierRow(v.db, { achternaam: 'Testmans-1', status: 'melding' }, now);
    viaRows = await insertDossierRow(v.db, { achternaam: 'Testmans-2', status: 'melding' }, now);
  });
  afterAll(() => close());

  const contact = (i: number) => ({
    role: `rol ${i}`,
    name: ['Ab', 'Zoë €', 'emoji 😀', 'nul\u0000na', 'los \ud800 half', '42', ' spatie '][i % 7]!,
    // Left out: the column's default; given: the value itself, also when it looks like a number.
    ...(i % 3 === 0 ? {} : { organisation: String(i * 1.5) }),
    ...(i % 4 === 0 ? { note: '' } : { note: `regel 1\nregel 2 "aanhalingsteken" \\ ${i}` }),
    createdAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
  });

  it('stores more rows than one statement holds, more values than SQLite may bind, each as drizzle would', async () => {
    // 8 columns: past the rows of one statement and past SQLite's 32,766 bound variables.
    const n = Math.max(ROWS_PER_STATEMENT + 7, Math.ceil(32_766 / 8) + 1);
    const given = Array.from({ length: n }, (_, i) => contact(i));
    await v.db.transaction(async (tx) => {
      for (let i = 0; i < given.length; i += 100) await tx.insert(dossierContacts).values(given.slice(i, i + 100).map((c) => ({ ...c, dossierId: viaValues })));
      await insertRows(
        tx,
        dossierContacts,
        given.map((c) => ({ ...c, dossierId: viaRows })),
      );
    });
    const read = async (dossierId: number) =>
      (await v.db.select().from(dossierContacts).where(eq(dossierContacts.dossierId, dossierId)).orderBy(asc(dossierContacts.id))).map(
        ({ id: _id, dossierId: _d, ...rest }) => rest,
      );
    const [a, b] = [await read(viaValues), await read(viaRows)];
    expect(b).toHaveLength(n);
    expect(b).toEqual(a);
    expect(b[1]!.organisation).toBe('1.5');
    expect(b[3]!.organisation).toBe('');
    expect(b[4]!.name).toBe('los \ufffd half');
    // Stored as text, as bound: typeof and byte length match row by row.
    const types = async (dossierId: number) =>
      v.db.all<{ t: string }>(
        sql`SELECT typeof(name) || typeof(organisation) || length(CAST(name AS BLOB)) AS t FROM dossier_contacts WHERE dossier_id = ${dossierId} ORDER BY id`,
      );
    expect(await types(viaRows)).toEqual(await types(viaValues));
  });

  it('splits long texts over statements and keeps every row whole', async () => {
    const long = (i: number) => `${i}:`.padEnd(400_000, 'abcdefghij\n"\\');
    const n = Math.ceil((2.5 * CHARS_PER_STATEMENT) / 400_000);
    await insertRows(
      v.db,
      journalNotes,
      Array.from({ length: n }, (_, i) => ({ dossierId: viaRows, date: '2026-01-03', text: long(i), createdAt: '2026-01-03T00:00:00.000Z' })),
    );
    const rows = await v.db.select().from(journalNotes).where(eq(journalNotes.dossierId, viaRows)).orderBy(asc(journalNotes.id));
    expect(rows.map((r) => r.text)).toEqual(Array.from({ length: n }, (_, i) => long(i)));
  });

  it('takes an ON CONFLICT clause after the select', async () => {
    const row = (state: string, note: string) => ({ dossierId: viaRows, key: 'wonen', state, note, changedOn: '2026-01-02' });
    const upsert = (rows: ReturnType<typeof row>[]) =>
      insertRowsWith(planBasis, rows, (select) =>
        v.db
          .insert(planBasis)
          .select(select)
          .onConflictDoUpdate({ target: [planBasis.dossierId, planBasis.key], set: { state: sql`excluded.state`, note: sql`excluded.note` } }),
      );
    await upsert([row('geregeld', 'eerst')]);
    await upsert([row('knelpunt', 'daarna')]);
    const rows = await v.db.select().from(planBasis).where(eq(planBasis.dossierId, viaRows));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'knelpunt', note: 'daarna' });
  });
});
