import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Download, Locator } from 'playwright-core';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { type WebApp, startWebAppInUse } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';
import { pdfText } from '../helpers/pdf.js';

/**
 * Dates through the screens: the one date field (typed dd-mm-jjjj or picked from a Dutch calendar with the keyboard)
 * and what the forms send with it, found back after a reload and in the Actieplan.
 */
describe('date fields and refused fields in the browser (web mode, headless Chromium)', () => {
  let app: WebApp;
  let dossierId = 0;
  const today = localTodayIso();
  beforeAll(async () => {
    app = await startWebAppInUse();
    const created = await apiOf(app.core).call('dossiers.create', {
      achternaam: 'Datumsma',
      voornamen: 'Testje',
      detentieStart: addDaysIso(today, -90),
      meldingDatum: addDaysIso(today, -80),
      verwachteVrijlating: addDaysIso(today, 60),
    });
    if (!created.created) throw new Error('dossier not created');
    dossierId = created.id;
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  });
  afterAll(async () => app?.close());

  const openPlan = async () => {
    await app.page.goto(`${new URL(app.page.url()).origin}/#/dossiers/${dossierId}`);
    await app.page.getByRole('tab', { name: 'Plan' }).click();
    await app.page.getByTestId('plan-tab').waitFor();
  };
  const choose = async (scope: Locator, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label }).click();
    await app.page.getByRole('option', { name: option }).click();
  };

  it('adds a leefgebied score through the Dutch labels; it is there after a reload and in the Actieplan', async () => {
    const { page } = app;
    await openPlan();
    const scores = page.getByTestId('scores');
    // The date is pre-filled with today, as the coordinator reads it.
    expect(await scores.getByLabel('Datum (dd-mm-jjjj)').inputValue()).toBe(formatDateNl(today));
    await choose(scores, 'Leefgebied', 'Huisvesting');
    await choose(scores, 'Score (1–5)', '2 — niet zelfredzaam');
    await scores.getByLabel('Toelichting').fill('Slaapt bij een vriend, geen eigen woning');
    await scores.getByRole('button', { name: 'Score toevoegen' }).click();
    const card = page.getByTestId('domain-huisvesting');
    await card.getByText(`— niet zelfredzaam (${formatDateNl(today)})`).waitFor();
    expect(await scores.getByRole('alert').count()).toBe(0);

    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page
      .getByTestId('domain-huisvesting')
      .getByText(`— niet zelfredzaam (${formatDateNl(today)})`)
      .waitFor();

    await page.goto(`${new URL(page.url()).origin}/#/documenten/dossier/${dossierId}`);
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Actieplan: Opslaan als PDF' }).click()])) as [
      Download,
      void,
    ];
    const text = pdfText(readFileSync((await download.path())!), { layout: false });
    expect(text).not.toContain('Geen leefgebieden gescoord.');
    expect(text).toContain('Huisvesting');
    expect(text).toContain('Slaapt bij een vriend, geen eigen woning');
  });

  it('marks the refused field with the main side message: a score dated in the future', async () => {
    const { page } = app;
    await openPlan();
    const scores = page.getByTestId('scores');
    await choose(scores, 'Leefgebied', 'Financiën');
    const date = scores.getByLabel('Datum (dd-mm-jjjj)');
    await date.fill(formatDateNl(addDaysIso(today, 3)));
    await scores.getByRole('button', { name: 'Score toevoegen' }).click();
    await scores.getByText('Een score kan niet in de toekomst liggen.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    // The message belongs to the field (its description), not to a general notice.
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Een score kan niet in de toekomst liggen.');
    expect(await page.getByText(/Niet alle gegevens zijn juist ingevuld/).count()).toBe(0);
    // A day that does not exist is refused on the same field, never sent as typed text that saves nothing.
    await date.fill('31-02-2026');
    await scores.getByRole('button', { name: 'Score toevoegen' }).click();
    await scores.getByText('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
  });

  it('picks a date from a Dutch calendar with the keyboard only, and Escape closes it', async () => {
    const { page } = app;
    await openPlan();
    const scores = page.getByTestId('scores');
    const date = scores.getByLabel('Datum (dd-mm-jjjj)');
    await date.fill('12-03-2026');
    // Typing dd-mm-jjjj works; the calendar sits behind a named button right after the field.
    await date.focus();
    await page.keyboard.press('Tab');
    const button = scores.getByRole('button', { name: 'Kalender openen' });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('dialog', { name: 'Kalender: Datum (dd-mm-jjjj)' });
    await calendar.waitFor();
    await calendar.getByText('maart 2026').waitFor();
    // Dutch day names, the week starting on Monday.
    const days = await calendar.getByRole('columnheader').evaluateAll((hs) => hs.map((h) => h.getAttribute('aria-label')));
    expect(days).toEqual(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await date.inputValue()).toBe('20-03-2026');

    await button.click();
    await calendar.waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await date.inputValue()).toBe('20-03-2026');
  });

  it('enters a meeting date as dd-mm-jjjj (the browser picker is gone) and finds it back after a reload', async () => {
    const { page } = app;
    const day = addDaysIso(today, 10);
    await page.goto(`${new URL(page.url()).origin}/#/overleg`);
    await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    const date = page.getByLabel('Datum', { exact: true });
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.inputValue()).toBe(formatDateNl(today));
    await date.fill(formatDateNl(day));
    await page.getByRole('button', { name: 'Overleg opslaan' }).click();
    const heading = page.getByRole('heading', { name: `Regie- en toedelingsoverleg — ${formatDateNl(day)}` });
    await heading.waitFor();
    await page.reload();
    await heading.waitFor();
    const meetings = await apiOf(app.core).call('meetings.list', {});
    expect(meetings.map((m) => m.date)).toContain(day);
  });
});
