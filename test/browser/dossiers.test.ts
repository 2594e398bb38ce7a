import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { formatDateNl } from '../../common/dates.js';
import { localTodayIso, addDaysIso } from '../../common/calendar.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { type WebApp, fieldMessage, startWebAppInUse, screenshotPath } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';

/** Fills a Betrokkene form in `form`: the name, an organisation typed in part and taken from the choices, a phone number. */
async function fillContact(page: Page, form: Page | Locator, c: { name: string; typed: string; organisation: string; telefoon: string }): Promise<void> {
  await form.getByLabel('Naam').fill(c.name);
  await form.getByRole('combobox', { name: 'Organisatie' }).fill(c.typed);
  await page.getByRole('option', { name: c.organisation }).click();
  await form.getByLabel('Telefoon').fill(c.telefoon);
}

describe('dossiers in the browser (web mode, headless Chromium)', () => {
  let app: WebApp;
  const bsn = syntheticBsn(seededRandom(2026));
  const today = localTodayIso();
  beforeAll(async () => {
    app = await startWebAppInUse();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  });
  afterAll(async () => app?.close());

  const total = async () => (await apiOf(app.core).call('dossiers.list', {})).total;

  it('bad input gives field messages in Dutch and saves nothing', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Dossiers' }).click();
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByLabel('BSN').fill('123456789');
    await page.getByLabel('Geboortedatum (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, 2)));
    await page.getByLabel('Start detentie (dd-mm-jjjj)').fill('10-03-2026');
    await page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)').fill('01-03-2026');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByText('Vul de achternaam in.').waitFor();
    await page.getByText(/voldoet niet aan de elfproef/).waitFor();
    await page.getByText('De geboortedatum ligt in de toekomst.').waitFor();
    await page.getByText('De verwachte vrijlating ligt vóór de start van de detentie.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await total()).toBe(0);
  });

  it('registers a dossier, finds it by BSN and by a wrong-case name, walks the journey to closed and shows the history', async () => {
    const { page } = app;
    await page.getByLabel('Achternaam').fill('Zéphyrtest');
    await page.getByLabel('Tussenvoegsel').fill('van der');
    await page.getByLabel('Voornamen').fill('Ölga');
    await page.getByLabel('BSN').fill(bsn);
    await page.getByLabel('Geboortedatum (dd-mm-jjjj)').fill('12-04-1988');
    await page.getByRole('combobox', { name: 'Inrichting (PI)' }).fill('PI Zwolle');
    await page.getByLabel('Datum melding (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, -20)));
    await page.getByLabel('Start detentie (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, -30)));
    await page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, 10)));
    await page.getByLabel('Veiligheidsaandachtspunten').fill('Niet alleen op huisbezoek.');
    await page.getByRole('combobox', { name: 'Aanhef in brieven' }).click();
    await page.getByRole('option', { name: 'Mevrouw' }).click();
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    // A heading names the person in full; lists write surname, initials, tussenvoegsel (BRP style).
    await page.getByRole('heading', { name: 'Ölga van der Zéphyrtest' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Niet alleen op huisbezoek.' }).waitFor();
    expect(await total()).toBe(1);

    // A second dossier with the same BSN is refused, with a link to the first.
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/nieuw`);
    await page.getByLabel('Achternaam').fill('Anders');
    await page.getByLabel('BSN').fill(bsn);
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByRole('link', { name: 'Open het bestaande dossier' }).waitFor();
    expect(await total()).toBe(1);

    // Find it by BSN and by a wrong-case name without accents.
    await page.getByRole('button', { name: 'Dossiers' }).click();
    const search = page.getByLabel('Zoeken op naam, BSN of inrichting');
    await search.fill(bsn);
    await page.getByTestId('dossier-list').getByText('Zéphyrtest, Ö. van der').waitFor();
    await search.fill('ZEPHYRTEST');
    await page.getByText('1 dossier', { exact: true }).waitFor();
    await search.fill('zephyrtest-bestaat-niet');
    await page.getByText('Geen dossiers gevonden.').waitFor();
    await search.fill('zEpHyRtEsT');
    await page.getByTestId('dossier-list').getByText('Zéphyrtest, Ö. van der').click();
    await page.getByRole('heading', { name: 'Ölga van der Zéphyrtest' }).waitFor();

    // The form of address was saved, survives a reload, and a change of it goes into the history.
    await page.getByRole('tab', { name: 'Persoon' }).click();
    await page.reload();
    await page.getByRole('tab', { name: 'Persoon' }).click();
    const aanhef = page.getByRole('combobox', { name: 'Aanhef in brieven' });
    expect(await aanhef.textContent()).toBe('Mevrouw');
    await aanhef.click();
    await page.getByRole('option', { name: 'De heer' }).click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen.').waitFor();

    // People around the client and the journal.
    await page.getByRole('tab', { name: 'Betrokkenen' }).click();
    await page.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Reclassering' }).click();
    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await page.getByText('Vul een naam in.').waitFor();
    await fillContact(page, page, { name: 'R. Voorbeeldwerker', typed: 'reclass', organisation: 'Reclassering Nederland', telefoon: '06-12345678' });
    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    await page.getByText('R. Voorbeeldwerker — Reclassering (Reclassering Nederland)').waitFor();
    await page.getByRole('tab', { name: 'Journaal' }).click();
    await page.getByLabel('Notitie').fill('Kennismaking met de casemanager.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByText('Kennismaking met de casemanager.').waitFor();

    const status = page.getByTestId('dossier-status');
    const move = async (to: string) => {
      await page.getByRole('button', { name: `Naar: ${to}` }).click();
      await page.getByRole('dialog').waitFor();
    };
    await move('In detentie');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await status.getByText('In detentie').waitFor();

    // No nazorg without the actual release date.
    await move('Nazorg');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    const release = page.getByRole('dialog').getByLabel('Werkelijke vrijlating (dd-mm-jjjj)');
    // The main side's refusal and the form's own (an impossible day) both stand under the field; nothing moves.
    await expect.poll(() => fieldMessage(release)).toBe('Nazorg kan pas starten als de werkelijke datum van vrijlating bekend is.');
    await release.fill('31-02-2026');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect.poll(() => fieldMessage(release)).toBe('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
    expect((await apiOf(app.core).call('dossiers.list', { query: bsn })).items[0]?.status).toBe('detentie');
    await release.fill(formatDateNl(today));
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await status.getByText('Nazorg').waitFor();

    // Closing needs a reason.
    await move('Afgesloten');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('Kies een reden om het dossier af te sluiten.').waitFor();
    await page.getByRole('combobox', { name: 'Reden van afsluiten' }).click();
    await page.getByRole('option', { name: 'Doel bereikt' }).click();
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await status.getByText('Afgesloten').waitFor();
    await page.getByText(/Afgesloten op .*: Doel bereikt/).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    const history = page.getByRole('table', { name: 'Geschiedenis' });
    await history.getByText('Dossier aangemaakt').waitFor();
    const rows = await history.getByRole('row').allInnerTexts();
    expect(rows.some((r) => r.includes('Status') && r.includes('In detentie') && r.includes('Nazorg'))).toBe(true);
    expect(rows.some((r) => r.includes('Nazorg') && r.includes('Afgesloten'))).toBe(true);
    expect(rows.some((r) => r.includes('Werkelijke vrijlating') && r.includes(formatDateNl(today)))).toBe(true);
    expect(rows.some((r) => r.includes('Reden van afsluiten') && r.includes('Doel bereikt'))).toBe(true);
    expect(rows.some((r) => r.includes('Aanhef in brieven') && r.includes('Mevrouw') && r.includes('De heer'))).toBe(true);
    await page.screenshot({ path: screenshotPath('dossier-geschiedenis.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Vandaag counts it as closed.
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await page.getByText('Afgesloten: 1').waitFor();

    // Overzicht: the year's figures, exported as a Dutch CSV and recorded as a provision.
    await page.getByRole('button', { name: 'Overzicht' }).click();
    await page.getByRole('cell', { name: `Totaal ${today.slice(0, 4)}` }).waitFor();
    await page
      .getByRole('region', { name: 'Zo wordt geteld' })
      .getByText(/afgesloten, heropend en opnieuw afgesloten telt dus twee keer/)
      .waitFor();
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren', exact: true }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFPeriode;Van;Tot en met;Geopend;Vrijgelaten;Afgesloten')).toBe(true);
    const y = today.slice(0, 4);
    // Released today, closed today with "doel bereikt" (opened depends on whether the notice fell in this year).
    expect(csv).toMatch(new RegExp(`Totaal ${y};01-01-${y};31-12-${y};[01];1;1;1;`));
    await page.getByText(/vastgelegd in het verstrekkingenregister/).waitFor();
    expect((await listProvisions(app.core.session.requireVault().db))[0]).toMatchObject({ kind: 'csv.overzicht', direction: 'out' });

    // Same name and birth date: a warning first, saved only after confirming.
    await page.getByRole('button', { name: 'Dossiers' }).click();
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByLabel('Achternaam').fill('zephyrtest');
    await page.getByLabel('Voornamen').fill('Olga');
    await page.getByLabel('Geboortedatum (dd-mm-jjjj)').fill('12-4-1988');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByText(/dezelfde naam en geboortedatum/).waitFor();
    expect(await total()).toBe(1);
    await page.getByRole('button', { name: 'Ja, toch aanmaken' }).click();
    await page.getByRole('heading', { name: 'Olga zephyrtest' }).waitFor();
    expect(await total()).toBe(2);
  });

  it('draws only the visible rows of a long list and loads further pages while scrolling', async () => {
    const { page } = app;
    await seedDossiersBulk(app.core.session.requireVault().db, 450, 7);
    // 450 bulk rows beside the 2 registered above.
    await page.getByRole('button', { name: 'Dossiers' }).click();
    await page.getByLabel('Zoeken op naam, BSN of inrichting').fill('');
    await page.getByText('452 dossiers').waitFor();
    const list = page.getByTestId('dossier-list');
    expect(await list.locator('a').count()).toBeLessThan(60);
    await page.screenshot({ path: screenshotPath('dossierlijst.png') });
    // The last rows live on the fifth page of 100; scrolling to the end fetches it.
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await list.locator('a').last().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="dossier-list"]')?.textContent?.includes('Laden…'));
    const lastHref = await list.locator('a').last().getAttribute('href');
    expect(lastHref).toMatch(/^#\/dossiers\/\d+$/);
    expect(await list.locator('a').count()).toBeLessThan(60);
  });

  it('edits a person around the client with the same checks, and the history shows old and new', async () => {
    const { page } = app;
    const api = apiOf(app.core);
    const r = await api.call('dossiers.create', { achternaam: 'Bewerksma', voornamen: 'Ïda', geboortedatum: '1990-02-02' });
    if (!r.created) throw new Error('seed');
    await api.call('dossiers.addContact', {
      dossierId: r.id,
      role: 'reclassering',
      name: 'R. Testwerker',
      organisation: 'Reclassering Nederland',
      telefoon: '06-11111111',
    });
    await api.call('dossiers.addContact', { dossierId: r.id, role: 'naaste', name: 'M. Testmoeder', relation: 'moeder' });
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/${r.id}`);
    await page.getByRole('tab', { name: 'Betrokkenen' }).click();
    await page.getByRole('button', { name: 'R. Testwerker wijzigen' }).click();
    const form = page.getByRole('region', { name: 'R. Testwerker wijzigen' });
    // The fields hold the current values.
    expect(await form.getByLabel('Telefoon').inputValue()).toBe('06-11111111');
    expect(await form.getByRole('combobox', { name: 'Organisatie' }).inputValue()).toBe('Reclassering Nederland');

    // Bad input: Dutch field messages, nothing changed.
    await form.getByLabel('Naam').fill(' ');
    await form.getByLabel('E-mail').fill('geen-adres');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText('Vul een naam in.').waitFor();
    await form.getByText('Geen geldig e-mailadres.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect((await api.call('dossiers.get', { id: r.id })).contacts[0]).toMatchObject({ name: 'R. Testwerker', email: '' });

    // Another 3RO organisation from the choices, a new phone number.
    await form.getByLabel('E-mail').fill('');
    await fillContact(page, form, {
      name: 'R. Testwerker',
      typed: 'leger',
      organisation: 'Leger des Heils Jeugdbescherming & Reclassering',
      telefoon: '06-22222222',
    });
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('R. Testwerker — Reclassering (Leger des Heils Jeugdbescherming & Reclassering)').waitFor();
    await page.getByText('06-22222222').waitFor();

    // A relative: the relation changes; cancelling another edit changes nothing.
    await page.getByRole('button', { name: 'M. Testmoeder wijzigen' }).click();
    await page.getByRole('region', { name: 'M. Testmoeder wijzigen' }).getByLabel('Relatie (bij naasten)').fill('tante');
    await page.getByRole('region', { name: 'M. Testmoeder wijzigen' }).getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('M. Testmoeder — Naaste, tante').waitFor();
    await page.getByRole('button', { name: 'R. Testwerker wijzigen' }).click();
    await page.getByRole('region', { name: 'R. Testwerker wijzigen' }).getByLabel('Telefoon').fill('06-99999999');
    await page.getByRole('region', { name: 'R. Testwerker wijzigen' }).getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('region', { name: 'R. Testwerker wijzigen' }).waitFor({ state: 'detached' });
    expect((await api.call('dossiers.get', { id: r.id })).contacts.map((c) => c.telefoon)).toEqual(['06-22222222', '']);

    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    // The history loads after the tab opens: wait for its rows before reading them.
    await page.getByRole('table', { name: 'Geschiedenis' }).getByRole('row').filter({ hasText: 'R. Testwerker' }).first().waitFor();
    const rows = await page.getByRole('table', { name: 'Geschiedenis' }).getByRole('row').allInnerTexts();
    const flat = rows.map((row) => row.replace(/\s+/g, ' '));
    expect(flat).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Betrokkene (Reclassering) R. Testwerker: organisatie Reclassering Nederland; telefoon 06-11111111 R. Testwerker: organisatie Leger des Heils Jeugdbescherming & Reclassering; telefoon 06-22222222',
        ),
        expect.stringContaining('Betrokkene (Naaste) M. Testmoeder: relatie moeder M. Testmoeder: relatie tante'),
      ]),
    );
    // The cancelled edit left no trace.
    expect(flat.filter((row) => row.includes('06-99999999'))).toEqual([]);
  });

  it('keeps the rows on screen while a new search loads, so a row clicked in that moment opens its dossier', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Dossiers' }).click();
    const search = page.getByLabel('Zoeken op naam, BSN of inrichting');
    await search.fill(bsn);
    const row = page.getByTestId('dossier-list').getByRole('link', { name: 'Zéphyrtest, Ö. van der', exact: true });
    await row.waitFor();
    // The next search's answer is held until the row has been clicked: the click falls while the list reloads.
    let answer = () => {};
    const held = new Promise<void>((r) => (answer = r));
    const next = (body: string | null) => (body ?? '').includes('"query":"Zéphyrtest"');
    let passed = () => {};
    const continued = new Promise<void>((r) => (passed = r));
    await page.route('**/api/dossiers.list', async (route) => {
      const isNext = next(route.request().postData());
      if (isNext) await held;
      await route.continue();
      if (isNext) passed();
    });
    const asked = page.waitForRequest((r) => r.url().endsWith('/api/dossiers.list') && next(r.postData()));
    await search.fill('Zéphyrtest');
    await asked;
    await row.click();
    await page.getByRole('heading', { name: 'Ölga van der Zéphyrtest' }).waitFor();
    answer();
    // Only once the held answer has gone on may the route go: unrouting earlier handles it twice.
    await continued;
    await page.unroute('**/api/dossiers.list');
  });
});
