import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { momentDueOn } from '../../common/aftercare/rules.js';
import { chooseIn, fieldMessage, reloadOnTab, reloadOnToday, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf, createDossier } from '../helpers/core.js';
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { msg } from '../../common/messages/index.js';
import { inDutch } from '../helpers/messages.js';
import { pdfText } from '../helpers/pdf.js';
import { sheetDate } from '../../common/documents/release-sheet.js';

/** Release day and the months after, through the screens (web mode); one server and vault for the whole file. */
describe('release day, first contact, follow-up and an unreachable client (web mode)', () => {
  let app: WebApp;
  const today = localTodayIso();
  const ids = { release: 0, missed: 0, followup: 0 };
  const api = () => apiOf(app.core);
  const origin = () => new URL(app.page.url()).origin;
  const create = async (achternaam: string, release: string) => {
    const id = await createDossier(app.core, { achternaam, voornamen: 'Testje', detentieStart: addDaysIso(today, -400), verwachteVrijlating: release });
    await api().call('dossiers.transition', { id, to: 'detentie' });
    await api().call('dossiers.transition', { id, to: 'vrijlating_nadert' });
    return id;
  };
  const openTab = async (id: number) => {
    await app.page.goto(`${origin()}/#/dossiers/${id}`);
    await app.page.getByTestId('dossier-status').waitFor();
    await app.page.getByRole('tab', { name: 'Na vrijlating' }).click();
  };
  const choose = (scope: ReturnType<WebApp['page']['locator']> | WebApp['page'], label: string, option: string) =>
    chooseIn(scope.getByLabel(label, { exact: true }), option);

  beforeAll(async () => {
    app = await startWebAppInUse();
    ids.release = await create('Vrijdagsma', today);
    await api().call('plans.setBasis', { dossierId: ids.release, key: 'id', state: 'geregeld', note: '' });
    await api().call('plans.setBasis', { dossierId: ids.release, key: 'housing', state: 'niet_geregeld', note: '' });
    // By data: released five days ago, nobody had contact since.
    ids.missed = await create('Gemistra', addDaysIso(today, -5));
    await api().call('dossiers.transition', { id: ids.missed, to: 'nazorg', werkelijkeVrijlating: addDaysIso(today, -5) });
    // Released three months ago (less two days), so the 3-month moment is due now.
    const threeMonthsAgo = addDaysIso(today, -88);
    ids.followup = await create('Volgersma', threeMonthsAgo);
    await api().call('dossiers.transition', { id: ids.followup, to: 'nazorg', werkelijkeVrijlating: threeMonthsAgo });
    await reloadOnToday(app.page);
  });
  afterAll(async () => app?.close());

  it('records the day-one state of the basisvoorwaarden when the release is entered, corrects it with a reason, and keeps it after a reload', async () => {
    const { page } = app;
    await page.goto(`${origin()}/#/dossiers/${ids.release}`);
    await page.getByRole('button', { name: 'Naar: Nazorg' }).click();
    await page.getByRole('dialog').getByLabel('Werkelijke vrijlating (dd-mm-jjjj)').fill(formatDateNl(today));
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByTestId('dossier-status').getByText('Nazorg').waitFor();
    await page.getByRole('tab', { name: 'Na vrijlating' }).click();
    await page.locator('[data-testid="day-one-row"][data-key="housing"][data-state="niet_geregeld"]').waitFor();
    await page.locator('[data-testid="day-one-row"][data-key="id"][data-state="geregeld"]').waitFor();
    // The first contact is due, not yet missed.
    await page.locator('[data-testid="first-contact"][data-state="due"]').waitFor();

    // The plan moves on; the day-one record stays.
    await api().call('plans.setBasis', { dossierId: ids.release, key: 'housing', state: 'geregeld', note: '' });
    await page.getByRole('button', { name: 'Corrigeren: Schulden' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, 'Stand', 'in gang');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => fieldMessage(dialog.getByLabel(/^Reden van de correctie/))).toBe(inDutch(msg('giveReasonCorrection')));
    await dialog.getByLabel(/^Reden van de correctie/).fill('Schuldhulp was al gestart');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await reloadOnTab(page, 'Na vrijlating');
    await page.locator('[data-testid="day-one-row"][data-key="housing"][data-state="niet_geregeld"]').waitFor();
    await page
      .locator('[data-testid="day-one-row"][data-key="debts"][data-state="in_gang"]')
      .getByText(/gecorrigeerd op .*: Schuldhulp was al gestart/)
      .waitFor();
    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    await page.getByText(/reden: Schuldhulp was al gestart/).waitFor();
  });

  it('shows a missed first contact in red on Vandaag, and records it through the dossier', async () => {
    const { page } = app;
    await page.goto(`${origin()}/#/`);
    const row = page.locator(`[data-testid="today-first-contact"][data-dossier="${ids.missed}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('missed');
    const missed = row.getByText(`Gemist (uiterlijk ${formatDateNl(addDaysIso(today, -3))})`);
    // Red: MUI's error colour.
    expect(await missed.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(211, 47, 47)');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByRole('link').click();
    await page.getByRole('tab', { name: 'Na vrijlating' }).click();
    await page.locator('[data-testid="first-contact"][data-state="missed"]').waitFor();
    const section = page.getByTestId('first-contact-section');
    const record = section.getByRole('button', { name: 'Eerste contact vastleggen' });
    // Checked in the form: an impossible time and a missing name are marked on their fields, and nothing is sent.
    await section.getByLabel('Tijd (uu:mm)').fill('9.30');
    await choose(section, 'Hoe', 'Telefonisch');
    await section.getByLabel('Wat kwam eruit').fill('Slaapt bij zijn zus; afspraak bij Werk en Inkomen gemaakt.');
    await record.click();
    await expect.poll(() => fieldMessage(section.getByLabel('Tijd (uu:mm)'))).toBe(inDutch(msg('notValidTimeHhMm')));
    expect(await fieldMessage(section.getByLabel('Wie had het contact'))).toBe(inDutch(msg('fillWhoHadContact')));
    // Checked by the main side: a contact tomorrow is refused under the date.
    await section.getByLabel('Tijd (uu:mm)').fill('09:30');
    await section.getByLabel('Wie had het contact').fill('Coördinator nazorg');
    await section.getByLabel('Datum (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, 1)));
    await record.click();
    await expect.poll(() => fieldMessage(section.getByLabel('Datum (dd-mm-jjjj)'))).toBe(inDutch(msg('contactCannotFuture')));
    expect(await fieldMessage(section.getByLabel('Tijd (uu:mm)'))).toBeNull();
    expect((await api().call('aftercare.get', { dossierId: ids.missed })).firstContact).toBeNull();
    await section.getByLabel('Datum (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, -1)));
    await section.getByRole('button', { name: 'Eerste contact vastleggen' }).click();
    await page.locator('[data-testid="first-contact"][data-state="done"]').waitFor();

    await reloadOnTab(page, 'Na vrijlating');
    await page.getByTestId('first-contact').getByText('Slaapt bij zijn zus; afspraak bij Werk en Inkomen gemaakt.').waitFor();
    await page.goto(`${origin()}/#/`);
    await page.getByTestId('aftercare-today').getByText('Nazorgmomenten').waitFor();
    expect(await page.locator(`[data-testid="today-first-contact"][data-dossier="${ids.missed}"]`).count()).toBe(0);
  });

  it('lists the due 3-month follow-up on Vandaag, records the check-in and shows it in the timeline', async () => {
    const { page } = app;
    await page.goto(`${origin()}/#/`);
    const due = page.locator(`[data-testid="today-followup"][data-dossier="${ids.followup}"]`);
    await due.getByText(`3 maanden na vrijlating: ${formatDateNl(momentDueOn(addDaysIso(today, -88), { amount: 3, unit: 'maanden' }))}`).waitFor();
    // The 2-week moment passed long ago: overdue.
    await page
      .locator(`[data-testid="today-followup"][data-dossier="${ids.followup}"][data-state="overdue"]`)
      .getByText(/2 weken na vrijlating: te laat/)
      .waitFor();

    await openTab(ids.followup);
    await page.getByRole('button', { name: 'Vastleggen: 3 maanden na vrijlating' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => fieldMessage(dialog.getByRole('combobox', { name: 'Cliënt bereikt' }))).toBe(inDutch(msg('chooseWhetherClientReached')));
    await choose(dialog, 'Cliënt bereikt', 'Ja');
    await choose(dialog, 'Onderdak: stand nu', 'geregeld');
    await choose(dialog, 'Werk of dagbesteding', 'Nog hetzelfde werk of dezelfde dagbesteding');
    await choose(dialog, 'Contact met de reclassering', 'Ja, er is contact met de reclassering');
    await dialog.getByLabel('Notitie').fill('Werkt nog bij de kringloop');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await reloadOnTab(page, 'Na vrijlating');
    const done = page.locator('[data-testid="followup-done"][data-moment="3-maanden"]');
    await done.getByText(/3 maanden na vrijlating — cliënt bereikt — Nog hetzelfde werk of dezelfde dagbesteding — Werkt nog bij de kringloop/).waitFor();
    await page.goto(`${origin()}/#/`);
    await page.locator(`[data-testid="today-followup"][data-dossier="${ids.followup}"]`).first().waitFor();
    expect(await page.locator(`[data-testid="today-followup"][data-dossier="${ids.followup}"]`).count()).toBe(1);
  });

  it('flags the dossier after three failed contact attempts and proposes a home visit by the wijkteam', async () => {
    const { page } = app;
    await openTab(ids.followup);
    const section = page.getByTestId('contact-attempts');
    await section.getByRole('button', { name: 'Poging vastleggen' }).click();
    await expect.poll(() => fieldMessage(section.getByRole('combobox', { name: 'Hoe' }))).toBe(inDutch(msg('chooseHowYouTriedMake')));
    expect(await section.locator('[data-testid="attempt"]').count()).toBe(0);
    for (const [days, result] of [
      [-6, 'Geen gehoor'],
      [-4, 'Niet thuis'],
      [-2, 'Bericht achtergelaten, geen reactie'],
    ] as const) {
      await section.getByLabel('Datum (dd-mm-jjjj)').fill(formatDateNl(addDaysIso(today, days)));
      await choose(section, 'Hoe', days === -4 ? 'Huisbezoek' : 'Telefoon');
      await choose(section, 'Resultaat', result);
      await section.getByRole('button', { name: 'Poging vastleggen' }).click();
      await section
        .locator('[data-testid="attempt"]')
        .nth(days === -6 ? 0 : days === -4 ? 1 : 2)
        .waitFor();
    }
    await page.getByTestId('unreachable-flag').getByText('3 mislukte contactpogingen op rij. Voorstel: een huisbezoek door het wijkteam.').waitFor();
    await page.getByTestId('dossier-unreachable').waitFor();
    await page.getByRole('button', { name: 'Actie toevoegen: huisbezoek door het wijkteam' }).click();
    await page.getByText('De actie staat in het plan.').waitFor();

    await page.reload();
    await page.getByTestId('dossier-unreachable').getByText('Niet bereikbaar').waitFor();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByText('Huisbezoek door het wijkteam: cliënt is niet bereikbaar').first().waitFor();
    await page.goto(`${origin()}/#/`);
    await page.locator(`[data-testid="today-unreachable"][data-dossier="${ids.followup}"]`).getByText('3 mislukte pogingen op rij').waitFor();
  });

  it('prints the release sheet for the client in plain Dutch and in English, with the appointment and what is not arranged yet', async () => {
    const { page } = app;
    const wijkteam = await api().call('partners.create', { type: 'wijkteam', name: 'Wijkteam Centrum', email: '', phone: '', note: '' });
    await openTab(ids.release);
    // The appointment is entered through the action dialog of the plan.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Wat').fill('Kennismaken met het wijkteam');
    await dialog.getByLabel(/^Deadline/).fill(formatDateNl(addDaysIso(today, 2)));
    await dialog.getByLabel('Tijd van de afspraak (uu:mm)').fill('10:30');
    await dialog.getByLabel('Plaats van de afspraak').fill('Wijkcentrum De Linde, Dorpsstraat 1');
    await dialog.getByLabel('Wie (organisatie)').click();
    await page.getByRole('option', { name: wijkteam.name }).click();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('action-appointment').getByText('Afspraak: 10:30, Wijkcentrum De Linde, Dorpsstraat 1').waitFor();

    await page.getByRole('tab', { name: 'Na vrijlating' }).click();
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vrijlatingsblad: Opslaan als PDF' }).click()])) as [
      Download,
      void,
    ];
    const text = pdfText(readFileSync((await download.path())!), { layout: false }).replace(/\s+/g, ' ');
    expect(download.suggestedFilename()).toMatch(/^vrijlatingsblad-D-\d{5}-nl-/);
    expect(text).toContain('Uw eerste weken buiten');
    expect(text).toContain('Hallo Testje,');
    expect(text).toContain(sheetDate(addDaysIso(today, 2), 'nl'));
    expect(text).toContain('om 10:30 uur');
    expect(text).toContain('Kennismaken met het wijkteam');
    expect(text).toContain('Waar: Wijkcentrum De Linde, Dorpsstraat 1');
    expect(text).toContain('Met wie: Wijkteam Centrum');
    // The sheet shows the plan as it stands today.
    expect(text.slice(text.indexOf('Dit is al geregeld'), text.indexOf('Dit is nog niet geregeld'))).toContain('Een ID-kaart of paspoort');
    expect(text.slice(text.indexOf('Dit is nog niet geregeld'))).toContain('Een zorgverzekering');
    expect(text).not.toMatch(/basisvoorwaarde|leefgebied|reclasseringstoezicht/i);

    const [english] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vrijlatingsblad in het Engels: Opslaan als PDF' }).click(),
    ])) as [Download, void];
    const en = pdfText(readFileSync((await english.path())!), { layout: false }).replace(/\s+/g, ' ');
    expect(en).toContain('Your first weeks outside');
    expect(en).toContain(sheetDate(addDaysIso(today, 2), 'en'));
    expect(en).toContain('at 10:30');
    expect(en).toContain('Health insurance');
  });
  it('keeps the after-release settings: impossible numbers and a moment twice are marked and not saved, valid ones are found back after a reload', async () => {
    const { page } = app;
    const saved = async () => {
      const s = await api().call('settings.get', {});
      return { hours: s.firstContactHours, attempts: s.unreachableAfterAttempts, moments: s.followupMoments };
    };
    const before = await saved();
    await page.goto(`${origin()}/#/plan-instellingen`);
    const section = page.getByRole('region', { name: 'Na vrijlating' });
    const hours = section.getByLabel('Eerste contact binnen (uren)');
    const attempts = section.getByLabel('Niet bereikbaar na (mislukte pogingen)');
    const save = section.getByRole('button', { name: 'Instellingen na vrijlating opslaan' });
    await hours.fill('0');
    await attempts.fill('21');
    await section.getByLabel('Aantal 1', { exact: true }).fill('0');
    await save.click();
    await expect.poll(() => fieldMessage(hours)).toBe(inDutch(msg('least1Hour')));
    expect(await fieldMessage(attempts)).toBe(inDutch(msg('most20Attempts')));
    expect(await fieldMessage(section.getByLabel('Aantal 1', { exact: true }))).toBe(inDutch(msg('least1')));
    // The same moment twice is a rule over the whole list: said below it.
    await hours.fill('72');
    await attempts.fill('4');
    await section.getByLabel('Aantal 1', { exact: true }).fill('3');
    await section.getByLabel('Eenheid 1', { exact: true }).click();
    await page.getByRole('option', { name: 'maanden', exact: true }).click();
    await save.click();
    await section.getByText(inDutch(msg('twoFollowUpMomentsSame'))).waitFor();
    expect(await fieldMessage(hours)).toBeNull();
    expect(await saved()).toEqual(before);

    await section.getByRole('button', { name: 'Moment verwijderen 1' }).click();
    await section.getByRole('button', { name: 'Moment toevoegen' }).click();
    await section.getByLabel('Aantal 4', { exact: true }).fill('10');
    await section.getByLabel('Eenheid 4', { exact: true }).click();
    await page.getByRole('option', { name: 'dagen', exact: true }).click();
    await save.click();
    await section.getByRole('status').getByText('Opgeslagen.').waitFor();
    await page.reload();
    await expect.poll(() => section.getByLabel('Eerste contact binnen (uren)').inputValue()).toBe('72');
    expect(await attempts.inputValue()).toBe('4');
    expect(await section.getByLabel('Aantal 4', { exact: true }).inputValue()).toBe('10');
    expect(await saved()).toEqual({
      hours: 72,
      attempts: 4,
      moments: [...before.moments.slice(1), { amount: 10, unit: 'dagen' }],
    });
  });
});
