import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AppError } from '../../common/errors.js';
import { DEFAULT_PLAN_CONFIG } from '../../common/plan/config.js';
import type { OpenVault } from '../../db/vault.js';
import { dossierHistory, dossiers, planActions, provisions } from '../../db/schema.js';
import { acceptProposals, confirmReleaseMove, dropProposal } from '../../db/repositories/plan-countdown.js';
import { addAction, recordReminder, updateAction } from '../../db/repositories/plan-actions.js';
import { addScore, setBasis } from '../../db/repositories/plan-basis-scores-goals.js';
import { getPlan } from '../../db/repositories/plan-view.js';
import { planBadges, planFigures } from '../../db/repositories/plan-reports.js';
import { createPartner, listPartners, removePartner, seedPartnersOnce } from '../../db/repositories/partners.js';
import { getPlanConfig, updatePlanConfig } from '../../db/repositories/plan-config.js';
import type { Core } from '../../electron/main/core.js';
import { appErrorOf, corePerTest } from '../helpers/core.js';
import { insertDossier, vaultPerTest, withDemoVault } from '../helpers/vault.js';
import { addDaysIso, localTodayIso, type Clock } from '../../common/calendar.js';

const clock: Clock = { today: '2026-03-02', now: '2026-03-02T09:00:00.000Z' };
const cfg = DEFAULT_PLAN_CONFIG;

async function expectCode(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await appErrorOf(p);
  expect(e.code).toBe(code);
  return e;
}

const newDossier = (v: OpenVault, release: string | null, status = 'detentie') =>
  insertDossier(v.db, clock.now, { voornamen: 'Fictus Demora', tussenvoegsel: 'van', verwachteVrijlating: release, status });

describe('plan repositories on a real encrypted vault', () => {
  let v: OpenVault;
  vaultPerTest((vault) => (v = vault));

  it('keeps basisvoorwaarden with their change date, the list strip in step, and every change in the dossier history', async () => {
    const id = await newDossier(v, '2026-04-30');
    await setBasis(v.db, { dossierId: id, key: 'id', state: 'in_gang', note: 'aangevraagd' }, clock);
    await setBasis(v.db, { dossierId: id, key: 'housing', state: 'niet_geregeld', note: '' }, clock);
    const later = { today: '2026-03-05', now: '2026-03-05T10:00:00.000Z' };
    await setBasis(v.db, { dossierId: id, key: 'id', state: 'geregeld', note: 'opgehaald' }, later);
    const plan = await getPlan(v.db, id, later, cfg);
    expect(plan.basis.find((b) => b.key === 'id')).toMatchObject({ state: 'geregeld', note: 'opgehaald', changedOn: '2026-03-05' });
    expect(plan.basis.find((b) => b.key === 'housing')).toMatchObject({ state: 'niet_geregeld', changedOn: '2026-03-02' });
    expect(await planBadges(v.db, [id], later.today)).toEqual([{ dossierId: id, strip: 'gnoooooo', overdue: 0 }]);
    const hist = await v.db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, id));
    expect(hist.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['plan.basis.id', null, 'Identiteitsbewijs: in gang (aangevraagd)'],
      ['plan.basis.housing', null, 'Onderdak: niet geregeld'],
      ['plan.basis.id', 'Identiteitsbewijs: in gang (aangevraagd)', 'Identiteitsbewijs: geregeld (opgehaald)'],
    ]);
  });

  it('keeps every domain score as history and refuses unknown domains and future dates', async () => {
    const id = await newDossier(v, null);
    await addScore(v.db, { dossierId: id, domainKey: 'huisvesting', score: 1, assessedOn: '2026-01-10', note: '' }, clock, cfg);
    await addScore(v.db, { dossierId: id, domainKey: 'huisvesting', score: 3, assessedOn: '2026-03-01', note: '' }, clock, cfg);
    expect((await getPlan(v.db, id, clock, cfg)).scores.map((s) => [s.domainKey, s.score])).toEqual([
      ['huisvesting', 1],
      ['huisvesting', 3],
    ]);
    await expectCode(addScore(v.db, { dossierId: id, domainKey: 'bestaat_niet', score: 3, assessedOn: '2026-03-01', note: '' }, clock, cfg), 'VALIDATION');
    await expectCode(addScore(v.db, { dossierId: id, domainKey: 'justitie', score: 3, assessedOn: '2026-03-03', note: '' }, clock, cfg), 'VALIDATION');
  });

  it('needs a confirmation for a deadline before creation, lists an action without partner as unassigned, records completion', async () => {
    const id = await newDossier(v, null);
    const base = { dossierId: id, title: 'Afspraak wijkteam', domainKey: null, partnerId: null, contactId: null };
    const err = await expectCode(addAction(v.db, { ...base, deadline: '2026-03-01', confirmPastDeadline: false }, clock, cfg), 'VALIDATION');
    expect(err.details).toMatchObject({ needsConfirmation: 'pastDeadline' });
    expect(await v.db.select().from(planActions)).toHaveLength(0);
    const actionId = await addAction(v.db, { ...base, deadline: '2026-03-01', confirmPastDeadline: true }, clock, cfg);
    let plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.actions[0]).toMatchObject({ id: actionId, partnerName: null, due: 'overdue', status: 'open' });
    expect((await planFigures(v.db, clock.today, 7)).unassignedOpen).toBe(1);
    await updateAction(v.db, { id: actionId, status: 'gedaan', resultNote: 'Gesproken', confirmPastDeadline: false }, clock, cfg);
    plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.actions[0]).toMatchObject({ status: 'gedaan', completedOn: '2026-03-02', due: 'finished', resultNote: 'Gesproken' });
    const fields = (await v.db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, id))).map((h) => h.field);
    expect(fields).toEqual(['plan.action', 'plan.action.status', 'plan.action.result']);
  });

  it('proposes the release countdown, accepts, drops, and moves template actions when the release date moves', async () => {
    const id = await newDossier(v, '2026-05-31');
    let plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.countdownText).toBe('nog 90 dagen tot vrijlating');
    const keys = plan.proposals.map((p) => p.templateKey);
    expect(keys).toContain('id');
    expect(plan.proposals.find((p) => p.templateKey === 'id')?.deadline).toBe('2026-05-17');
    const [partner] = [await createPartner(v.db, { type: 'pi', name: 'PI Fictiefstad', email: '', phone: '', note: '' }, clock)];
    const take = plan.proposals.filter((p) => ['id', 'slaapplek', 'eerste_afspraak'].includes(p.templateKey));
    await acceptProposals(v.db, { dossierId: id, proposals: take.map((p) => ({ ...p, partnerId: p.templateKey === 'id' ? partner!.id : null })) }, clock, cfg);
    await dropProposal(v.db, { dossierId: id, templateKey: 'netwerk' }, clock, cfg);
    plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.actions.map((a) => [a.templateKey, a.deadline])).toEqual([
      ['id', '2026-05-17'],
      ['slaapplek', '2026-05-24'],
      ['eerste_afspraak', '2026-06-02'],
    ]);
    expect(plan.proposals.map((p) => p.templateKey)).not.toContain('netwerk');
    expect(plan.proposals.map((p) => p.templateKey)).not.toContain('id');
    await expectCode(acceptProposals(v.db, { dossierId: id, proposals: [{ ...take[0]!, partnerId: null }] }, clock, cfg), 'CONFLICT');

    const slaapplek = plan.actions.find((a) => a.templateKey === 'slaapplek')!;
    await updateAction(v.db, { id: slaapplek.id, status: 'gedaan', confirmPastDeadline: false }, clock, cfg);

    // The dossier's release date moves two weeks later (edited on the dossier itself).
    await v.db.update(dossiers).set({ verwachteVrijlating: '2026-06-14' }).where(eq(dossiers.id, id));
    plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.proposals).toEqual([]); // nothing new is proposed until the move is settled
    expect(plan.releaseMove).toEqual({
      from: '2026-05-31',
      to: '2026-06-14',
      redates: [
        { actionId: plan.actions.find((a) => a.templateKey === 'id')!.id, title: expect.any(String), oldDeadline: '2026-05-17', newDeadline: '2026-05-31' },
        {
          actionId: plan.actions.find((a) => a.templateKey === 'eerste_afspraak')!.id,
          title: expect.any(String),
          oldDeadline: '2026-06-02',
          newDeadline: '2026-06-16',
        },
      ],
    });
    await expectCode(
      acceptProposals(
        v.db,
        { dossierId: id, proposals: [{ ...plan.actions[0]!, templateKey: 'bankrekening', deadline: '2026-05-20', partnerId: null }] },
        clock,
        cfg,
      ),
      'CONFLICT',
    );
    expect(await confirmReleaseMove(v.db, { dossierId: id, move: true }, clock, cfg)).toBe(2);
    plan = await getPlan(v.db, id, clock, cfg);
    expect(plan.releaseMove).toBeNull();
    expect(plan.actions.map((a) => [a.templateKey, a.deadline, a.status])).toEqual([
      ['slaapplek', '2026-05-24', 'gedaan'],
      ['id', '2026-05-31', 'open'],
      ['eerste_afspraak', '2026-06-16', 'open'],
    ]);
    const moved = (await v.db.select().from(dossierHistory).where(eq(dossierHistory.field, 'plan.action.deadline'))).map((h) => [h.oldValue, h.newValue]);
    expect(moved).toHaveLength(2);
    expect(moved[0]![0]).toContain('17-05-2026');
    expect(moved[0]![1]).toContain('31-05-2026');
  });

  it('counts overdue and soon-due actions for the dashboard, leaving closed dossiers and finished actions out', async () => {
    const a = await newDossier(v, null);
    const closed = await newDossier(v, null, 'afgesloten');
    const add = (dossierId: number, deadline: string) =>
      addAction(v.db, { dossierId, title: 'x', domainKey: null, partnerId: null, contactId: null, deadline, confirmPastDeadline: true }, clock, cfg);
    await add(a, '2026-02-20');
    await add(a, '2026-03-01');
    await add(a, '2026-03-02');
    await add(a, '2026-03-09');
    await add(a, '2026-03-10');
    await add(closed, '2026-02-01');
    const done = await add(a, '2026-02-01');
    await updateAction(v.db, { id: done, status: 'gedaan', confirmPastDeadline: false }, clock, cfg);
    expect(await planFigures(v.db, clock.today, 7)).toEqual({ overdue: 2, soonDue: 2, dossiersWithOverdue: 1, unassignedOpen: 5 });
  });

  it('refuses to remove a partner with open actions and lists them; records reminders and the provision', async () => {
    await seedPartnersOnce(v.db, clock.now);
    await seedPartnersOnce(v.db, clock.now);
    expect((await listPartners(v.db, { includeArchived: false, today: clock.today })).map((p) => p.name)).toEqual([
      'Leger des Heils Jeugdbescherming & Reclassering',
      'Reclassering Nederland',
      'Verslavingsreclassering GGZ (SVG)',
    ]);
    const p = await createPartner(v.db, { type: 'uwv', name: 'UWV Fictiefstad', email: 'uwv@fictief.example', phone: '', note: '' }, clock);
    const id = await newDossier(v, null);
    const actionId = await addAction(
      v.db,
      { dossierId: id, title: 'WW-aanvraag', domainKey: 'financien', partnerId: p.id, contactId: null, deadline: '2026-03-01', confirmPastDeadline: true },
      clock,
      cfg,
    );
    const err = await expectCode(removePartner(v.db, p.id, clock), 'CONFLICT');
    expect(err.details?.['openActions']).toEqual([{ id: actionId, dossierId: id, title: 'WW-aanvraag', deadline: '2026-03-01' }]);
    expect((await listPartners(v.db, { includeArchived: false, today: clock.today })).find((x) => x.id === p.id)).toMatchObject({
      openActions: 1,
      overdueActions: 1,
    });

    expect(await recordReminder(v.db, { partnerId: p.id, actionIds: [actionId] }, clock)).toBe(1);
    expect((await getPlan(v.db, id, clock, cfg)).actions[0]?.lastReminderOn).toBe('2026-03-02');
    const [prov] = await v.db.select().from(provisions);
    expect(prov).toMatchObject({ kind: 'rappel', recipient: 'UWV Fictiefstad', dossierIds: `[${id}]` });
    await expectCode(recordReminder(v.db, { partnerId: null, actionIds: [actionId] }, clock), 'CONFLICT');

    await updateAction(v.db, { id: actionId, status: 'vervallen', confirmPastDeadline: false }, clock, cfg);
    await removePartner(v.db, p.id, clock);
    expect((await listPartners(v.db, { includeArchived: false, today: clock.today })).some((x) => x.id === p.id)).toBe(false);
    expect((await getPlan(v.db, id, clock, cfg)).actions[0]?.partnerName).toBe('UWV Fictiefstad');
  });

  it('lets the coordinator adapt the domain catalogue, but not drop a domain in use', async () => {
    const id = await newDossier(v, null);
    await addScore(v.db, { dossierId: id, domainKey: 'justitie', score: 2, assessedOn: '2026-03-01', note: '' }, clock, cfg);
    const without = cfg.lifeDomains.filter((d) => d.key !== 'justitie');
    const err = await expectCode(updatePlanConfig(v.db, { lifeDomains: without }), 'VALIDATION');
    expect(err.details).toEqual({ fields: { lifeDomains: 'In gebruik: justitie' } });
    const renamed = cfg.lifeDomains.map((d) => (d.key === 'justitie' ? { ...d, label: 'Justitie en reclassering', active: false } : d));
    await updatePlanConfig(v.db, { lifeDomains: [...renamed, { key: 'zingeving', label: 'Zingeving', active: true }], soonDays: 10 });
    const next = await getPlanConfig(v.db);
    expect(next.lifeDomains).toHaveLength(14);
    expect(next.soonDays).toBe(10);
    await expectCode(addScore(v.db, { dossierId: id, domainKey: 'justitie', score: 2, assessedOn: '2026-03-01', note: '' }, clock, next), 'VALIDATION');
  });
});

describe('plan API through the dispatcher', () => {
  let core: Core;
  corePerTest((c) => (core = c));

  it('answers bad input with Dutch field messages and changes nothing', async () => {
    const bad = await core.dispatch('plans.addAction', { dossierId: 1, title: ' ', deadline: '2026-02-31' });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { title: 'Beschrijf de actie.', deadline: 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.' } },
      },
    });
    const partner = await core.dispatch('partners.create', { type: 'uwv', name: '', email: 'x' });
    expect(partner).toMatchObject({
      ok: false,
      error: { details: { fields: { name: 'Vul de naam van de organisatie in.', email: 'Geen geldig e-mailadres.' } } },
    });
    const list = (await core.dispatch('partners.list', {})) as { ok: true; value: unknown[] };
    expect(list.value).toHaveLength(3);
  });

  it('groups overdue work per partner in Rappel with a mailto link', async () => {
    const { db } = core.session.requireVault();
    const id = await insertDossier(db, clock.now, { achternaam: 'Fictiefsma', voornamen: 'Testje' });
    const p = (await core.dispatch('partners.create', { type: 'schuldhulp', name: 'Schuldhulp Fictief', email: 'sh@fictief.example' })) as {
      ok: true;
      value: { id: number };
    };
    const yesterday = addDaysIso(localTodayIso(), -1);
    const added = await core.dispatch('plans.addAction', { dossierId: id, title: 'Schulden in kaart', partnerId: p.value.id, deadline: yesterday });
    expect(added).toMatchObject({ ok: false, error: { details: { needsConfirmation: 'pastDeadline' } } });
    expect(
      await core.dispatch('plans.addAction', {
        dossierId: id,
        title: 'Schulden in kaart',
        partnerId: p.value.id,
        deadline: yesterday,
        confirmPastDeadline: true,
      }),
    ).toMatchObject({ ok: true });
    const rappel = (await core.dispatch('plans.rappel', {})) as {
      ok: true;
      value: { groups: { partnerName: string; overdue: { clientRef: string }[]; mailto: string; body: string }[] };
    };
    expect(rappel.value.groups).toHaveLength(1);
    expect(rappel.value.groups[0]).toMatchObject({ partnerName: 'Schuldhulp Fictief', overdue: [{ clientRef: 'T. Fictiefsma' }] });
    expect(rappel.value.groups[0]!.mailto.startsWith('mailto:sh@fictief.example?subject=')).toBe(true);
    expect(rappel.value.groups[0]!.body).toContain('T. Fictiefsma: Schulden in kaart');
    const figures = (await core.dispatch('plans.figures', {})) as { ok: true; value: { overdue: number } };
    expect(figures.value.overdue).toBe(1);
    // The dossier list's "has overdue actions" filter finds this dossier and no other.
    await db.insert(dossiers).values({ achternaam: 'Zonderachterstand', createdAt: clock.now, updatedAt: clock.now });
    const all = (await core.dispatch('dossiers.list', {})) as { ok: true; value: { total: number } };
    expect(all.value.total).toBe(2);
    const overdue = (await core.dispatch('dossiers.list', { extraFilters: ['overdueActions'] })) as { ok: true; value: { items: { id: number }[] } };
    expect(overdue.value.items.map((i) => i.id)).toEqual([id]);
  });
});

describe('demo vault', () => {
  it('includes plans, scores and actions in every status, some overdue', async () => {
    const { domainScores } = await import('../../db/schema.js');
    await withDemoVault(15, async (v) => {
      const actions = await v.db.select({ status: planActions.status, deadline: planActions.deadline }).from(planActions);
      expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['open', 'bezig', 'gedaan', 'vervallen']));
      const today = localTodayIso();
      expect(actions.filter((a) => (a.status === 'open' || a.status === 'bezig') && a.deadline! < today).length).toBeGreaterThan(0);
      expect((await v.db.select().from(domainScores)).length).toBeGreaterThan(0);
      expect((await planFigures(v.db, today, 7)).overdue).toBeGreaterThan(0);
    });
  });
});
