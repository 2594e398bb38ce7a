import { describe, expect, it } from 'vitest';
import { EXCHANGE_SECTIONS } from '../../common/exchange/payload.js';
import type { AftercareView } from '../../common/aftercare/types.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { seedAftercareRealistic } from '../../db/demo/aftercare.js';
import { decodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { DAY_ONE_KEPT_LINE } from '../../electron/main/exchange/section-preview.js';
import { senderAndReceiver, unlockedCore, type UnlockedCore } from '../helpers/core.js';
import { onePersonPayload, payloadErrorCode } from '../helpers/exchange-payload.js';

const PASS = 'molen kaas klomp tulp fiets dijk';
type Ctx = UnlockedCore;

/** What the coordinator sees of a dossier's after-release data, without the ids and states that are the vault's own. */
const view = (v: AftercareView) => ({
  dayOne: v.dayOne && {
    releaseDate: v.dayOne.releaseDate,
    entries: v.dayOne.entries.map((e) => ({ key: e.key, state: e.state, note: e.note, correctedAt: e.correctedAt, correctionReason: e.correctionReason })),
  },
  firstContact: v.firstContact && { contactAt: v.firstContact.contactAt, who: v.firstContact.who, how: v.firstContact.how, outcome: v.firstContact.outcome },
  followups: v.followups.map((f) => ({
    momentKey: f.momentKey,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    reached: f.reached,
    basis: f.basis,
    work: f.work,
    reclassering: f.reclassering,
    note: f.note,
  })),
  attempts: v.attempts.map((a) => ({ date: a.date, channel: a.channel, result: a.result, note: a.note })),
});

describe('after-release data in the exchange file (payload version 3)', () => {
  let a: Ctx;
  let b: Ctx;
  let released: number[];
  let file: string;

  senderAndReceiver(async (sender, receiver) => {
    [a, b] = [sender, receiver];
    const dbA = a.core.session.requireVault().db;
    const ids = await seedDossiersRealistic(dbA, 16, 33);
    await seedAftercareRealistic(dbA, 33);
    released = [];
    for (const id of ids) if ((await a.call('aftercare.get', { dossierId: id })).dayOne) released.push(id);
    expect(released.length).toBeGreaterThanOrEqual(3);
    const out = await a.call('exchange.export', {
      dossierIds: released,
      // Costs travel only when ticked, and raise the file to version 4 (test/integration/exchange-costs.test.ts).
      sections: EXCHANGE_SECTIONS.filter((s) => s !== 'costs'),
      recipient: 'ZVH',
      purpose: 'Verhuizing',
      passphrase: PASS,
    });
    file = out.base64;
  });

  it('the file says version 3 and carries the day-one record, first contact, moments and attempts', async () => {
    const payload = await decodeExchangeFile(Buffer.from(file, 'base64'), PASS);
    expect(payload.schemaVersion).toBe(3);
    expect(payload.sections).toContain('aftercare');
    const all = payload.dossiers.map((d) => d.aftercare!);
    expect(all.every((x) => x.dayOne !== null && x.followups.length > 0)).toBe(true);
    expect(all.some((x) => x.dayOne!.entries.some((e) => e.correctedAt !== null && e.correctionReason !== ''))).toBe(true);
    expect(all.some((x) => x.firstContact !== null)).toBe(true);
    expect(all.some((x) => x.attempts.length > 0)).toBe(true);
    expect(all.some((x) => x.followups.some((f) => f.doneOn !== null))).toBe(true);
  });

  it('imported into a second vault, every dossier shows the same after-release data, corrections included', async () => {
    const r = await b.call('exchange.applyImport', { file, passphrase: PASS, choices: {} });
    expect(r.created).toBe(released.length);
    for (const [i, id] of released.entries()) {
      const there = await a.call('aftercare.get', { dossierId: id });
      const here = await b.call('aftercare.get', { dossierId: r.dossierIds[i]! });
      expect(view(here)).toEqual(view(there));
    }
  });

  it('imported again, nothing differs; a later file keeps the day-one record here and says so', async () => {
    const again = await b.call('exchange.previewImport', { file, passphrase: PASS });
    for (const d of again.dossiers) expect(d.sections.find((s) => s.section === 'aftercare')).toMatchObject({ same: true });

    const id = released[0]!;
    const before = await a.call('aftercare.get', { dossierId: id });
    const line = before.dayOne!.entries.find((e) => e.state !== 'nvt')!;
    await a.call('aftercare.correctDayOne', { dossierId: id, key: line.key, state: 'nvt', note: '', reason: 'Bij nader inzien niet van toepassing.' });
    await a.call('aftercare.addAttempt', { dossierId: id, date: before.dayOne!.releaseDate, channel: 'brief', result: 'niet_thuis', note: 'Tweede bestand' });
    const later = (await a.call('exchange.export', { dossierIds: [id], sections: ['aftercare'], recipient: 'ZVH', purpose: 'Aanvulling', passphrase: PASS }))
      .base64;

    const preview = await b.call('exchange.previewImport', { file: later, passphrase: PASS });
    const diff = preview.dossiers[0]!.sections.find((s) => s.section === 'aftercare')!;
    expect(preview.dossiers[0]!.action).toBe('update');
    expect(diff.same).toBe(false);
    expect(diff.incoming).toContain(DAY_ONE_KEPT_LINE);
    expect(diff.incoming.some((l) => l.startsWith('Contactpoging') && l.includes('Brief, Niet thuis'))).toBe(true);
    expect(diff.current).not.toContain(DAY_ONE_KEPT_LINE);

    const bId = preview.dossiers[0]!.existingId!;
    const dayOneBefore = (await b.call('aftercare.get', { dossierId: bId })).dayOne;
    const ref = preview.dossiers[0]!.ref;
    await b.call('exchange.applyImport', { file: later, passphrase: PASS, choices: { [ref]: { aftercare: 'take' } } });
    const after = await b.call('aftercare.get', { dossierId: bId });
    expect(after.dayOne).toEqual(dayOneBefore);
    expect(after.attempts.filter((x) => x.note === 'Tweede bestand')).toHaveLength(1);
  });

  it('a file without the after-release section keeps version 2 and still imports', async () => {
    const v2 = (
      await a.call('exchange.export', { dossierIds: released, sections: ['detention', 'consents'], recipient: 'ZVH', purpose: 'Overleg', passphrase: PASS })
    ).base64;
    expect((await decodeExchangeFile(Buffer.from(v2, 'base64'), PASS)).schemaVersion).toBe(2);
    const c = await unlockedCore();
    try {
      const r = await c.call('exchange.applyImport', { file: v2, passphrase: PASS, choices: {} });
      expect(r.created).toBe(released.length);
      // The release date travelled with the detention section; the receiving vault makes its own moments from it.
      const here = await c.call('aftercare.get', { dossierId: r.dossierIds[0]! });
      expect(here.dayOne).not.toBeNull();
      expect(here.attempts).toEqual([]);
    } finally {
      await c.close();
    }
  });

  it('a released client imported with the plan but without after-release data: the day-one record is the imported plan', async () => {
    const out = await a.call('exchange.export', {
      dossierIds: released,
      sections: ['detention', 'plan'],
      recipient: 'ZVH',
      purpose: 'Overleg',
      passphrase: PASS,
    });
    const payload = await decodeExchangeFile(Buffer.from(out.base64, 'base64'), PASS);
    const c = await unlockedCore();
    try {
      const r = await c.call('exchange.applyImport', { file: out.base64, passphrase: PASS, choices: {} });
      let arranged = 0;
      for (const [i, d] of payload.dossiers.entries()) {
        const here = await c.call('aftercare.get', { dossierId: r.dossierIds[i]! });
        const fromFile = new Map(d.plan!.basis.map((x) => [x.key, x]));
        // Recorded at release from the plan as it stands: the plan this import wrote, not an empty one.
        expect(here.dayOne!.entries.map((e) => [e.key, e.state, e.note])).toEqual(
          here.dayOne!.entries.map((e) => [e.key, fromFile.get(e.key)?.state ?? 'onbekend', fromFile.get(e.key)?.note ?? '']),
        );
        arranged += here.dayOne!.entries.filter((e) => e.state !== 'onbekend').length;
      }
      expect(arranged).toBeGreaterThan(0);
    } finally {
      await c.close();
    }
  });

  it('a dossier here takes the release date and the plan from a file: the day-one record is the plan it took', async () => {
    const exportOf = async (sections: ('person' | 'detention' | 'plan')[]) =>
      (await a.call('exchange.export', { dossierIds: released, sections, recipient: 'ZVH', purpose: 'Overleg', passphrase: PASS })).base64;
    const people = await exportOf(['person']);
    const file = await exportOf(['person', 'detention', 'plan']);
    const payload = await decodeExchangeFile(Buffer.from(file, 'base64'), PASS);
    const c = await unlockedCore();
    try {
      const first = await c.call('exchange.applyImport', { file: people, passphrase: PASS, choices: {} });
      for (const id of first.dossierIds) expect((await c.call('aftercare.get', { dossierId: id })).dayOne).toBeNull();
      const choices = Object.fromEntries(payload.dossiers.map((d) => [d.ref, { detention: 'take' as const, plan: 'take' as const }]));
      const r = await c.call('exchange.applyImport', { file, passphrase: PASS, choices });
      expect(r.updated).toBe(payload.dossiers.length);
      for (const [i, d] of payload.dossiers.entries()) {
        const here = await c.call('aftercare.get', { dossierId: first.dossierIds[i]! });
        const fromFile = new Map(d.plan!.basis.map((x) => [x.key, x.state]));
        expect(here.dayOne!.releaseDate).toBe(d.detention!.werkelijkeVrijlating);
        expect(here.dayOne!.entries.map((e) => [e.key, e.state])).toEqual(here.dayOne!.entries.map((e) => [e.key, fromFile.get(e.key) ?? 'onbekend']));
      }
    } finally {
      await c.close();
    }
  });

  it('a version-2 file carrying the after-release section contradicts itself; version 5 is from a newer app', () => {
    const base = onePersonPayload('aftercare', { attempts: [{ date: '2026-01-01', channel: 'telefoon', result: 'geen_gehoor' }] });
    const code = payloadErrorCode;
    expect(code({ ...base, schemaVersion: 3 })).toBe('GEEN_FOUT');
    expect(code({ ...base, schemaVersion: 2 })).toBe('EXCHANGE_INVALID_CONTENT');
    expect(code({ ...base, schemaVersion: 4 })).toBe('GEEN_FOUT');
    expect(code({ ...base, schemaVersion: 5 })).toBe('EXCHANGE_PAYLOAD_TOO_NEW');
    // With a ninth section the list's bound no longer catches a repeated one; the repetition itself is refused.
    expect(code({ ...base, schemaVersion: 3, sections: ['person', 'aftercare', 'aftercare'] })).toBe('EXCHANGE_INVALID_CONTENT');
    const badMoment = structuredClone(base);
    Object.assign(badMoment.dossiers[0]!.aftercare!, { followups: [{ momentKey: '3-jaren', label: 'x', dueOn: '2026-02-01' }] });
    expect(code({ ...badMoment, schemaVersion: 3 })).toBe('EXCHANGE_INVALID_CONTENT');
  });
});
