import { describe, expect, it } from 'vitest';
import { recordProvision } from '../../db/repositories/provisions.js';
import type { Core } from '../../electron/main/core.js';
import { okValue as value, corePerTest } from '../helpers/core.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';

type Overview = { retentionYears: number; cutoff: string; candidates: { id: number; name: string; closedAt: string }[] };

describe('retention and destruction', () => {
  let core: Core;
  corePerTest((c) => (core = c));

  async function count(sql: string, ...args: (string | number)[]): Promise<number> {
    const r = await core.session.requireVault().client.execute({ sql, args });
    return Number(r.rows[0]![0]);
  }

  it('proposes closed dossiers past the retention period, destroys them completely after confirmation, and keeps a register line without them', async () => {
    const { db, client } = core.session.requireVault();
    await seedDossiersRealistic(db, 25, 77);
    const closed = (await client.execute("SELECT id FROM dossiers WHERE status = 'afgesloten' ORDER BY id")).rows.map((r) => Number(r[0]));
    expect(closed.length).toBeGreaterThanOrEqual(4);
    const [old1, old2, old3, recent] = closed as [number, number, number, number];
    // Arrange the dates: three closed long ago, one closed last year.
    const past = (iso: string, id: number) => client.execute({ sql: 'UPDATE dossiers SET closed_at = ? WHERE id = ?', args: [iso, id] });
    await past('2019-03-01', old1);
    await past('2021-06-30', old2);
    await past('2022-12-31', old3);
    await past(new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10), recent);
    await recordProvision(db, { kind: 'pdf.actieplan', what: 'Actieplan', recipient: 'Reclassering', dossierIds: [old1, recent] });

    const overview = value<Overview>(await core.dispatch('retention.proposals', {}));
    expect(overview.retentionYears).toBe(2);
    expect(overview.candidates.map((c) => c.id)).toEqual([old1, old2, old3]);

    // A longer retention period in the settings proposes fewer.
    value(await core.dispatch('settings.update', { retentionYears: 6 }));
    expect(value<Overview>(await core.dispatch('retention.proposals', {})).candidates.map((c) => c.id)).toEqual([old1]);
    value(await core.dispatch('settings.update', { retentionYears: 2 }));

    const before = await count('SELECT count(*) FROM dossiers');
    // The typed confirmation must match the count; a dossier not due refuses the whole destruction.
    expect(await core.dispatch('retention.destroy', { ids: [old1, old2], confirmCount: 3 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { confirmCount: expect.any(String) } } },
    });
    expect(await core.dispatch('retention.destroy', { ids: [old1, recent], confirmCount: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await count('SELECT count(*) FROM dossiers')).toBe(before);

    const tables = (
      await client.execute("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'dossier_id'")
    ).rows.map((r) => String(r[0]));
    expect(tables).toEqual(expect.arrayContaining(['dossier_contacts', 'dossier_history', 'journal_notes', 'consents']));
    expect(await count('SELECT count(*) FROM dossier_history WHERE dossier_id = ?', old1)).toBeGreaterThan(0);

    expect(value<{ destroyed: number }>(await core.dispatch('retention.destroy', { ids: [old1, old2, old3], confirmCount: 3 }))).toEqual({ destroyed: 3 });
    expect(await count('SELECT count(*) FROM dossiers')).toBe(before - 3);
    for (const t of tables) {
      expect(await count(`SELECT count(*) FROM "${t}" WHERE dossier_id IN (?, ?, ?)`, old1, old2, old3), t).toBe(0);
    }
    expect(await count('SELECT count(*) FROM dossiers WHERE id = ?', recent)).toBe(1);
    expect(await count('SELECT count(*) FROM dossier_history WHERE dossier_id = ?', recent)).toBeGreaterThan(0);

    // The register keeps its lines: the earlier one without the destroyed dossier, plus one about the destruction.
    const register = (await client.execute('SELECT kind, what, dossier_ids FROM provisions ORDER BY id')).rows.map((r) => [r[0], r[1], r[2]]);
    expect(register).toContainEqual(['pdf.actieplan', 'Actieplan', JSON.stringify([recent])]);
    expect(register).toContainEqual(['vernietiging', 'Vernietiging van 3 afgesloten dossiers na de bewaartermijn', '[]']);
    const audit = await client.execute("SELECT detail FROM audit_log WHERE event = 'retention.destroyed'");
    expect(JSON.parse(String(audit.rows[0]![0]))).toEqual({ count: 3, retentionYears: 2 });
    // VACUUM ran: no free pages with old contents remain in the file, and it is intact.
    expect(await count('PRAGMA freelist_count')).toBe(0);
    expect((await client.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
    expect(value<Overview>(await core.dispatch('retention.proposals', {})).candidates).toEqual([]);
  });
});
