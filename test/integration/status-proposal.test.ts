import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { localTodayIso } from '../../common/dossiers/fields.js';
import { dossierFieldsSchema } from '../../common/dossiers/schema.js';
import { proposeStatus } from '../../common/dossiers/status-proposal.js';
import { DOSSIER_STATUSES, type DossierStatus } from '../../common/dossiers/status.js';
import { DASHBOARD_LIST_MAX } from '../../common/dossiers/types.js';
import { addDaysIso } from '../../db/repositories/dossier-list.js';
import { createDossier } from '../../db/repositories/dossier-core.js';
import { dossiers } from '../../db/schema.js';
import type { Core } from '../../electron/main/core.js';
import { apiOf, unlockedCoreAt } from '../helpers/core.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * Vandaag's list of dossiers whose status lags behind their dates is filtered in SQL; the proposal itself comes
 * from the pure rule. Both must agree on every combination of status and dates.
 */
describe('status proposals on Vandaag (real encrypted vault)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let api: ReturnType<typeof apiOf>;
  const today = localTodayIso();
  const facts = new Map<
    number,
    { status: DossierStatus; detentieStart: string | null; verwachteVrijlating: string | null; werkelijkeVrijlating: string | null }
  >();

  beforeAll(async () => {
    tmp = tempDir();
    core = await unlockedCoreAt(tmp.dir);
    api = apiOf(core);
    const db = core.session.requireVault().db;
    const starts = [null, addDaysIso(today, -100), addDaysIso(today, 3)];
    const expected = [null, addDaysIso(today, -2), addDaysIso(today, 20), addDaysIso(today, 42), addDaysIso(today, 43), addDaysIso(today, 60)];
    const actual = [null, addDaysIso(today, -1), today, addDaysIso(today, 2)];
    let n = 0;
    for (const detentieStart of starts)
      for (const verwachteVrijlating of expected)
        for (const werkelijkeVrijlating of actual) {
          const parsed = dossierFieldsSchema.safeParse({ achternaam: `Feitentest${n++}`, detentieStart, verwachteVrijlating, werkelijkeVrijlating });
          if (!parsed.success) continue;
          const byStatus = new Map<DossierStatus, number>();
          for (const status of DOSSIER_STATUSES) {
            const r = await createDossier(db, { ...parsed.data, achternaam: `${parsed.data.achternaam}-${status}` });
            if (!r.created) throw new Error('not created');
            byStatus.set(status, r.id);
            facts.set(r.id, { status, detentieStart, verwachteVrijlating, werkelijkeVrijlating });
          }
          // Statuses set by data: this test is about reading dates, not about the moves themselves.
          for (const [status, id] of byStatus)
            if (status !== 'melding')
              await db
                .update(dossiers)
                .set({ status })
                .where(inArray(dossiers.id, [id]));
        }
  });
  afterAll(async () => {
    await core.session.shutdown();
    tmp.cleanup();
  });

  it('lists exactly the dossiers the rule has a proposal for, each with that proposal, capped with a total', async () => {
    const dash = await api.call('dossiers.dashboard', {});
    const expected = [...facts].map(([id, f]) => ({ id, p: proposeStatus(f, today, 42) })).filter((x) => x.p);
    expect(expected.length).toBeGreaterThan(DASHBOARD_LIST_MAX);
    expect(dash.statusLags.total).toBe(expected.length);
    expect(dash.statusLags.items).toHaveLength(DASHBOARD_LIST_MAX);
    const byId = new Map(expected.map((x) => [x.id, x.p]));
    for (const item of dash.statusLags.items) {
      expect(byId.get(item.id)).toEqual(item.proposal);
      expect(item.status).toBe(facts.get(item.id)!.status);
    }
    // The dossier that has lagged longest comes first.
    const dates = dash.statusLags.items.map((i) => i.proposal.date);
    expect(dates[0]! <= dates.at(-1)!).toBe(true);
  });

  it("follows the coordinator's countdown window from the settings", async () => {
    const count = (w: number) => [...facts.values()].filter((f) => proposeStatus(f, today, w)?.fact === 'releaseSoon').length;
    expect(count(14)).toBeLessThan(count(42));
    await api.call('settings.update', { releaseWindowDays: 14 });
    const dash = await api.call('dossiers.dashboard', {});
    const all = [...facts].filter(([, f]) => proposeStatus(f, today, 14)).length;
    expect(dash.statusLags.total).toBe(all);
    expect(dash.statusLags.items.some((i) => i.proposal.fact === 'releaseSoon' && i.proposal.date > addDaysIso(today, 14))).toBe(false);
    expect((await api.fail('settings.update', { releaseWindowDays: 0 })).details).toMatchObject({ fields: { releaseWindowDays: 'Minimaal 1 dag.' } });
  });

  it('accepting a proposal goes through the controlled transition and takes the dossier off the list', async () => {
    const dash = await api.call('dossiers.dashboard', {});
    const first = dash.statusLags.items[0]!;
    const detail = await api.call('dossiers.transition', { id: first.id, to: first.proposal.to });
    expect(detail.dossier.status).toBe(first.proposal.to);
    const after = await api.call('dossiers.dashboard', {});
    expect(after.statusLags.total).toBe(dash.statusLags.total - (proposeStatus({ ...facts.get(first.id)!, status: first.proposal.to }, today, 14) ? 0 : 1));
  });
});
