import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../common/meetings/types.js';
import type { PartnerView } from '../../common/plan/types.js';
import { apiOf, unlockedCore } from '../helpers/core.js';
import { parseCsv } from '../helpers/parse-back.js';

type Ctx = Awaited<ReturnType<typeof unlockedCore>>;

/** A deadline far ahead, so "no deadline before today" never bites and the expected cell is fixed. */
const DEADLINE = '2099-12-31';
const TRICKY_TITLE = 'Kamer regelen; "opvang" bellen\nen terugkoppelen';
const TRICKY_PARTNER = 'Wijkteam "Oost"; Noord';

describe('CSV of the actions of one meeting, as Dutch Excel reads it, recorded in the register', () => {
  let ctx: Ctx;
  let api: ReturnType<typeof apiOf>;
  let meeting: MeetingDetail;
  let emptyMeetingId = 0;
  let wijkteam: PartnerView;
  let idle: PartnerView;
  const dossierIds: number[] = [];

  beforeAll(async () => {
    ctx = await unlockedCore();
    api = apiOf(ctx.core);
    wijkteam = await api.call('partners.create', { type: 'wijkteam', name: TRICKY_PARTNER, email: '', phone: '', note: '' });
    wijkteam = await api.call('partners.addContact', { partnerId: wijkteam.id, name: 'Anouk Testbuddy', role: 'Wijkcoach', email: '', phone: '' });
    idle = await api.call('partners.create', { type: 'overig', name: 'Vrijwilligers Fictiefdorp', email: '', phone: '', note: '' });
    for (const p of [
      { achternaam: 'Zéphyrtest', voornamen: 'Ölga Ëlise', geboortedatum: '1988-04-12' },
      { achternaam: 'Fictiefsma', tussenvoegsel: 'van', voornamen: 'Noël', geboortedatum: '1991-03-07' },
      { achternaam: 'Buitenbeentje', voornamen: 'Sjoerd', geboortedatum: '1979-11-30' },
    ]) {
      const r = await api.call('dossiers.create', p);
      if (!r.created) throw new Error('seed');
      dossierIds.push(r.id);
    }
    // The third dossier has an action too, but not from this meeting: it must not appear.
    await api.call('plans.addAction', { dossierId: dossierIds[2]!, title: 'Buiten het overleg', partnerId: wijkteam.id, deadline: DEADLINE });
    meeting = await api.call('meetings.create', { date: '2099-12-01', partnerIds: [wijkteam.id], dossierIds: [dossierIds[1]!, dossierIds[0]!] });
    const [first, second] = meeting.items as [MeetingDetail['items'][number], MeetingDetail['items'][number]];
    await api.call('meetings.addAction', { itemId: first.id, title: 'Bijstand aanvragen', partnerId: wijkteam.id, deadline: DEADLINE, domainKey: 'financien' });
    meeting = await api.call('meetings.addAction', {
      itemId: second.id,
      title: TRICKY_TITLE,
      partnerId: wijkteam.id,
      deadline: DEADLINE,
      domainKey: 'huisvesting',
    });
    const tricky = meeting.items[1]!.actions[0]!;
    await api.call('plans.updateAction', { id: tricky.id, contactId: wijkteam.contacts[0]!.id, status: 'bezig' });
    emptyMeetingId = (await api.call('meetings.create', { date: '2099-12-02', dossierIds: [dossierIds[2]!] })).id;
  });
  afterAll(async () => ctx?.close());

  it('writes BOM, semicolons, CRLF, dd-mm-jjjj, quotes what needs quoting, and reads back cell for cell', async () => {
    const file = await api.call('exports.meetingActionsCsv', { meetingId: meeting.id, recipient: 'Wijkteam Oost', purpose: 'Afspraken overleg' });
    expect(file.fileName).toBe('acties-overleg-2099-12-01.csv');
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    // Separators, quotes and line breaks inside a cell are quoted; quotes doubled (RFC 4180, as Excel reads it).
    expect(text).toContain('"Kamer regelen; ""opvang"" bellen\nen terugkoppelen"');
    expect(text).toContain('"Wijkteam ""Oost""; Noord"');
    expect(text.split('\r\n')[0]).toBe('Dossiernummer;Cliënt;Partner;Contactpersoon;Actie;Leefgebied;Deadline;Status');
    expect(parseCsv(text)).toEqual([
      ['Dossiernummer', 'Cliënt', 'Partner', 'Contactpersoon', 'Actie', 'Leefgebied', 'Deadline', 'Status'],
      // Agenda order: Fictiefsma was put on the agenda first.
      [String(dossierIds[1]), 'Noël van Fictiefsma', TRICKY_PARTNER, '', 'Bijstand aanvragen', 'Financiën', '31-12-2099', 'open'],
      [String(dossierIds[0]), 'Ölga Ëlise Zéphyrtest', TRICKY_PARTNER, 'Anouk Testbuddy', TRICKY_TITLE, 'Huisvesting', '31-12-2099', 'bezig'],
    ]);
  });

  it('pseudonymised: initials and year of birth only, and the register says so', async () => {
    const file = await api.call('exports.meetingActionsCsv', {
      meetingId: meeting.id,
      pseudonymise: true,
      recipient: 'Vrijwilligers Fictiefdorp',
      purpose: 'Alleen wat zij nodig hebben',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(parseCsv(text.slice(1)).map((r) => r[1])).toEqual(['Cliënt', 'N.F. (1991)', 'Ö.Ë.Z. (1988)']);
    for (const name of ['Zéphyrtest', 'Fictiefsma', 'Ölga', 'Noël']) expect(text).not.toContain(name);

    const { entries } = await api.call('provisions.list', { kind: 'csv.acties-overleg' });
    expect(entries).toHaveLength(2);
    const [latest, earlier] = entries as [(typeof entries)[number], (typeof entries)[number]];
    expect(latest).toMatchObject({ direction: 'out', recipient: 'Vrijwilligers Fictiefdorp', purpose: 'Alleen wat zij nodig hebben' });
    expect(latest.what).toBe('Acties van Regie- en toedelingsoverleg 01-12-2099 (2 acties, gepseudonimiseerd)');
    expect(earlier.what).toBe('Acties van Regie- en toedelingsoverleg 01-12-2099 (2 acties)');
    expect([...latest.dossierIds].sort()).toEqual([dossierIds[0], dossierIds[1]].sort());
  });

  it('refuses with a Dutch message, and records nothing, when there is nothing to export or no recipient', async () => {
    const empty = await api.fail('exports.meetingActionsCsv', { meetingId: emptyMeetingId, recipient: 'Wijkteam', purpose: 'Overleg' });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.message).toBe('In dit overleg zijn nog geen acties toegedeeld. Er is niets geëxporteerd.');
    const noRecipient = await api.fail('exports.meetingActionsCsv', { meetingId: meeting.id, recipient: ' ', purpose: 'Overleg' });
    expect(noRecipient.details?.['fields']).toMatchObject({ recipient: 'Vul in aan wie u dit verstrekt.' });
    expect((await api.fail('exports.meetingActionsCsv', { meetingId: 999_999, recipient: 'x', purpose: 'y' })).code).toBe('NOT_FOUND');
    expect((await api.call('provisions.list', { kind: 'csv.acties-overleg' })).total).toBe(2);
  });

  it('actions per partner: a chosen partner is named in the register even without actions; an unknown one is refused', async () => {
    const file = await api.call('exports.actionsCsv', { partnerId: idle.id, openOnly: true, recipient: 'Vrijwilligers', purpose: 'Overzicht' });
    expect(parseCsv(Buffer.from(file.base64, 'base64').toString('utf8').slice(1))).toHaveLength(1);
    const mine = await api.call('exports.actionsCsv', { partnerId: wijkteam.id, openOnly: true, recipient: 'Wijkteam', purpose: 'Overzicht' });
    const rows = parseCsv(Buffer.from(mine.base64, 'base64').toString('utf8').slice(1));
    expect(rows.slice(1).map((r) => [r[3], r[4], r[5]])).toEqual(
      expect.arrayContaining([
        ['Noël van Fictiefsma', 'Financiën', 'Bijstand aanvragen'],
        ['Sjoerd Buitenbeentje', '', 'Buiten het overleg'],
      ]),
    );
    const { entries } = await api.call('provisions.list', { kind: 'csv.acties-partner' });
    expect(entries.map((e) => e.what)).toEqual([`Acties van ${TRICKY_PARTNER} (open)`, 'Acties van Vrijwilligers Fictiefdorp (open)']);
    const bad = await api.fail('exports.actionsCsv', { partnerId: 999_999, recipient: 'x', purpose: 'y' });
    expect(bad.details?.['fields']).toMatchObject({ partnerId: 'Kies een partner uit het register.' });
  });
});
