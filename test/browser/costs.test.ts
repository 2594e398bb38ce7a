import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { formatDateNl } from '../../common/dates.js';
import { chooseIn, openScreen, reloadOnTab, reloadOnToday, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { createDossier } from '../helpers/core.js';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { decodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return readFileSync(await d.path());
}

/** Costs of a dossier and the yearly budget, through the Dutch screens (web mode); one server and vault for the file. */
describe('costs in a dossier and spent against budget in Instellingen (web mode)', () => {
  let app: WebApp;
  let id = 0;
  const today = localTodayIso();
  const year = today.slice(0, 4);
  const origin = () => new URL(app.page.url()).origin;
  const list = () => app.page.getByRole('table', { name: 'Betaalde kosten' });
  const openCosts = async () => {
    await app.page.goto(`${origin()}/#/dossiers/${id}`);
    await app.page.getByTestId('dossier-status').waitFor();
    await app.page.getByRole('tab', { name: 'Kosten', exact: true }).click();
  };
  const choose = (label: string, option: string) => chooseIn(app.page.getByRole('combobox', { name: label }), option);

  beforeAll(async () => {
    app = await startWebAppInUse();
    id = await createDossier(app.core, { achternaam: 'Kostersma', voornamen: 'Fictus', detentieStart: addDaysIso(today, -200) });
    await reloadOnToday(app.page);
  });
  afterAll(async () => app?.close());

  it('adds costs typed the Dutch way, changes and removes one, and finds them back after a reload', async () => {
    const { page } = app;
    await openCosts();
    await page.getByText('Er zijn nog geen kosten vastgelegd.').waitFor();

    await page.getByLabel('Datum van betaling (dd-mm-jjjj)').fill(formatDateNl(today));
    await choose('Soort kosten', 'Voorschot of broodgeld');
    await page.getByLabel('Bedrag (€)').fill('1.234,56');
    await page.getByLabel('Toelichting').fill('Broodgeld tot de eerste uitkering');
    await page.getByRole('button', { name: 'Kosten toevoegen', exact: true }).click();
    await page.getByText('Kosten toegevoegd.').waitFor();
    await list().getByRole('cell', { name: '€ 1.234,56', exact: true }).waitFor();

    // A comma typed wrongly is named on the field and saves nothing.
    await choose('Soort kosten', "Pasfoto's");
    await page.getByLabel('Bedrag (€)').fill('12,505');
    await page.getByRole('button', { name: 'Kosten toevoegen', exact: true }).click();
    await page.getByText('Geen geldig bedrag. Typ bijvoorbeeld 12,50.').waitFor();
    await page.getByLabel('Bedrag (€)').fill('12,50');
    await page.getByRole('button', { name: 'Kosten toevoegen', exact: true }).click();
    await list().getByRole('cell', { name: '€ 12,50', exact: true }).waitFor();
    await page.getByText('Totaal: € 1.247,06').waitFor();

    const photo = `${formatDateNl(today)} Pasfoto's € 12,50`;
    await page.getByRole('button', { name: `Wijzigen: ${photo}` }).click();
    await page.getByRole('heading', { name: 'Kosten wijzigen' }).waitFor();
    expect(await page.getByLabel('Bedrag (€)').inputValue()).toBe('12,50');
    await page.getByLabel('Bedrag (€)').fill('15');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Totaal: € 1.249,56').waitFor();

    await choose('Soort kosten', 'Leges identiteitsbewijs');
    await page.getByLabel('Bedrag (€)').fill('80');
    await page.getByRole('button', { name: 'Kosten toevoegen', exact: true }).click();
    await page.getByText('Totaal: € 1.329,56').waitFor();
    await page.getByRole('button', { name: `Verwijderen: ${formatDateNl(today)} Leges identiteitsbewijs € 80,00` }).click();
    await page.getByRole('dialog', { name: 'Kosten verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Totaal: € 1.249,56').waitFor();

    await reloadOnTab(page, 'Kosten');
    await page.getByText('Totaal: € 1.249,56').waitFor();
    const rows = await list().getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 4))).toEqual([
      [formatDateNl(today), 'Voorschot of broodgeld', '€ 1.234,56', 'Broodgeld tot de eerste uitkering'],
      [formatDateNl(today), "Pasfoto's", '€ 15,00', ''],
    ]);
    // The history of the dossier tells of each change.
    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    await page
      .getByText(`${formatDateNl(today)} Leges identiteitsbewijs € 80,00`)
      .first()
      .waitFor();
  });

  it('sets a yearly budget in Instellingen and shows spent against it, over budget said in words', async () => {
    const { page } = app;
    await page.getByRole('navigation').getByRole('button', { name: 'Instellingen', exact: true }).click();
    const section = page.getByRole('region', { name: 'Budget voor kosten' });
    await section.waitFor();
    expect(await section.getByRole('combobox', { name: 'Jaar' }).textContent()).toBe(year);
    await section.getByLabel('Budget Voorschot of broodgeld (€)').fill('1.000');
    await section.getByLabel("Budget Pasfoto's (€)").fill('50,00');
    await section.getByLabel('Budget Overige kosten (€)').fill('veel');
    await section.getByRole('button', { name: 'Budget opslaan' }).click();
    await section.getByText('Geen geldig bedrag. Typ bijvoorbeeld 12,50.').waitFor();
    await section.getByLabel('Budget Overige kosten (€)').fill('');
    await section.getByRole('button', { name: 'Budget opslaan' }).click();
    await section.getByText('Budget opgeslagen.').waitFor();

    const overview = section.getByTestId('budget-overview');
    await overview.getByText('1 soort kosten is over het budget.').waitFor();
    const line = (c: string) => overview.locator(`[data-testid="budget-line"][data-category="${c}"]`);
    await expect.poll(() => line('voorschot').getAttribute('data-over')).toBe('true');
    expect(await line('voorschot').innerText()).toContain('Over het budget: € 234,56 te veel');
    expect(await line('pasfoto').getAttribute('data-over')).toBe('false');
    expect(await line('pasfoto').innerText()).toContain('Binnen het budget');
    expect(await line('leges_id').innerText()).toContain('geen budget');
    const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
    const cells = (await line('voorschot').getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(cells.slice(0, 4)).toEqual([0, 1, 2, 3].map((i) => (i === q ? '€ 1.234,56' : '€ 0,00')));
    expect(cells.slice(4, 6)).toEqual(['€ 1.234,56', '€ 1.000,00']);
    expect((await overview.getByTestId('budget-total').getByRole('cell').allInnerTexts()).slice(4, 6)).toEqual(['€ 1.249,56', '€ 1.050,00']);
    await overview
      .getByRole('img', { name: `Grafiek: uitgegeven per soort kosten en kwartaal in ${year}, met het budget` })
      .locator('svg')
      .first()
      .waitFor();

    await page.reload();
    await page.getByRole('region', { name: 'Budget voor kosten' }).waitFor();
    expect(await page.getByLabel('Budget Voorschot of broodgeld (€)').inputValue()).toBe('1000,00');
    expect(await page.getByLabel('Budget Overige kosten (€)').inputValue()).toBe('');
    await page.getByText('1 soort kosten is over het budget.').waitFor();
  });

  it('sends costs in the exchange file only when Kosten meesturen is ticked', async () => {
    const { page } = app;
    await openScreen(page, 'Uitwisselen', 'Uitwisselen met collega’s');
    await page.getByRole('checkbox', { name: /Kostersma/ }).click();
    const tick = page.getByLabel('Kosten meesturen (wat de gemeente betaalde)');
    expect(await tick.isChecked()).toBe(false);
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Gemeente Voorbeeldstad, team nazorg');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Verhuizing van de cliënt');
    const field = page.getByLabel('Wachtwoord voor het bestand');
    await expect.poll(() => field.inputValue()).not.toBe('');
    const passphrase = await field.inputValue();
    const make = () => page.getByRole('button', { name: 'Uitwisselbestand maken' }).click();
    const without = await decodeExchangeFile(await downloaded(page, make), passphrase);
    expect(without.sections).not.toContain('costs');
    expect(without.dossiers[0]!.costs).toBeUndefined();

    await tick.check();
    const withCosts = await decodeExchangeFile(await downloaded(page, make), await field.inputValue());
    expect(withCosts.schemaVersion).toBe(4);
    expect(withCosts.dossiers[0]!.costs?.map((c) => [c.category, c.amountCents])).toEqual([
      ['voorschot', 123456],
      ['pasfoto', 1500],
    ]);
  });
});
