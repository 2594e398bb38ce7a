import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { localTodayIso } from '../../common/calendar.js';
import { DETENTION_KEYS, PERSON_KEYS } from '../../common/exchange/sections.js';
import type { Dossier } from '../../common/dossiers/types.js';
import { encodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { exchangePayload, FAST_KDF } from '../helpers/exchange-payload.js';

/**
 * One writer per fact and one transaction per change with its audit line, checked through the real dispatcher on a
 * real encrypted vault. Failures are caused by SQLite triggers in the vault itself, not by replacing our storage.
 */

const PASS = 'vuurtoren kiwi zadel bloesem mikado storm';
const rand = seededRandom(4711);

function inDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return localTodayIso(d);
}

function pick<K extends string>(o: Record<string, unknown>, keys: readonly K[]): Record<K, unknown> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Record<K, unknown>;
}

describe('one writer per fact, one transaction per change and its audit line', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let api: ReturnType<typeof apiOf>;
  const run = (statement: string) => ctx.core.session.requireVault().db.run(sql.raw(statement));
  const auditCount = async (event: string) => (await api.call('audit.list', { limit: 1, offset: 0, event })).total;
  const dossierTotal = async () => (await api.call('dossiers.list', { limit: 1 })).total;
  /** Runs `act` while a trigger in the vault refuses what `when` names; the trigger is gone afterwards. */
  async function whileRefused<T>(when: string, act: () => Promise<T>): Promise<T> {
    await run(`CREATE TRIGGER test_refuse ${when} BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    try {
      return await act();
    } finally {
      await run('DROP TRIGGER test_refuse');
    }
  }
  const auditLineOf = (event: string) => `BEFORE INSERT ON audit_log WHEN NEW.event = '${event}'`;

  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
  });
  afterAll(async () => ctx.close());

  async function newDossier(i: number, release: string): Promise<number> {
    const r = await api.call('dossiers.create', { ...syntheticPerson(rand, i), verwachteVrijlating: release, confirmDuplicate: true } as never);
    if (!r.created) throw new Error('not created');
    return r.id;
  }

  async function acceptCountdown(dossierId: number): Promise<void> {
    const plan = await api.call('plans.get', { dossierId });
    expect(plan.proposals.length).toBeGreaterThan(0);
    await api.call('plans.acceptProposals', {
      dossierId,
      proposals: plan.proposals.map((p) => ({ templateKey: p.templateKey, title: p.title, deadline: p.deadline, domainKey: p.domainKey, partnerId: null })),
    });
  }

  it('an import that moves the expected release date leaves the same history and countdown as the form', async () => {
    const first = inDays(60);
    const moved = inDays(75);
    const byForm = await newDossier(1, first);
    const byImport = await newDossier(2, first);
    await acceptCountdown(byForm);
    await acceptCountdown(byImport);

    await api.call('dossiers.update', { id: byForm, patch: { verwachteVrijlating: moved } });

    const here = (await api.call('dossiers.get', { id: byImport })).dossier as Dossier;
    const payload = exchangePayload(
      ['person', 'detention'],
      [
        {
          ref: 'r1',
          person: pick(here as never, PERSON_KEYS) as never,
          detention: { ...(pick(here as never, DETENTION_KEYS) as object), verwachteVrijlating: moved } as never,
        },
      ],
      { purpose: 'Nieuwe vrijlatingsdatum' },
    );
    const file = (await encodeExchangeFile(payload, PASS, FAST_KDF)).toString('base64');
    const result = await api.call('exchange.applyImport', { file, passphrase: PASS, choices: { r1: { detention: 'take' } } });
    expect(result).toMatchObject({ created: 0, updated: 1 });

    const viaForm = await api.call('dossiers.get', { id: byForm });
    const viaImport = await api.call('dossiers.get', { id: byImport });
    expect(viaImport.dossier.verwachteVrijlating).toBe(moved);
    expect(viaImport.releaseHistory.map((r) => r.date)).toEqual([first, moved]);
    expect(viaImport.releaseHistory.map((r) => r.date)).toEqual(viaForm.releaseHistory.map((r) => r.date));

    const lines = async (id: number) =>
      (await api.call('dossiers.history', { id })).filter((h) => h.field === 'verwachteVrijlating').map((h) => [h.oldValue, h.newValue]);
    expect(await lines(byImport)).toEqual([[first, moved]]);
    expect(await lines(byImport)).toEqual(await lines(byForm));

    // The countdown sees the move the same way: the accepted template actions would move by the same days.
    const planForm = await api.call('plans.get', { dossierId: byForm });
    const planImport = await api.call('plans.get', { dossierId: byImport });
    expect(planImport.releaseMove).not.toBeNull();
    const move = (m: typeof planForm.releaseMove) => m && { ...m, redates: m.redates.map(({ actionId: _, ...r }) => r) };
    expect(move(planImport.releaseMove)).toEqual(move(planForm.releaseMove));
    expect(planImport.countdownText).toBe(planForm.countdownText);
  });

  it('a change whose audit line cannot be written leaves no change', async () => {
    const id = await newDossier(3, inDays(90));
    const before = await api.call('dossiers.get', { id });
    const updates = await auditCount('dossier.update');
    const err = await whileRefused(auditLineOf('dossier.update'), () =>
      api.fail('dossiers.update', { id, patch: { verwachteVrijlating: inDays(100), woonplaats: 'Fictiefdorp' } }),
    );
    expect(err.code).toBeTruthy();
    const after = await api.call('dossiers.get', { id });
    expect(after.dossier).toEqual(before.dossier);
    expect(after.releaseHistory).toEqual(before.releaseHistory);
    expect((await api.call('dossiers.history', { id })).filter((h) => h.field === 'verwachteVrijlating' || h.field === 'woonplaats')).toEqual([]);
    expect(await auditCount('dossier.update')).toBe(updates);

    // With the audit log writable again the same change goes through, with its line.
    await api.call('dossiers.update', { id, patch: { woonplaats: 'Fictiefdorp' } });
    expect(await auditCount('dossier.update')).toBe(updates + 1);
  });

  it('an audit line is not written for a change that fails', async () => {
    const id = await newDossier(4, inDays(90));
    const transitions = await auditCount('dossier.transition');
    await whileRefused('BEFORE UPDATE ON dossiers', () => api.fail('dossiers.transition', { id, to: 'in_detentie' } as never));
    expect(await auditCount('dossier.transition')).toBe(transitions);
    expect((await api.call('dossiers.get', { id })).timeline).toHaveLength(1);
  });

  it('an import whose audit line cannot be written imports nothing', async () => {
    const before = await dossierTotal();
    const payload = exchangePayload(['person'], [{ ref: 'n1', person: { ...syntheticPerson(rand, 5) } as never }], { purpose: 'Verhuizing' });
    const file = (await encodeExchangeFile(payload, PASS, FAST_KDF)).toString('base64');
    await whileRefused(auditLineOf('exchange.import'), () => api.fail('exchange.applyImport', { file, passphrase: PASS, choices: {} }));
    const after = await dossierTotal();
    expect(after).toBe(before);
    expect(
      (await api.call('provisions.list', { limit: 10, offset: 0 } as never)).entries.filter((e: { purpose: string }) => e.purpose === 'Verhuizing'),
    ).toEqual([]);
  });
});
