import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { listAudit } from '../../db/repositories/audit.js';
import { unlockedCore, type TypedCall } from '../helpers/core.js';
import { pdfPageCount, pdfText } from '../helpers/pdf.js';
import { ADDRESSEE } from '../fixtures/documents.js';

const today = localTodayIso();
const inDays = (n: number) => addDaysIso(today, n);
const squeeze = (s: string) => s.replace(/\s+/g, ' ');
const pdfOf = (doc: { pdfBase64: string }) => Buffer.from(doc.pdfBase64, 'base64');

describe('documents and allocation meetings over the API, on a real encrypted vault', () => {
  let ctx: Awaited<ReturnType<typeof unlockedCore>>;
  let call: TypedCall;
  let dossierA = 0;
  let dossierB = 0;
  let wijkteam = 0;
  let reclassering = 0;

  beforeEach(async () => {
    ctx = await unlockedCore();
    call = ctx.call;
    await call('settings.update', {
      municipalityName: 'Gemeente Fictiefdorp',
      municipalityAddress: 'Voorbeeldplein 1\n9999 ZZ Fictiefdorp',
      coordinatorName: 'Zoë Testcoördinator',
    });
    wijkteam = (await call('partners.create', { type: 'wijkteam', name: 'Wijkteam Oost', email: '', phone: '', note: '' })).id;
    reclassering = (await call('partners.list', {})).find((p) => p.name === 'Reclassering Nederland')!.id;
    const a = await call('dossiers.create', {
      achternaam: 'Fictiefsma-Ĳzerman',
      tussenvoegsel: 'van',
      voornamen: 'Noël Ïsa',
      geboortedatum: '1991-03-07',
      bsn: '999999990',
      institution: 'PI Voorbeeldstad',
      verwachteVrijlating: inDays(20),
    });
    const b = await call('dossiers.create', { achternaam: 'Testmans', voornamen: 'Renée', geboortedatum: '1985-06-01', verwachteVrijlating: inDays(40) });
    if (!a.created || !b.created) throw new Error('dossiers not created');
    dossierA = a.id;
    dossierB = b.id;
    await call('plans.setBasis', { dossierId: dossierA, key: 'id', state: 'geregeld', note: 'ID-kaart opgehaald' });
    await call('plans.setBasis', { dossierId: dossierA, key: 'income', state: 'niet_geregeld', note: '' });
    for (let i = 1; i <= 30; i++) {
      await call('plans.addAction', {
        dossierId: dossierA,
        title: `Actie nummer ${i} voor één cliënt`,
        partnerId: i % 2 ? wijkteam : reclassering,
        deadline: inDays(i),
      });
    }
  });
  afterEach(async () => ctx.close());

  it('action plan: built from the dossier and plan, rendered, registered as a provision', async () => {
    const doc = await call('documents.actionPlan', { dossierId: dossierA, recipient: 'Regie- en toedelingsoverleg' });
    expect(doc.fileName).toMatch(/^actieplan-D-\d{5}-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(doc.fileName).not.toContain('Fictiefsma');
    const text = squeeze(pdfText(pdfOf(doc)));
    expect(text).toContain('Noël Ïsa van Fictiefsma-Ĳzerman');
    expect(text).toContain('07-03-1991');
    expect(text).toContain('niet geregeld');
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Actie nummer ${i} voor één cliënt`);
    expect(doc.pages).toBe(pdfPageCount(pdfOf(doc)));
    const { db } = ctx.core.session.requireVault();
    const [p] = await listProvisions(db, 10);
    expect(p).toMatchObject({ kind: 'pdf.actieplan', what: 'Actieplan', recipient: 'Regie- en toedelingsoverleg', dossierIds: [dossierA], direction: 'out' });
    const audit = (await listAudit(db, 20, 0)).entries.find((e) => e.event === 'document.created')!;
    expect(JSON.stringify(audit.detail)).not.toContain('Fictiefsma');
  });

  it('meeting: agenda, decisions and allocated actions; pack, minutes and partner lists; each provision recorded', async () => {
    const m = await call('meetings.create', {
      title: 'Regie- en toedelingsoverleg',
      date: today,
      startTime: '10:00',
      place: 'Gemeentehuis',
      partnerIds: [wijkteam, reclassering],
      dossierIds: [dossierA, dossierB],
    });
    expect(m.items.map((i) => i.dossierId)).toEqual([dossierA, dossierB]);
    const [itemA, itemB] = m.items;
    await call('meetings.addDecision', { itemId: itemA!.id, text: 'Wijkteam neemt de regie over huisvesting.' });
    await call('meetings.addAction', { itemId: itemA!.id, title: 'Kamer in de opvang regelen', partnerId: wijkteam, deadline: inDays(5) });
    const after = await call('meetings.addAction', { itemId: itemB!.id, title: 'Toezicht afstemmen', partnerId: reclassering, deadline: inDays(9) });
    expect(after.items[0]!.decisions.map((d) => d.text)).toEqual(['Wijkteam neemt de regie over huisvesting.']);
    expect(after.items[1]!.actions).toMatchObject([{ title: 'Toezicht afstemmen', partnerName: 'Reclassering Nederland', deadline: inDays(9) }]);
    // The action is a real plan action of the dossier.
    expect((await call('plans.get', { dossierId: dossierB })).actions.map((a) => a.title)).toContain('Toezicht afstemmen');
    // A deadline in the past is refused by the plan's own rule, and nothing is linked.
    await expect(call('meetings.addAction', { itemId: itemB!.id, title: 'Te laat', partnerId: wijkteam, deadline: '2020-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await call('meetings.get', { id: m.id })).items[1]!.actions).toHaveLength(1);
    expect((await call('plans.get', { dossierId: dossierB })).actions.map((a) => a.title)).not.toContain('Te laat');

    const pack = squeeze(pdfText(pdfOf(await call('documents.meetingPack', { meetingId: m.id, pseudonymise: true }))));
    expect(pack).toContain('N.Ï.F. (1991)');
    expect(pack).toContain('R.T. (1985)');
    expect(pack).not.toContain('Fictiefsma');
    expect(pack).not.toContain('999999990');

    await call('meetings.setItemNote', { itemId: itemA!.id, note: 'Onderdak na vrijlating nog onzeker' });
    await call('meetings.setItemNote', { itemId: itemB!.id, note: 'Toezicht en schulden afstemmen' });
    const minutes = squeeze(pdfText(pdfOf(await call('documents.minutes', { meetingId: m.id }))));
    // Each agenda item's bespreekpunt, under its own item, before its decisions.
    expect(minutes).toMatch(
      /1\. .*Bespreekpunt: Onderdak na vrijlating nog onzeker.*Besluiten.*Wijkteam neemt de regie.*2\. .*Bespreekpunt: Toezicht en schulden afstemmen/,
    );
    expect(minutes).toContain('Wijkteam neemt de regie over huisvesting.');
    expect(minutes).toContain('Kamer in de opvang regelen');
    expect(minutes).toContain('Toezicht afstemmen');

    const lists = await call('documents.partnerActionList', { meetingId: m.id });
    const listText = squeeze(pdfText(pdfOf(lists)));
    expect(listText).toContain('Actielijst Reclassering Nederland');
    expect(listText).toContain('Actielijst Wijkteam Oost');
    expect(listText).toContain('Kamer in de opvang regelen');
    // Only the actions agreed in this meeting, not the 30 earlier ones.
    expect(listText).not.toContain('Actie nummer 1 ');

    const { db } = ctx.core.session.requireVault();
    const provisions = await listProvisions(db, 20);
    expect(provisions.map((p) => p.kind)).toEqual(['pdf.actielijst', 'pdf.actielijst', 'pdf.verslag', 'pdf.vergaderstukken']);
    expect(provisions.filter((p) => p.kind === 'pdf.actielijst').map((p) => [p.recipient, p.dossierIds])).toEqual(
      expect.arrayContaining([
        ['Wijkteam Oost', [dossierA]],
        ['Reclassering Nederland', [dossierB]],
      ]),
    );
    expect(provisions.find((p) => p.kind === 'pdf.vergaderstukken')).toMatchObject({
      what: 'Vergaderstukken (gepseudonimiseerd)',
      dossierIds: [dossierA, dossierB],
    });

    // Changing the agenda keeps the decisions of dossiers that stay.
    const reordered = await call('meetings.update', { id: m.id, dossierIds: [dossierB, dossierA] });
    expect(reordered.items.map((i) => i.dossierId)).toEqual([dossierB, dossierA]);
    expect(reordered.items[1]!.decisions).toHaveLength(1);
  });

  it('handover letter: template filled, addressee, appendix; an unknown placeholder is refused before anything is made', async () => {
    const addressee = ADDRESSEE;
    await call('plans.addAction', { dossierId: dossierA, title: 'Zorgverzekering laten ingaan', partnerId: null, deadline: inDays(3) });
    const doc = await call('documents.handoverLetter', { dossierId: dossierA, templateId: 'overdracht-reclassering', addressee, includePlan: true });
    const text = squeeze(pdfText(pdfOf(doc)));
    expect(text).toContain('Geachte mevrouw Testmans,');
    // Per owner: the reader's own actions first, an action without a partner apart and not as theirs.
    expect(text).toMatch(/Reclassering Nederland \(uw organisatie\) Actie nummer 2 voor één cliënt/);
    expect(text).toMatch(/Nog niet bij een partner belegd Zorgverzekering laten ingaan \(deadline \d\d-\d\d-\d{4}\)/);
    expect(text).toContain('Overdracht nazorg Noël Ïsa van Fictiefsma-Ĳzerman');
    expect(text).toContain('Identiteitsbewijs: geregeld (ID-kaart opgehaald)');
    expect(text).toContain('Actie nummer 30 voor één cliënt');
    expect(text).toContain('Bijlage: actieplan');
    const { db } = ctx.core.session.requireVault();
    expect((await listProvisions(db, 1))[0]).toMatchObject({ kind: 'pdf.overdrachtsbrief', recipient: 'Reclassering Nederland', dossierIds: [dossierA] });

    expect(text).not.toContain('Uw eerste weken buiten');

    // The client's release sheet appended after the letter and the plan: its own pages, in the same file and provision.
    const withSheet = await call('documents.handoverLetter', {
      dossierId: dossierA,
      templateId: 'overdracht-reclassering',
      addressee,
      includePlan: true,
      includeReleaseSheet: true,
    });
    const sheetText = squeeze(pdfText(pdfOf(withSheet)));
    expect(sheetText).toContain('Bijlagen Actieplan, vrijlatingsblad');
    expect(sheetText).toContain('Uw eerste weken buiten');
    expect(sheetText).toContain('Hallo Noël');
    expect(sheetText).toContain('Hebt u een vraag? Of gaat er iets mis? Bel ons. Wij helpen u.');
    // The sheet comes after the plan.
    expect(sheetText.indexOf('Uw eerste weken buiten')).toBeGreaterThan(sheetText.indexOf('Actie nummer 30 voor één cliënt'));
    expect(withSheet.pages).toBeGreaterThan(doc.pages);
    expect((await listProvisions(db, 1))[0]).toMatchObject({
      kind: 'pdf.overdrachtsbrief',
      what: 'Overdrachtsbrief met actieplan en vrijlatingsblad',
      recipient: 'Reclassering Nederland',
      purpose: 'Overdracht nazorg',
      dossierIds: [dossierA],
    });

    // An unknown placeholder is refused with the Dutch list when the template is saved; nothing is made or registered.
    const before = (await listProvisions(db, 100)).length;
    const [tpl] = (await call('settings.get', {})).letterTemplates;
    await expect(call('settings.update', { letterTemplates: [{ ...tpl!, body: `${tpl!.body}\n\nBeste {{client.roepnaam}}` }] })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { 'letterTemplates.0.body': expect.stringContaining('Onbekende plaatshouder: {{client.roepnaam}}.') } },
    });
    expect((await listProvisions(db, 100)).length).toBe(before);
    await expect(call('documents.handoverLetter', { dossierId: dossierA, templateId: 'bestaat-niet', addressee, includePlan: false })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    // Missing address lines: field messages in Dutch.
    await expect(
      call('documents.handoverLetter', {
        dossierId: dossierA,
        templateId: 'overdracht-reclassering',
        addressee: { ...addressee, street: '' },
        includePlan: false,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { 'addressee.street': 'Vul het adres of de postbus in.' } },
    });
  });
});
