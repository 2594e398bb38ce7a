import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Download, Page } from 'playwright-core';
import { addConsent, addNote } from '../../db/repositories/dossier-people.js';
import { createDossier, transitionDossier, updateDossier } from '../../db/repositories/dossier-core.js';
import { addContactAttempt, correctDayOne, getAftercare, recordFirstContact, recordFollowup } from '../../db/repositories/aftercare.js';
import { setBasis } from '../../db/repositories/plan-basis-scores-goals.js';
import { getSettings } from '../../db/repositories/settings.js';
import { addDaysIso, clockAt } from '../../common/calendar.js';
import { dossierFieldsObject } from '../../common/dossiers/schema.js';
import { dossiers } from '../../db/schema.js';
import { openScreen, type WebApp, startWebAppInUse, screenshotPath } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';
import { parseCsv } from '../helpers/parse-back.js';
import { pdfText } from '../helpers/pdf.js';
import { tempDirPerFile } from '../helpers/tmp.js';
import ExcelJS from 'exceljs';
import { seededRandom, syntheticBsnWithLeadingZero } from '../../db/demo/synthetic.js';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

describe('sharing with partners in the browser (web mode, headless Chromium)', () => {
  let app: WebApp;
  const files = tempDirPerFile('nazorg-upload-');
  let dossierId = 0;
  let exchangeFile = '';
  let passphrase = '';
  // Starts with 0: the zero must survive the spreadsheet export.
  const bsn = syntheticBsnWithLeadingZero(seededRandom(606));

  beforeAll(async () => {
    app = await startWebAppInUse();
    const db = app.core.session.requireVault().db;
    const r = await createDossier(
      db,
      dossierFieldsObject.parse({
        achternaam: 'Zéphyrtest',
        tussenvoegsel: 'van der',
        voornamen: 'Ölga',
        geboortedatum: '1988-04-12',
        bsn,
        telefoon: '06-12345678',
        woonplaats: 'Fictiefdorp',
        institution: 'PI Fictief',
      }),
    );
    if (!r.created) throw new Error('seed');
    dossierId = r.id;
    await addNote(db, dossierId, { date: '2026-11-02', text: 'Eerste gesprek in de PI.' });
    await addConsent(db, dossierId, {
      partner: 'Wijkteam Fictiefdorp',
      scope: 'Adres en telefoonnummer',
      legalBasis: 'toestemming',
      givenOn: '2025-10-01',
      note: '',
    });
    await app.page.reload();
  });
  afterAll(async () => app?.close());

  it('exports a dossier with the ticked sections and a proposed Dutch passphrase, and registers it', async () => {
    const { page } = app;
    await openScreen(page, 'Uitwisselen', 'Uitwisselen met collega’s');
    await page.getByRole('checkbox', { name: /Zéphyrtest/ }).click();
    await page.getByText('1 dossier gekozen').waitFor();
    await page.getByLabel('Journaal (notities)').check();
    await page.getByLabel('Toestemmingen (met wie de cliënt gegevens laat delen)').check();
    passphrase = await page.getByLabel('Wachtwoord voor het bestand').inputValue();
    expect(passphrase.split(' ')).toHaveLength(6);
    // Without recipient and purpose nothing is made.
    await page.getByRole('button', { name: 'Uitwisselbestand maken' }).click();
    await page.getByText('Vul in aan wie u dit verstrekt.').waitFor();
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Gemeente Voorbeeldstad, team nazorg');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Verhuizing van de cliënt');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const out = await downloaded(page, () => page.getByRole('button', { name: 'Uitwisselbestand maken' }).click());
    expect(out.name).toMatch(/^nazorg-uitwisseling-\d{4}-\d{2}-\d{2}\.nazorg$/);
    expect(out.bytes.includes(Buffer.from('Zéphyrtest'))).toBe(false);
    await page.getByText(/Het uitwisselbestand met 1 dossier is gemaakt/).waitFor();
    exchangeFile = join(files.dir, out.name);
    writeFileSync(exchangeFile, out.bytes);
  });

  it('import: a wrong passphrase is named; the preview shows differences and writes nothing until confirmed', async () => {
    const { page } = app;
    const db = app.core.session.requireVault().db;
    await db.update(dossiers).set({ telefoon: '06-99999999' }).where(eq(dossiers.id, dossierId));
    await page.getByRole('tab', { name: 'Inlezen' }).click();
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(exchangeFile);
    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill('vuur water aarde lucht zon maan');
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Het wachtwoord voor dit uitwisselbestand is onjuist.', { exact: false }).waitFor();

    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill(passphrase.toUpperCase());
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Bestaat al (zelfde BSN)').waitFor();
    await page.getByText('Telefoon: 06-99999999').waitFor();
    await page.getByText('Telefoon: 06-12345678').waitFor();
    // Consents are a section of their own in the comparison; here they are already the same.
    const consentRow = page.getByRole('row', { name: /Toestemmingen \(met wie de cliënt gegevens laat delen\)/ });
    await consentRow.getByText('Wijkteam Fictiefdorp: Adres en telefoonnummer — Toestemming van de cliënt — gegeven 01-10-2025').first().waitFor();
    await consentRow.getByText('Gelijk').waitFor();
    await page.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('uitwisselen-voorbeeld.png'), fullPage: true });
    const [before] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(before!.telefoon).toBe('06-99999999');

    await page.getByRole('radiogroup', { name: 'Persoonsgegevens' }).getByLabel('Overnemen uit bestand').check();
    await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
    await page.getByText('Ingelezen: 0 nieuw, 1 bijgewerkt.', { exact: false }).waitFor();
    const [after] = await db.select().from(dossiers).where(eq(dossiers.id, dossierId));
    expect(after!.telefoon).toBe('06-12345678');
  });

  it('spreadsheet and calendar exports ask to whom and why, and land in the register', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Spreadsheets en agenda' }).click();
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Zorg- en Veiligheidshuis');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Casusoverleg');
    // The Excel workbook is the default choice; with the BSN asked for, it stays text with its leading zero.
    expect(await page.getByRole('radio', { name: 'Excel-werkmap (.xlsx)' }).isChecked()).toBe(true);
    await page.getByLabel('BSN opnemen', { exact: false }).check();
    const xlsx = await downloaded(page, () => page.getByRole('button', { name: 'Dossierlijst exporteren' }).click());
    expect(xlsx.name).toMatch(/^dossierlijst-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => ws.getRow(2).getCell(header.indexOf(name) + 1);
    expect(bsn.startsWith('0')).toBe(true);
    expect(cell('BSN').type).toBe(ExcelJS.ValueType.String);
    expect(cell('BSN').value).toBe(bsn);
    expect(cell('Achternaam').value).toBe('Zéphyrtest');
    expect(cell('Geboortedatum').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('Geboortedatum').value as Date).toISOString().slice(0, 10)).toBe('1988-04-12');
    expect(cell('Geboortedatum').numFmt).toBe('dd-mm-yyyy');

    // CSV stays available for other programs.
    await page.getByLabel('BSN opnemen', { exact: false }).uncheck();
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Dossierlijst exporteren' }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows[0]).not.toContain('BSN');
    expect(rows[1]).toContain('Zéphyrtest');
    expect(rows[1]).toContain('12-04-1988');
    const ics = await downloaded(page, () => page.getByRole('button', { name: /Deadlines in agenda/ }).click());
    expect(ics.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR/);

    await page.getByRole('button', { name: 'Verstrekkingen' }).click();
    await page.getByRole('heading', { name: 'Verstrekkingenregister' }).waitFor();
    const table = page.getByRole('table', { name: 'Verstrekkingenregister' });
    await table.getByText('Uitwisselbestand (.nazorg) verstuurd', { exact: true }).waitFor();
    await table.getByText('Uitwisselbestand (.nazorg) ingelezen', { exact: true }).waitFor();
    await table.getByText('Dossierlijst (CSV)', { exact: true }).waitFor();
    await table.getByText('Dossierlijst (Excel)', { exact: true }).waitFor();
    await page.getByLabel('Richting').click();
    await page.getByRole('option', { name: 'Ontvangen' }).click();
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('1 van 1 verstrekkingen').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('verstrekkingenregister.png'), fullPage: true });
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    const reg = await downloaded(page, () => page.getByRole('button', { name: 'Exporteren', exact: true }).click());
    expect(parseCsv(reg.bytes.toString('utf8').slice(1))[1]).toContain('Ontvangen');
    // A dossier number that is no number is said on its field and asks nothing.
    const dossierNumber = page.getByLabel('Dossiernummer');
    await dossierNumber.fill('abc');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect
      .poll(() => dossierNumber.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent))
      .toBe('Ongeldige invoer.');
    await page.getByText('1 van 1 verstrekkingen').waitFor();
  });

  it('attachments: stored, listed, saved back; a wrong type gets a Dutch message', async () => {
    const { page } = app;
    const pdf = join(files.dir, 'D&R-plan.pdf');
    writeFileSync(pdf, '%PDF-1.4\n% synthetisch D&R-plan\n%%EOF\n');
    const fake = join(files.dir, 'brief.pdf');
    writeFileSync(fake, 'MZ\x90\x00 dit is een programma');
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/${dossierId}`);
    await page.getByRole('tab', { name: 'Bijlagen' }).click();
    await page.getByText('Nog geen bijlagen.').waitFor();
    await page.getByLabel('Bijlage toevoegen').setInputFiles(fake);
    await page.getByText('Dit bestandstype kan niet als bijlage worden bewaard.', { exact: false }).waitFor();
    const note = page.getByLabel('Omschrijving (optioneel)');
    await note.fill('x'.repeat(2001));
    await page.getByLabel('Bijlage toevoegen').setInputFiles(pdf);
    await expect.poll(() => note.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('Maximaal 2000 tekens.');
    expect((await apiOf(app.core).call('attachments.list', { dossierId })).length).toBe(0);
    await note.fill('Ontvangen van de casemanager');
    await page.getByLabel('Bijlage toevoegen').setInputFiles(pdf);
    await page.getByText('Bijlage "D&R-plan.pdf" is bewaard.').waitFor();
    await page.getByRole('cell', { name: /Ontvangen van de casemanager/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const saved = await downloaded(page, () => page.getByRole('button', { name: 'Opslaan: D&R-plan.pdf' }).click());
    expect(saved.bytes.toString()).toContain('synthetisch D&R-plan');
    expect((await apiOf(app.core).call('attachments.list', { dossierId })).length).toBe(1);
  });

  it('inzageverzoek: one PDF with everything, including the register entries about the client and what came after release', async () => {
    const { page } = app;
    // Released three weeks ago, with a corrected day-one line, a first contact, a check-in and a failed attempt.
    const db = app.core.session.requireVault().db;
    const clock = clockAt(new Date());
    const release = addDaysIso(clock.today, -21);
    await setBasis(db, { dossierId, key: 'housing', state: 'niet_geregeld', note: 'Nog geen kamer' }, { today: addDaysIso(release, -1), now: clock.now });
    await updateDossier(db, dossierId, { detentieStart: addDaysIso(release, -90) });
    await transitionDossier(db, dossierId, { to: 'detentie' });
    await transitionDossier(db, dossierId, { to: 'nazorg', werkelijkeVrijlating: release });
    await correctDayOne(db, { dossierId, key: 'id', state: 'geregeld', note: '', reason: 'Paspoort lag bij de PI' }, clock);
    await recordFirstContact(db, { dossierId, contactAt: `${release}T14:30`, who: 'Testcoördinator', how: 'poort', outcome: 'Opgehaald bij de poort.' }, clock);
    const view = await getAftercare(db, dossierId, clock.today, await getSettings(db));
    await recordFollowup(
      db,
      {
        followupId: view.followups[0]!.id,
        doneOn: clock.today,
        reached: 'ja',
        basis: { housing: 'in_gang' },
        work: 'zelfde',
        reclassering: 'ja',
        note: 'Bakkerij.',
      },
      clock,
    );
    await addContactAttempt(db, { dossierId, date: clock.today, channel: 'sms', result: 'geen_gehoor', note: 'Geen reactie op sms' }, clock);
    await page.getByRole('button', { name: 'Inzageverzoek (PDF)' }).click();
    await page.getByRole('tab', { name: 'Inzageverzoek', selected: true }).waitFor();
    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Inzage-PDF maken' }).click());
    const text = pdfText(pdf.bytes, { layout: false });
    for (const part of ['Zéphyrtest', 'Eerste gesprek in de PI.', 'D&R-plan.pdf', 'Voorbeeldstad', 'Verstrekkingen van uw gegevens', 'Vertrouwelijk'])
      expect(text).toContain(part);
    // The after-release section only (the history further on repeats some of it), with table cells unwrapped.
    const after = text.slice(text.indexOf('Na vrijlating'), text.indexOf('Journaal')).replace(/\s+/g, ' ');
    const afterRelease = [
      'Stand op de dag van vrijlating',
      'Nog geen kamer',
      'Paspoort lag bij de PI',
      'Opgehaald bij de poort.',
      'Bij de poort van de PI',
      'Bakkerij.',
      'Onderdak: in gang',
      '2 weken na vrijlating',
      'Geen reactie op sms',
    ];
    for (const part of afterRelease) expect(after).toContain(part);
  });
});
