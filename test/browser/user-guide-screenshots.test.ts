import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { DEMO_SEEDERS } from '../../electron/cli/demo-vault.js';
import { skipFirstRunGuide, startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * Walks the coordinator's screens with real clicks on a vault filled by the demo seeders (fictional
 * people only), checks each screen shows its own heading and data, and keeps a 1280x800 screenshot of
 * each for the user guide. `NAZORG_SCREENSHOTS=1` writes them into docs/screenshots/ (to update the
 * guide); otherwise they go to test-results/screenshots/ so a normal test run leaves the checkout clean.
 */
const root = join(import.meta.dirname, '..', '..');
const outDir = process.env['NAZORG_SCREENSHOTS'] === '1' ? join(root, 'docs', 'screenshots') : join(root, 'test-results', 'screenshots');
const PW = 'fiets regen lantaarn koffie';
const DEMO_DOSSIERS = 40;
const PAST_RETENTION = 3;

describe('user guide screenshots: every main screen with demo data, and its help', () => {
  let app: WebApp;
  const written: string[] = [];
  /** The dossier shown in the guide: as lists write it ("Achternaam, V. tussenvoegsel"), in full, and its surname to search for. */
  let listedName = '';
  let fullName = '';
  let lastName = '';
  let dossierId = 0;
  const files = tempDir('nazorg-guide-');

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    // No colour transitions half-way when axe measures contrast (a button that just became enabled).
    await app.page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  });
  afterAll(async () => {
    await app?.close();
    files.cleanup();
  });

  async function shot(name: string): Promise<void> {
    const { page } = app;
    // No hover highlight from the last click in the picture.
    await page.mouse.move(1279, 799);
    // Every screen in the guide passes axe, with its help button; the dossier list's own grid markup is a known exception (reported).
    if (name !== 'dossiers') expect(await seriousA11yViolations(page), name).toEqual([]);
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path, animations: 'disabled' });
    written.push(name);
  }

  const nav = () => app.page.getByRole('navigation', { name: 'Hoofdmenu' });
  const helpButton = () => app.page.getByRole('button', { name: 'Uitleg bij dit scherm' });
  const h1 = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name });

  /** Opens a page from the side bar and waits for its heading; every page has its "Uitleg" button. */
  async function visit(menu: string, heading: string | RegExp): Promise<void> {
    await nav().getByRole('button', { name: menu, exact: true }).click();
    await h1(heading).waitFor();
    await helpButton().waitFor();
  }

  /** Scrolls the page so the element sits just below the fixed app bar: the part of a long page the picture is about. */
  async function scrollToTop(locator: Locator): Promise<void> {
    await locator.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
  }

  async function count(locator: Locator): Promise<number> {
    await locator.first().waitFor();
    return locator.count();
  }

  it('first start: the vault is set up with a password and a recovery code', async () => {
    const { page } = app;
    await h1('Kluis inrichten').waitFor();
    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(PW);
    await page.getByLabel('Herhaal het wachtwoord').fill(PW);
    await shot('kluis-inrichten');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await h1('Uw herstelcode').waitFor();
    const code = (await page.getByTestId('recovery-code').textContent())!.trim();
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await shot('herstelcode');
    await page.getByLabel(/laatste groep/).fill(code.slice(-4));
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();

    // The first-run guide (startgids) follows, with its own help; here it is closed to fill the vault with demo data.
    await h1('Startgids').waitFor();
    await page.getByRole('heading', { name: 'Gemeentegegevens', level: 2 }).waitFor();
    await shot('startgids');
    await helpButton().click();
    await page.getByRole('dialog', { name: 'Uitleg: Startgids' }).getByText('Later instellen', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await skipFirstRunGuide(page);
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();

    // The demo seeders fill the new vault, as `npm run demo` does; some closed dossiers are old enough to destroy.
    const vault = app.core.session.requireVault();
    for (const seed of DEMO_SEEDERS) await seed(vault, { dossiers: DEMO_DOSSIERS, seed: 2026 });
    await vault.client.execute({
      sql: "UPDATE dossiers SET closed_at = ? WHERE id IN (SELECT id FROM dossiers WHERE status = 'afgesloten' ORDER BY id LIMIT ?)",
      args: [addDaysIso(localTodayIso(), -3 * 365 - 40), PAST_RETENTION],
    });
  });

  it('unlock screen: help is reachable from the keyboard, a wrong password gets a clear message', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await h1('Kluis ontgrendelen').waitFor();
    await shot('ontgrendelen');

    // The password field has the focus; one Shift+Tab reaches the help button, Enter opens it, Escape closes it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Uitleg bij dit scherm');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Uitleg: Kluis ontgrendelen' });
    await panel.waitFor();
    await panel.getByText('Na drie verkeerde pogingen').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Uitleg bij dit scherm');

    await page.getByLabel('Wachtwoord', { exact: true }).fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Het wachtwoord is onjuist. Er is niets gewijzigd.' }).waitFor();
    await shot('wachtwoord-onjuist');

    await page.getByLabel('Wachtwoord', { exact: true }).fill(PW);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await h1(/^Vandaag/).waitFor();
  });

  it('Vandaag, with its help panel opened from the app bar', async () => {
    const { page } = app;
    const soon = page.getByRole('region', { name: 'Vrijlatingen in de komende 14 dagen' }).getByRole('link');
    expect(await count(soon)).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Naar Rappel' }).waitFor();
    await shot('vandaag');

    await helpButton().click();
    const panel = page.getByRole('dialog', { name: 'Uitleg: Vandaag' });
    await panel.getByText('Tip', { exact: true }).waitFor();
    expect(await panel.textContent()).toContain('basisvoorwaarden');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot('uitleg');
    await panel.getByRole('button', { name: 'Uitleg sluiten' }).click();
    await panel.waitFor({ state: 'detached' });
    // F1 opens the same panel.
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Uitleg: Vandaag' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('Dossiers, one dossier with its tabs, and its documents', async () => {
    const { page } = app;
    await visit('Dossiers', 'Dossiers');
    await expect.poll(() => page.locator('#dossier-count').textContent()).toBe(`${DEMO_DOSSIERS} dossiers`);
    await page.getByTestId('dossier-list').getByRole('link').first().waitFor();
    await shot('dossiers');

    // A new dossier with a mistyped BSN: every field says what is wrong, and nothing is created.
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    await h1('Nieuw dossier').waitFor();
    await page.getByLabel('Voornamen').fill('Proefje');
    await page.getByLabel('BSN').fill('123456780');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').waitFor();
    await page.getByText('Vul de achternaam in.').waitFor();
    await page.getByText(/voldoet niet aan de elfproef/).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('foutmelding');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await h1('Dossiers').waitFor();
    await expect.poll(() => page.locator('#dossier-count').textContent()).toBe(`${DEMO_DOSSIERS} dossiers`);

    // The dossier whose release comes first, reached the way the coordinator would: from Vandaag.
    await visit('Vandaag', /^Vandaag/);
    const first = page.getByRole('region', { name: 'Vrijlatingen in de komende 14 dagen' }).getByRole('link').first();
    listedName = (await first.innerText()).trim();
    lastName = listedName.split(', ')[0]!.split(' ').pop()!;
    await first.click();
    // The dossier's heading names the person in full: first names, tussenvoegsel, surname.
    await h1(new RegExp(`${lastName}$`)).waitFor();
    fullName = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    dossierId = Number(/#\/dossiers\/(\d+)$/.exec(page.url())?.[1]);
    expect(dossierId).toBeGreaterThan(0);
    await helpButton().waitFor();
    expect(await page.getByTestId('dossier-status').textContent()).toBe('Vrijlating nadert');
    await page.getByTestId('plan-summary').waitFor();
    expect(await page.getByLabel('Achternaam').inputValue()).not.toBe('');
    await shot('dossier');

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page
      .getByTestId('countdown-text')
      .getByText(/tot vrijlating/)
      .waitFor();
    await page.getByTestId('basis-id').waitFor();
    expect(await count(page.getByTestId('action-row'))).toBeGreaterThan(0);
    await scrollToTop(page.getByRole('tablist', { name: 'Dossieronderdelen' }));
    await shot('dossier-plan');
    await scrollToTop(page.getByRole('heading', { name: 'Basisvoorwaarden' }));
    await shot('dossier-basisvoorwaarden');
    await scrollToTop(page.getByRole('heading', { name: 'Acties', exact: true }));
    await shot('dossier-acties');
    await scrollToTop(page.getByRole('heading', { name: 'Leefgebieden', exact: true }));
    await page.locator('[data-testid^="domain-"]').first().waitFor();
    await shot('dossier-leefgebieden');

    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    await page.getByText('Dossier aangemaakt').waitFor();
    await scrollToTop(page.getByRole('tablist', { name: 'Dossieronderdelen' }));
    await shot('dossier-geschiedenis');

    await page.getByRole('link', { name: 'Documenten' }).click();
    await h1(`Documenten — ${fullName}`).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Actieplan: Opslaan als PDF' }).isEnabled()).toBe(true);
    await shot('dossier-documenten');
  });

  it('after release: from the card on Vandaag to the Na vrijlating tab of a client who cannot be reached', async () => {
    const { page } = app;
    await visit('Vandaag', /^Vandaag/);
    const card = page.getByRole('region', { name: 'Na vrijlating' });
    expect(await count(card.getByTestId('today-followup'))).toBeGreaterThan(0);
    await card.getByTestId('today-unreachable').getByRole('link').first().click();
    await page.getByTestId('dossier-status').waitFor();
    await page.getByRole('tab', { name: 'Na vrijlating' }).click();
    await page.getByTestId('unreachable-flag').waitFor();
    expect(await count(page.getByTestId('day-one-row'))).toBeGreaterThan(0);
    expect(await count(page.getByTestId('attempt'))).toBeGreaterThan(2);
    await scrollToTop(page.getByRole('tablist', { name: 'Dossieronderdelen' }));
    await shot('dossier-na-vrijlating');
  });

  it('Rappel, Partners, the meeting, the overview and the countdown settings', async () => {
    const { page } = app;
    await visit('Rappel', 'Rappel');
    expect(await count(page.getByTestId('rappel-group'))).toBeGreaterThan(0);
    expect(await count(page.getByTestId('rappel-action'))).toBeGreaterThan(0);
    await shot('rappel');

    await visit('Partners', 'Partners');
    expect(await count(page.getByTestId('partner-row'))).toBeGreaterThan(3);
    await page.getByText('Reclassering Nederland').first().waitFor();
    await shot('partners');

    await visit('Overleg', 'Regie- en toedelingsoverleg');
    await page.getByText('Gemeentehuis, vergaderkamer 2').click();
    await h1(/^Regie- en toedelingsoverleg — /).waitFor();
    await page.getByText('Huisvesting na vrijlating bespreken met de woningcorporatie.').waitFor();
    await helpButton().waitFor();
    await shot('overleg');

    await visit('Overzicht', 'Overzicht');
    await page.getByText(/^Actieve dossiers aan het eind van \d{4}: \d+$/).waitFor();
    await shot('overzicht');

    await visit('Leefgebieden en aftelschema', 'Leefgebieden en aftelschema');
    await page.getByRole('heading', { name: 'Aftelschema vrijlating' }).waitFor();
    await shot('leefgebieden');
  });

  it('Uitwisselen, Verstrekkingenregister, Reservekopieën, Bewaartermijn, Logboek and Instellingen', async () => {
    const { page } = app;
    await visit('Uitwisselen', 'Uitwisselen met collega’s');
    await page.getByRole('textbox', { name: 'Zoek dossier op naam, BSN of inrichting' }).fill(lastName);
    await page.getByRole('checkbox', { name: `${listedName} (` }).check();
    await page.getByText('1 dossier gekozen').waitFor();
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Gemeente Voorbeeldstad, team nazorg');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Verhuizing van de cliënt naar Voorbeeldstad');
    // The app proposes a passphrase of Dutch words for the phone call.
    await expect.poll(async () => (await page.getByLabel('Wachtwoord voor het bestand').inputValue()).split(' ').length).toBeGreaterThanOrEqual(4);
    await scrollToTop(page.getByText('1 dossier gekozen'));
    await shot('uitwisselen');
    const passphrase = await page.getByLabel('Wachtwoord voor het bestand').inputValue();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitwisselbestand maken' }).click()]);
    const file = join(files.dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(file).toMatch(/\.nazorg$/);

    // Reading the file back after the phone number changed here shows the difference, and writes nothing yet.
    await app.core.session.requireVault().client.execute({ sql: 'UPDATE dossiers SET telefoon = ? WHERE id = ?', args: ['06-00000000', dossierId] });
    await scrollToTop(page.getByRole('heading', { level: 1 }));
    await page.getByRole('tab', { name: 'Inlezen' }).click();
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(file);
    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill(passphrase);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Bestaat al (zelfde BSN)').waitFor();
    await page.getByText('Telefoon: 06-00000000').waitFor();
    await page.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();
    await shot('uitwisselen-inlezen');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await visit('Verstrekkingen', 'Verstrekkingenregister');
    await expect
      .poll(async () => Number(/^(\d+) van/.exec((await page.getByText(/^\d+ van \d+ verstrekkingen$/).textContent()) ?? '')?.[1]))
      .toBeGreaterThan(0);
    await shot('verstrekkingenregister');

    await visit('Reservekopieën', 'Reservekopieën');
    await page.getByRole('button', { name: 'Nu reservekopie maken' }).click();
    await page.getByText(/^Reservekopie gemaakt en gecontroleerd/).waitFor();
    await page
      .getByTestId('backup-row')
      .filter({ hasText: `${DEMO_DOSSIERS} dossiers` })
      .first()
      .waitFor();
    await shot('reservekopieen');

    await visit('Bewaartermijn', 'Bewaartermijn en vernietiging');
    await expect.poll(() => page.getByTestId('retention-row').count()).toBe(PAST_RETENTION);
    await shot('bewaartermijn');

    await visit('Logboek', 'Logboek');
    await page.getByTestId('audit-row').filter({ hasText: 'Reservekopie gemaakt' }).first().waitFor();
    await page.getByTestId('audit-row').filter({ hasText: 'Mislukte ontgrendelpoging' }).first().waitFor();
    await shot('logboek');

    await visit('Instellingen', 'Instellingen');
    await expect.poll(() => page.getByLabel('Naam gemeente').inputValue()).toBe('Gemeente Fictiefdorp');
    await shot('instellingen');
  });

  it('forgotten password: the recovery screen, with its own help', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstelcode gebruiken' }).click();
    await h1('Herstelcode gebruiken').waitFor();
    await helpButton().click();
    await page
      .getByRole('dialog', { name: 'Uitleg: Herstelcode gebruiken' })
      .getByText(/blijft daarna geldig/)
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await shot('herstelcode-gebruiken');
  });

  it('wrote every screenshot as a 1280x800 PNG', () => {
    expect(written.length).toBeGreaterThanOrEqual(20);
    for (const name of written) {
      const png = readFileSync(join(outDir, `${name}.png`));
      expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
      // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1280, 800]);
    }
  });
});
