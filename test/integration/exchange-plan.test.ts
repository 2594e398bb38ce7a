import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { EXCHANGE_SECTIONS } from '../../common/exchange/payload.js';
import { dossiers, meetings, partners, planActions, plans } from '../../db/schema.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { seedPlansForBench } from '../../db/demo/exchange.js';
import { apiOf, senderAndReceiver, type UnlockedCore } from '../helpers/core.js';
import { parseCsv, parseIcs, unescapeIcsText } from '../helpers/parse-back.js';

const PASS = 'molen kaas klomp tulp fiets dijk';
type Ctx = UnlockedCore;

describe('plans and actions: exchange, CSV per partner and ICS deadlines', () => {
  let a: Ctx;
  let b: Ctx;
  let ids: number[];
  senderAndReceiver(async (sender, receiver) => {
    [a, b] = [sender, receiver];
    const db = a.core.session.requireVault().db;
    ids = await seedDossiersRealistic(db, 2, 99);
    await seedPlansForBench(db, ids, 99);
  });

  it('carries plan and actions; partners travel by name and are added to the receiving register', async () => {
    const file = await apiOf(a.core).call('exchange.export', {
      dossierIds: ids,
      sections: [...EXCHANGE_SECTIONS],
      recipient: 'ZVH',
      purpose: 'Casusoverleg',
      passphrase: PASS,
    });
    const r = await apiOf(b.core).call('exchange.applyImport', { file: file.base64, passphrase: PASS, choices: {} });
    expect(r.created).toBe(2);
    const dbA = a.core.session.requireVault().db;
    const dbB = b.core.session.requireVault().db;
    const actionsOf = async (db: typeof dbA, id: number) =>
      (
        await db
          .select({ title: planActions.title, deadline: planActions.deadline, status: planActions.status, partner: partners.name })
          .from(planActions)
          .leftJoin(partners, eq(partners.id, planActions.partnerId))
          .where(eq(planActions.dossierId, id))
          .orderBy(asc(planActions.id))
      ).map((x) => ({ ...x }));
    expect(await actionsOf(dbB, r.dossierIds[0]!)).toEqual(await actionsOf(dbA, ids[0]!));
    expect((await dbB.select().from(partners)).map((p) => p.name).sort()).toEqual((await dbA.select().from(partners)).map((p) => p.name).sort());
    const [stripA] = await dbA.select().from(plans).where(eq(plans.dossierId, ids[1]!));
    const [stripB] = await dbB.select().from(plans).where(eq(plans.dossierId, r.dossierIds[1]!));
    expect(stripB!.basisStrip).toBe(stripA!.basisStrip);
    // Importing the same file again and taking everything adds no duplicates.
    const preview = await apiOf(b.core).call('exchange.previewImport', { file: file.base64, passphrase: PASS });
    expect(preview.dossiers.every((d) => d.sections.every((s) => s.same))).toBe(true);
  });

  it('actions per partner as CSV and open deadlines as ICS, both in the register', async () => {
    const api = apiOf(a.core);
    const db = a.core.session.requireVault().db;
    const [wi] = await db.select().from(partners).where(eq(partners.name, 'Werk en Inkomen Fictiefdorp'));
    const csv = await api.call('exports.actionsCsv', { recipient: 'Werk en Inkomen', purpose: 'Toedelingsoverleg', partnerId: wi!.id, openOnly: false });
    const rows = parseCsv(Buffer.from(csv.base64, 'base64').toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Partner', 'Contactpersoon', 'Dossiernummer', 'Cliënt', 'Leefgebied', 'Actie', 'Deadline', 'Status']);
    expect(rows.slice(1).every((r) => r[0] === 'Werk en Inkomen Fictiefdorp' && r[5] === 'ID-kaart aanvragen')).toBe(true);
    expect(rows).toHaveLength(1 + ids.length);
    expect(rows[1]![6]).toMatch(/^\d{2}-\d{2}-\d{4}$/);

    const ics = await api.call('exports.actionsIcs', { recipient: 'Eigen agenda', purpose: 'Bewaken deadlines' });
    const { events } = parseIcs(Buffer.from(ics.base64, 'base64').toString('utf8'));
    const open = await db.select().from(planActions).where(eq(planActions.status, 'open'));
    expect(events).toHaveLength(open.length);
    const names = (await db.select().from(dossiers)).map((d) => d.achternaam);
    for (const e of events) {
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      // Initials and dossier number only: no surname in the agenda.
      expect(names.some((n) => unescapeIcsText(e['SUMMARY']!).includes(n))).toBe(false);
    }
    const now = new Date().toISOString();
    await db.insert(meetings).values([
      { title: 'Regie- en toedelingsoverleg', date: '2999-01-05', startTime: '09:30', place: 'Gemeentehuis, zaal 2', createdAt: now, updatedAt: now },
      { title: 'Casusoverleg ZVH', date: '2999-02-01', createdAt: now, updatedAt: now },
      { title: 'Oud overleg', date: '2000-01-01', createdAt: now, updatedAt: now },
    ]);
    const mics = parseIcs(
      Buffer.from((await api.call('exports.meetingsIcs', { recipient: 'Eigen agenda', purpose: 'Planning' })).base64, 'base64').toString('utf8'),
    );
    expect(mics.events.map((e) => unescapeIcsText(e['SUMMARY']!))).toEqual(['Regie- en toedelingsoverleg', 'Casusoverleg ZVH']);
    expect(mics.events[0]![Object.keys(mics.events[0]!).find((k) => k.startsWith('DTSTART'))!]).toBe('29990105T093000');
    expect(unescapeIcsText(mics.events[0]!['LOCATION']!)).toBe('Gemeentehuis, zaal 2');
    expect(mics.events[1]!['DTSTART;VALUE=DATE']).toBe('29990201');
    const reg = await api.call('provisions.list', {});
    expect(reg.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['csv.acties-partner', 'ics.acties', 'ics.overleggen', 'export.nazorg']));
  });
});
