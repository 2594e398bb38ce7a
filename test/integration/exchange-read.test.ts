import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_SECTIONS } from '../../common/exchange/payload.js';
import type { Bundle } from '../../common/exchange/sections.js';
import { readBundles } from '../../db/repositories/exchange/read-sections.js';
import {
  consents,
  contactAttempts,
  costs,
  dayOneBasis,
  domainScores,
  dossierContacts,
  dossiers,
  firstContacts,
  followups,
  journalNotes,
  partnerContacts,
  partners,
  planActions,
  planBasis,
  planGoals,
} from '../../db/schema.js';
import type { Db } from '../../db/vault.js';
import { tempVault } from '../helpers/vault.js';

const NOW = '2026-11-20T10:00:00.000Z';
/** Text a list item may hold: quotes, a backslash, line breaks, a control character, accents and an emoji. */
const AWKWARD = 'Zei: "kom maar" \\ \n\tregel twee \u0001 é ë 😀';

/**
 * The sections as the exchange file carries them, read for many dossiers at once: every value, the order of the
 * items and the order of the keys (the file is JSON, so key order is what a reader sees).
 */
describe('reading the exchange sections of dossiers', () => {
  let vault: Awaited<ReturnType<typeof tempVault>> | undefined;
  let full = 0;
  let empty = 0;
  const db = () => vault!.v.db;
  beforeAll(async () => {
    vault = await tempVault();
    [full, empty] = await seed(db());
  });
  afterAll(() => vault?.close());

  it('gives every section with its items in order and its keys in the file order', async () => {
    const [b] = await readBundles(db(), [full], new Set(EXCHANGE_SECTIONS));
    const expected: Bundle = {
      id: full,
      person: {
        bsn: '999999990',
        achternaam: 'Fictiefsma',
        tussenvoegsel: '',
        voornamen: 'Testje',
        roepnaam: '',
        aanhef: 'onbekend',
        geboortedatum: '1990-01-31',
        telefoon: '',
        email: '',
        adresVoor: '',
        adresNa: '',
        woonplaats: '',
      },
      detention: {
        status: 'melding',
        institution: '',
        meldingDatum: null,
        detentieStart: null,
        verwachteVrijlating: null,
        werkelijkeVrijlating: null,
        reclasseringToezicht: 'onbekend',
        juridischKader: '',
        veiligheid: '',
        closingReason: null,
        closingNote: '',
        closedAt: null,
      },
      contacts: [
        { role: 'casemanager', name: 'B. Eerste', organisation: '', relation: '', telefoon: '', email: '', note: AWKWARD },
        { role: 'naaste', name: 'A. Tweede', organisation: '', relation: 'zus', telefoon: '0612345678', email: '', note: '' },
      ],
      consents: [
        { partner: 'GGZ', scope: 'Zorg', legalBasis: 'toestemming', givenOn: '2026-05-01', withdrawnOn: null, note: '' },
        { partner: 'Wijkteam', scope: 'Plan', legalBasis: 'toestemming', givenOn: '2026-05-02', withdrawnOn: '2026-06-01', note: '' },
      ],
      notes: [
        { date: '2026-03-01', text: AWKWARD },
        { date: '2026-03-02', text: 'tweede' },
        { date: '2026-03-02', text: 'derde' },
      ],
      attachments: [],
      plan: {
        basis: [
          { key: 'housing', state: 'geregeld', note: '', changedOn: '2026-04-02' },
          { key: 'income', state: 'in_gang', note: 'uitkering', changedOn: '2026-04-01' },
        ],
        scores: [
          { domainKey: 'werk', score: 2, assessedOn: '2026-05-01', note: 'start' },
          { domainKey: 'wonen', score: 4, assessedOn: '2026-06-01', note: '' },
          { domainKey: 'wonen', score: 3, assessedOn: '2026-06-01', note: '' },
        ],
        goals: [
          { domainKey: null, text: 'Zonder leefgebied', status: 'open' },
          { domainKey: 'wonen', text: 'Eigen kamer', status: 'bereikt' },
        ],
      },
      actions: [
        {
          title: 'ID-kaart aanvragen',
          domainKey: 'id',
          partner: { type: 'gemeente', name: 'Gemeente Fictiefdorp' },
          contact: 'C. Contact',
          deadline: '2026-05-01',
          status: 'open',
          completedOn: null,
          resultNote: '',
          createdOn: '2026-04-01',
        },
        {
          title: 'Zonder partner',
          domainKey: null,
          partner: null,
          contact: null,
          deadline: null,
          status: 'gedaan',
          completedOn: '2026-04-20',
          resultNote: AWKWARD,
          createdOn: '2026-04-01',
        },
        {
          title: 'Bij een partner van een soort die deze versie niet kent',
          domainKey: null,
          partner: { type: 'overig', name: 'Oude partner' },
          contact: null,
          deadline: null,
          status: 'open',
          completedOn: null,
          resultNote: '',
          createdOn: '2026-04-01',
        },
      ],
      aftercare: {
        dayOne: {
          releaseDate: '2026-07-01',
          recordedAt: NOW,
          entries: [
            { key: 'bank', state: 'geregeld', note: '', correctedAt: NOW, correctionReason: 'was fout' },
            { key: 'income', state: 'niet_geregeld', note: '', correctedAt: null, correctionReason: '' },
          ],
        },
        firstContact: { contactAt: '2026-07-01T09:30', who: 'Coördinator', how: 'poort', outcome: '' },
        followups: [
          {
            momentKey: 'week2',
            label: 'Week 2',
            dueOn: '2026-07-15',
            doneOn: '2026-07-16',
            reached: 'ja',
            basis: { income: 'in_gang', bank: 'geregeld' },
            work: 'geen',
            reclassering: 'ja',
            note: '',
          },
          {
            momentKey: 'week6',
            label: 'Week 6',
            dueOn: '2026-08-12',
            doneOn: null,
            reached: null,
            basis: {},
            work: 'onbekend',
            reclassering: 'onbekend',
            note: '',
          },
        ],
        attempts: [
          { date: '2026-07-02', channel: 'telefoon', result: 'bericht_achtergelaten', note: AWKWARD },
          { date: '2026-07-03', channel: 'sms', result: 'geen_gehoor', note: '' },
        ],
      },
      costs: [
        { date: '2026-07-02', category: 'pasfoto', amountCents: 1595, note: 'automaat' },
        { date: '2026-07-05', category: 'leges_id', amountCents: 7330, note: '' },
      ],
    };
    expect(b).toEqual(expected);
    // toEqual ignores key order; the JSON text does not.
    expect(JSON.stringify(b)).toBe(JSON.stringify(expected));
  });

  it('keeps the order of the ids asked for, leaves unknown ids out and gives empty lists for a dossier without items', async () => {
    const list = await readBundles(db(), [empty, 987654, full], new Set(EXCHANGE_SECTIONS));
    expect(list.map((b) => b.id)).toEqual([empty, full]);
    const [e] = list;
    expect(e!.detention).toMatchObject({ status: 'afgesloten', closingReason: 'verhuisd', closedAt: NOW });
    expect({ ...e, person: undefined, detention: undefined }).toEqual({
      id: empty,
      person: undefined,
      detention: undefined,
      contacts: [],
      consents: [],
      notes: [],
      attachments: [],
      plan: { basis: [], scores: [], goals: [] },
      actions: [],
      aftercare: { dayOne: null, firstContact: null, followups: [], attempts: [] },
      costs: [],
    });
  });

  it('reads only the sections asked for', async () => {
    const [b] = await readBundles(db(), [full], new Set(['person', 'notes'] as const));
    expect(Object.keys(b!)).toEqual(['id', 'person', 'notes']);
    expect(b!.notes).toHaveLength(3);
    expect(await readBundles(db(), [], new Set(EXCHANGE_SECTIONS))).toEqual([]);
  });
});

async function dossier(db: Db, fields: Partial<typeof dossiers.$inferInsert> & { achternaam: string }): Promise<number> {
  const [row] = await db
    .insert(dossiers)
    .values({ createdAt: NOW, updatedAt: NOW, ...fields })
    .returning({ id: dossiers.id });
  return row!.id;
}

/** A dossier with items in every section, in an order the reader must put right, and one without any. */
async function seed(db: Db): Promise<[number, number]> {
  const full = await dossier(db, { achternaam: 'Fictiefsma', voornamen: 'Testje', bsn: '999999990', geboortedatum: '1990-01-31' });
  const empty = await dossier(db, { achternaam: 'Leegsma', status: 'afgesloten', closingReason: 'verhuisd', closedAt: NOW });
  const d = { dossierId: full, createdAt: NOW };
  await db.insert(dossierContacts).values([
    { ...d, role: 'casemanager', name: 'B. Eerste', note: AWKWARD },
    { ...d, role: 'naaste', name: 'A. Tweede', relation: 'zus', telefoon: '0612345678' },
  ]);
  await db.insert(consents).values([
    { ...d, partner: 'Wijkteam', scope: 'Plan', legalBasis: 'toestemming', givenOn: '2026-05-02', withdrawnOn: '2026-06-01' },
    { ...d, partner: 'GGZ', scope: 'Zorg', legalBasis: 'toestemming', givenOn: '2026-05-01' },
  ]);
  await db.insert(journalNotes).values([
    { ...d, date: '2026-03-02', text: 'tweede' },
    { ...d, date: '2026-03-01', text: AWKWARD },
    { ...d, date: '2026-03-02', text: 'derde' },
  ]);
  await db.insert(planBasis).values([
    { dossierId: full, key: 'income', state: 'in_gang', note: 'uitkering', changedOn: '2026-04-01' },
    { dossierId: full, key: 'housing', state: 'geregeld', changedOn: '2026-04-02' },
  ]);
  await db.insert(domainScores).values([
    { ...d, domainKey: 'wonen', score: 4, assessedOn: '2026-06-01' },
    { ...d, domainKey: 'werk', score: 2, assessedOn: '2026-05-01', note: 'start' },
    { ...d, domainKey: 'wonen', score: 3, assessedOn: '2026-06-01' },
  ]);
  await db.insert(planGoals).values([
    { ...d, domainKey: null, text: 'Zonder leefgebied', updatedAt: NOW },
    { ...d, domainKey: 'wonen', text: 'Eigen kamer', status: 'bereikt', updatedAt: NOW },
  ]);
  const [known] = await db.insert(partners).values({ type: 'gemeente', name: 'Gemeente Fictiefdorp', createdAt: NOW, updatedAt: NOW }).returning();
  const [unknown] = await db.insert(partners).values({ type: 'verdwenen_soort', name: 'Oude partner', createdAt: NOW, updatedAt: NOW }).returning();
  const [person] = await db.insert(partnerContacts).values({ partnerId: known!.id, name: 'C. Contact', createdAt: NOW }).returning();
  const action = { dossierId: full, createdOn: '2026-04-01', createdAt: NOW, updatedAt: NOW };
  await db.insert(planActions).values([
    { ...action, title: 'ID-kaart aanvragen', domainKey: 'id', partnerId: known!.id, contactId: person!.id, deadline: '2026-05-01' },
    { ...action, title: 'Zonder partner', status: 'gedaan', completedOn: '2026-04-20', resultNote: AWKWARD },
    { ...action, title: 'Bij een partner van een soort die deze versie niet kent', partnerId: unknown!.id },
  ]);
  const day = { dossierId: full, releaseDate: '2026-07-01', recordedAt: NOW };
  await db.insert(dayOneBasis).values([
    { ...day, key: 'income', state: 'niet_geregeld' },
    { ...day, key: 'bank', state: 'geregeld', correctedAt: NOW, correctionReason: 'was fout' },
  ]);
  await db.insert(firstContacts).values({ dossierId: full, contactAt: '2026-07-01T09:30', who: 'Coördinator', how: 'poort', recordedAt: NOW });
  await db.insert(followups).values([
    { ...d, momentKey: 'week6', label: 'Week 6', dueOn: '2026-08-12', updatedAt: NOW },
    {
      ...d,
      momentKey: 'week2',
      label: 'Week 2',
      dueOn: '2026-07-15',
      doneOn: '2026-07-16',
      reached: 'ja',
      basis: '{"income":"in_gang","bank":"geregeld"}',
      work: 'geen',
      reclassering: 'ja',
      updatedAt: NOW,
    },
  ]);
  await db.insert(contactAttempts).values([
    { ...d, date: '2026-07-03', channel: 'sms', result: 'geen_gehoor' },
    { ...d, date: '2026-07-02', channel: 'telefoon', result: 'bericht_achtergelaten', note: AWKWARD },
  ]);
  await db.insert(costs).values([
    { ...d, date: '2026-07-05', category: 'leges_id', amountCents: 7330, updatedAt: NOW },
    { ...d, date: '2026-07-02', category: 'pasfoto', amountCents: 1595, note: 'automaat', updatedAt: NOW },
  ]);
  return [full, empty];
}
