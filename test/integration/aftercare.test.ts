import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import type { OpenVault } from '../../db/vault.js';
import { auditLog, dossierHistory, dossiers } from '../../db/schema.js';
import { setBasis } from '../../db/repositories/plan-basis-scores-goals.js';
import { transitionDossier, updateDossier } from '../../db/repositories/dossier-core.js';
import { insertDossierRows } from '../../db/repositories/dossier-fields.js';
import { getSettings, updateSettings } from '../../db/repositories/settings.js';
import { addContactAttempt, aftercareToday, correctDayOne, getAftercare, recordFirstContact, recordFollowup } from '../../db/repositories/aftercare.js';
import { insertDossier, vaultPerTest, withDemoVault } from '../helpers/vault.js';
import { appErrorOf } from '../helpers/core.js';

const before = { today: '2026-11-10', now: '2026-11-10T09:00:00.000Z' };

async function expectRefused(p: Promise<unknown>, field: string): Promise<string> {
  const fields = ((await appErrorOf(p)).details?.['fields'] ?? {}) as Record<string, string>;
  expect(Object.keys(fields)).toContain(field);
  return fields[field]!;
}

const newDossier = (v: OpenVault, achternaam = 'Testmans') =>
  insertDossier(v.db, before.now, { achternaam, verwachteVrijlating: '2026-11-20', status: 'vrijlating_nadert' });

describe('after release on a real encrypted vault', () => {
  let v: OpenVault;
  vaultPerTest((vault) => (v = vault));

  it('records the basisvoorwaarden once on the day of release and keeps them when the plan changes later', async () => {
    const id = await newDossier(v);
    await setBasis(v.db, { dossierId: id, key: 'id', state: 'geregeld', note: 'paspoort' }, before);
    await setBasis(v.db, { dossierId: id, key: 'housing', state: 'niet_geregeld', note: '' }, before);
    await transitionDossier(v.db, id, { to: 'nazorg', werkelijkeVrijlating: '2026-11-20' }, { now: new Date('2026-11-20T10:00:00Z') });
    const settings = await getSettings(v.db);
    let view = await getAftercare(v.db, id, '2026-11-21', settings);
    expect(view.dayOne?.releaseDate).toBe('2026-11-20');
    expect(view.dayOne?.entries.find((e) => e.key === 'id')).toMatchObject({ state: 'geregeld', note: 'paspoort' });
    expect(view.dayOne?.entries.find((e) => e.key === 'housing')?.state).toBe('niet_geregeld');
    expect(view.dayOne?.entries).toHaveLength(8);

    // The plan moves on; the day-one record does not. Neither does a corrected release date rewrite it.
    await setBasis(v.db, { dossierId: id, key: 'housing', state: 'geregeld', note: '' }, { today: '2026-11-25', now: '2026-11-25T09:00:00.000Z' });
    await updateDossier(v.db, id, { werkelijkeVrijlating: '2026-11-19' });
    view = await getAftercare(v.db, id, '2026-11-26', settings);
    expect(view.dayOne?.entries.find((e) => e.key === 'housing')?.state).toBe('niet_geregeld');
    // Open follow-up moments follow the corrected date.
    expect(view.followups.map((f) => [f.label, f.dueOn])).toEqual([
      ['2 weken na vrijlating', '2026-12-03'],
      ['3 maanden na vrijlating', '2027-02-19'],
      ['6 maanden na vrijlating', '2027-05-19'],
      ['12 maanden na vrijlating', '2027-11-19'],
    ]);

    const audit = await v.db.select().from(auditLog).where(eq(auditLog.event, 'aftercare.day_one'));
    expect(audit).toHaveLength(1);
  });

  it('corrects the day-one record only with a reason, and keeps the old value in the history', async () => {
    const id = await newDossier(v);
    await transitionDossier(v.db, id, { to: 'nazorg', werkelijkeVrijlating: '2026-11-20' });
    const clock = { today: '2026-11-22', now: '2026-11-22T09:00:00.000Z' };
    await expect(correctDayOne(v.db, { dossierId: id, key: 'id', state: 'onbekend', note: '', reason: 'x' }, clock)).rejects.toBeInstanceOf(AppError);
    await correctDayOne(v.db, { dossierId: id, key: 'id', state: 'geregeld', note: '', reason: 'ID-kaart lag bij de PI' }, clock);
    const view = await getAftercare(v.db, id, clock.today, await getSettings(v.db));
    expect(view.dayOne?.entries.find((e) => e.key === 'id')).toMatchObject({
      state: 'geregeld',
      correctionReason: 'ID-kaart lag bij de PI',
      correctedAt: clock.now,
    });
    const hist = await v.db.select().from(dossierHistory).where(eq(dossierHistory.field, 'dayOne.id'));
    expect(hist.map((h) => [h.oldValue, h.newValue])).toEqual([['Identiteitsbewijs: onbekend', 'Identiteitsbewijs: geregeld — reden: ID-kaart lag bij de PI']]);
  });

  it('shows the first contact as due, then missed after the configured hours, and not once recorded', async () => {
    const id = await newDossier(v);
    await transitionDossier(v.db, id, { to: 'nazorg', werkelijkeVrijlating: '2026-11-20' });
    let s = await getSettings(v.db);
    expect((await getAftercare(v.db, id, '2026-11-22', s)).firstContactState).toBe('due');
    expect((await getAftercare(v.db, id, '2026-11-23', s)).firstContactState).toBe('missed');
    let today = await aftercareToday(v.db, '2026-11-23', s);
    expect(today.firstContacts).toEqual([{ dossierId: id, name: 'Testmans, F.', releaseDate: '2026-11-20', dueBy: '2026-11-22', state: 'missed' }]);
    s = await updateSettings(v.db, { firstContactHours: 96 });
    expect((await getAftercare(v.db, id, '2026-11-23', s)).firstContactState).toBe('due');

    const clock = { today: '2026-11-23', now: '2026-11-23T09:00:00.000Z' };
    expect(
      await expectRefused(
        recordFirstContact(v.db, { dossierId: id, contactAt: '2026-11-19T10:00', who: 'Coördinator', how: 'poort', outcome: 'x' }, clock),
        'contactAt',
      ),
    ).toMatch(/vóór/);
    await recordFirstContact(
      v.db,
      { dossierId: id, contactAt: '2026-11-20T09:15', who: 'Coördinator', how: 'poort', outcome: 'Opgehaald bij de poort' },
      clock,
    );
    const view = await getAftercare(v.db, id, clock.today, s);
    expect(view.firstContactState).toBe('done');
    expect(view.firstContact).toEqual({ contactAt: '2026-11-20T09:15', who: 'Coördinator', how: 'poort', outcome: 'Opgehaald bij de poort' });
    today = await aftercareToday(v.db, clock.today, s);
    expect(today.firstContacts).toEqual([]);
  });

  it('lists due and overdue follow-up moments on Vandaag and keeps a done check-in', async () => {
    const id = await newDossier(v);
    await transitionDossier(v.db, id, { to: 'nazorg', werkelijkeVrijlating: '2026-08-01' });
    const s = await getSettings(v.db);
    const today = await aftercareToday(v.db, '2026-11-01', s);
    // 2 weeks (15-08) overdue, 3 months (01-11) due; 6 and 12 months not yet.
    expect(today.followups.map((f) => [f.label, f.state])).toEqual([
      ['2 weken na vrijlating', 'overdue'],
      ['3 maanden na vrijlating', 'due'],
    ]);
    expect(today.totals.followups).toBe(2);
    // A dossier no longer in nazorg keeps its open moments, but they leave Vandaag's list and its count.
    const closed = await newDossier(v, 'Sluitma');
    await transitionDossier(v.db, closed, { to: 'nazorg', werkelijkeVrijlating: '2026-08-01' });
    expect((await aftercareToday(v.db, '2026-11-01', s)).totals.followups).toBe(4);
    await v.db.update(dossiers).set({ status: 'afgesloten' }).where(eq(dossiers.id, closed));
    const withClosed = await aftercareToday(v.db, '2026-11-01', s);
    expect(withClosed.followups.map((f) => f.dossierId)).toEqual([id, id]);
    expect(withClosed.totals.followups).toBe(2);
    const clock = { today: '2026-11-01', now: '2026-11-01T09:00:00.000Z' };
    await recordFollowup(
      v.db,
      {
        followupId: today.followups[1]!.followupId,
        doneOn: '2026-11-01',
        reached: 'ja',
        basis: { housing: 'geregeld' },
        work: 'zelfde',
        reclassering: 'ja',
        note: 'Gaat goed',
      },
      clock,
    );
    await expect(
      recordFollowup(
        v.db,
        { followupId: today.followups[1]!.followupId, doneOn: '2026-11-01', reached: 'ja', basis: {}, work: 'zelfde', reclassering: 'ja', note: '' },
        clock,
      ),
    ).rejects.toBeInstanceOf(AppError);
    const view = await getAftercare(v.db, id, clock.today, s);
    const done = view.followups.find((f) => f.label.startsWith('3 maanden'))!;
    expect(done).toMatchObject({ state: 'done', reached: 'ja', work: 'zelfde', reclassering: 'ja', note: 'Gaat goed' });
    expect(done.basis.housing).toBe('geregeld');
    expect(done.basis.id).toBe('onbekend');
    expect((await aftercareToday(v.db, clock.today, s)).followups.map((f) => f.label)).toEqual(['2 weken na vrijlating']);
  });

  it('flags a client after the configured number of failed attempts in a row; reaching the client clears it', async () => {
    const id = await newDossier(v);
    const other = await newDossier(v, 'Anderman');
    await transitionDossier(v.db, id, { to: 'nazorg', werkelijkeVrijlating: '2026-11-01' });
    await transitionDossier(v.db, other, { to: 'nazorg', werkelijkeVrijlating: '2026-11-01' });
    const clock = { today: '2026-11-20', now: '2026-11-20T09:00:00.000Z' };
    const s = await getSettings(v.db);
    await addContactAttempt(v.db, { dossierId: other, date: '2026-11-05', channel: 'telefoon', result: 'geen_gehoor', note: '' }, clock);
    for (const date of ['2026-11-05', '2026-11-08', '2026-11-12'])
      await addContactAttempt(v.db, { dossierId: id, date, channel: 'telefoon', result: 'geen_gehoor', note: '' }, clock);
    let view = await getAftercare(v.db, id, clock.today, s);
    expect(view).toMatchObject({ failedAttempts: 3, unreachable: true, unreachableAfter: 3 });
    expect((await aftercareToday(v.db, clock.today, s)).unreachable).toEqual([{ dossierId: id, name: 'Testmans, F.', releaseDate: '2026-11-01', failed: 3 }]);
    await addContactAttempt(v.db, { dossierId: id, date: '2026-11-13', channel: 'huisbezoek', result: 'bereikt', note: '' }, clock);
    view = await getAftercare(v.db, id, clock.today, s);
    expect(view).toMatchObject({ failedAttempts: 0, unreachable: false });
    expect((await aftercareToday(v.db, clock.today, s)).unreachable).toEqual([]);
    expect(
      await expectRefused(addContactAttempt(v.db, { dossierId: id, date: '2026-11-21', channel: 'sms', result: 'geen_gehoor', note: '' }, clock), 'date'),
    ).toMatch(/toekomst/);
  });

  it('records the day-one state for a dossier that arrives already released (import and intake write through insertDossierRows)', async () => {
    const [released, waiting] = await v.db.transaction((tx) =>
      insertDossierRows(
        tx,
        [
          { achternaam: 'Importma', voornamen: 'Fictus', status: 'nazorg', werkelijkeVrijlating: '2026-11-02' },
          { achternaam: 'Wachtma', voornamen: 'Fictus', status: 'detentie', verwachteVrijlating: '2026-12-20' },
        ],
        before.now,
      ),
    );
    const settings = await getSettings(v.db);
    const view = await getAftercare(v.db, released!, before.today, settings);
    expect(view.dayOne?.releaseDate).toBe('2026-11-02');
    expect(view.followups.map((f) => f.dueOn)[0]).toBe('2026-11-16');
    expect((await getAftercare(v.db, waiting!, before.today, settings)).dayOne).toBeNull();
  });
});

describe('demo vault after release', () => {
  it('holds day-one records, first contacts (some missed), check-ins (some overdue) and a few unreachable clients', async () => {
    const { localTodayIso } = await import('../../common/calendar.js');
    await withDemoVault(20, async (v) => {
      const today = localTodayIso();
      const settings = await getSettings(v.db);
      const open = await v.db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.status, 'nazorg'));
      const views = await Promise.all(open.map((d) => getAftercare(v.db, d.id, today, settings)));
      expect(views.length).toBeGreaterThan(2);
      const dayOneStates = views.flatMap((w) => w.dayOne?.entries.map((e) => e.state) ?? []);
      expect(views.every((w) => w.dayOne !== null)).toBe(true);
      expect(dayOneStates).toContain('geregeld');
      expect(dayOneStates.some((s) => s === 'niet_geregeld' || s === 'in_gang')).toBe(true);
      expect(views.some((w) => w.dayOne?.entries.some((e) => e.correctionReason !== ''))).toBe(true);
      // Recorded at the release, not when the dossier was registered.
      for (const w of views) expect(w.dayOne!.recordedAt >= w.dayOne!.releaseDate).toBe(true);
      expect(views.some((w) => w.firstContactState === 'done')).toBe(true);
      expect(views.some((w) => w.firstContactState === 'missed')).toBe(true);
      const states = views.flatMap((w) => w.followups.map((f) => f.state));
      expect(states).toContain('done');
      expect(states).toContain('overdue');
      const unreachable = views.filter((w) => w.unreachable);
      expect(unreachable.length).toBeGreaterThan(0);
      expect(unreachable.length).toBeLessThan(views.length);
      const vandaag = await aftercareToday(v.db, today, settings);
      expect(vandaag.totals.unreachable).toBe(unreachable.length);
      expect(vandaag.totals.followups).toBeGreaterThan(0);
    });
  });
});
