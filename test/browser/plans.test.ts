import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { planActions } from '../../db/schema.js';
import type { Locator } from 'playwright-core';
import { type WebApp, pickOption, startWebAppInUse, screenshotPath } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';

describe('plan and release countdown in the browser (web mode, headless Chromium)', () => {
  let app: WebApp;
  let dossierId = 0;
  const today = localTodayIso();
  const release = addDaysIso(today, 60);
  const moved = addDaysIso(today, 74);
  beforeAll(async () => {
    app = await startWebAppInUse();
    const api = apiOf(app.core);
    const created = await api.call('dossiers.create', {
      achternaam: 'Fictiefsma',
      voornamen: 'Testje',
      detentieStart: addDaysIso(today, -90),
      meldingDatum: addDaysIso(today, -80),
    });
    if (!created.created) throw new Error('dossier not created');
    dossierId = created.id;
    await api.call('partners.create', { type: 'pi', name: 'PI Fictiefstad', email: 'casemanager@pi-fictief.example' });
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  });
  afterAll(async () => app?.close());

  const rows = () => app.page.getByTestId('action-row');
  const openPlan = async () => {
    await app.page.goto(`${new URL(app.page.url()).origin}/#/dossiers/${dossierId}`);
    await app.page.getByRole('tab', { name: 'Plan' }).click();
    await app.page.getByTestId('plan-tab').waitFor();
  };
  const actionCount = async () => (await app.core.session.requireVault().db.select({ id: planActions.id }).from(planActions)).length;
  /** The texts a field is described by: MUI's helper text under it, where its message stands. */
  const describedBy = (field: Locator) =>
    field.evaluate((e) =>
      (e.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' '),
    );
  const rowOf = (template: string) => app.page.locator(`[data-testid="action-row"][data-template="${template}"]`);

  it('sets a release date, accepts the countdown proposals and completes some', async () => {
    const { page } = app;
    await openPlan();
    await page.getByText('Vul de verwachte vrijlatingsdatum in').waitFor();
    // The release date is set where it lives: on the dossier's Detentie tab.
    await page.getByRole('tab', { name: 'Detentie' }).click();
    await page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)').fill(formatDateNl(release));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // The dossier's header shows the plan summary with the countdown once the date is saved.
    await page.getByTestId('plan-summary').getByText('nog 60 dagen tot vrijlating').waitFor();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByTestId('countdown-text').getByText('nog 60 dagen tot vrijlating').waitFor();
    await page.getByTestId('proposals').waitFor();
    // The ID proposal runs two weeks back from release and suggests the PI from the register.
    const idProposal = page.getByTestId('proposal-id');
    expect(await idProposal.getByLabel(/^Deadline/).inputValue()).toBe(formatDateNl(addDaysIso(release, -14)));
    expect(await seriousA11yViolations(page)).toEqual([]);
    // A proposal adjusted by hand keeps its text while another one is accepted (the plan is read again after each).
    const bank = page.getByTestId('proposal-bankrekening').getByLabel('Wat', { exact: true });
    await bank.fill('Bankrekening openen bij de Fictiefbank');
    await idProposal.getByRole('button', { name: 'Overnemen' }).click();
    await rowOf('id').waitFor();
    await idProposal.waitFor({ state: 'detached' });
    expect(await bank.inputValue()).toBe('Bankrekening openen bij de Fictiefbank');
    await page.getByRole('button', { name: 'Alle voorstellen overnemen' }).click();
    await rowOf('bankrekening').waitFor();
    expect(await rowOf('bankrekening').textContent()).toContain('Bankrekening openen bij de Fictiefbank');
    expect(await page.getByTestId('proposals').count()).toBe(0);
    const count = await rows().count();
    expect(count).toBeGreaterThanOrEqual(10);
    expect(await rowOf('id').getByTestId('action-deadline').textContent()).toContain(formatDateNl(addDaysIso(release, -14)));
    expect(await rowOf('id').textContent()).toContain('PI Fictiefstad');

    await page.getByRole('button', { name: /^Gedaan: Zorgverzekering/ }).click();
    await page.locator('[data-template="zorgverzekering"][data-status="gedaan"]').waitFor();
    await page.getByRole('button', { name: /^Gedaan: Bankrekening/ }).click();
    await page.locator('[data-template="bankrekening"][data-status="gedaan"]').waitFor();

    // The basisvoorwaarden strip follows the states chosen.
    await page.getByLabel('Identiteitsbewijs: Stand').click();
    await page.getByRole('option', { name: 'in gang' }).click();
    await page.locator('[data-testid="basis-strip"][data-strip^="in_gang,"]').first().waitFor();
    await page.screenshot({ path: screenshotPath('plan.png'), fullPage: true });
  });

  it('lets one action go overdue (by data) and shows it flagged, in Rappel and on the partner page', async () => {
    const { page } = app;
    const { db } = app.core.session.requireVault();
    const id = Number(await rowOf('id').getAttribute('data-action-id'));
    await db
      .update(planActions)
      .set({ deadline: addDaysIso(today, -3) })
      .where(eq(planActions.id, id));
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await rowOf('id').getByTestId('overdue-flag').waitFor();

    await page.getByRole('button', { name: 'Rappel' }).click();
    const group = page.locator('[data-testid="rappel-group"][data-partner="PI Fictiefstad"]');
    await group.waitFor();
    expect(await group.getByTestId('rappel-action').first().textContent()).toContain('3 dagen te laat');
    expect(await group.getByRole('link', { name: 'Openen in e-mail' }).getAttribute('href')).toMatch(
      /^mailto:casemanager@pi-fictief\.example\?subject=Herinnering%20nazorg/,
    );
    expect(await group.getByLabel('Tekst van de herinnering').inputValue()).toContain('T. Fictiefsma: Identiteitsbewijs aanvragen');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await group.getByRole('button', { name: 'Herinnering verstuurd' }).click();
    await page.getByText(/Vastgelegd: herinnering verstuurd voor 1 actie/).waitFor();
    await page.screenshot({ path: screenshotPath('rappel.png'), fullPage: true });

    // Flagged on the dashboard and in the dossier list, whose "met te late acties" filter finds it.
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await page.getByTestId('plan-figures').getByText('te laat', { exact: true }).waitFor();
    expect(await page.getByTestId('plan-figures').textContent()).toMatch(/1te laat/);
    await page.getByRole('button', { name: 'Dossiers' }).click();
    await page.getByLabel('Met te late acties').check();
    await page.getByTestId('dossier-list').getByTestId('list-overdue').getByText('1 te laat').waitFor();

    await page.getByRole('button', { name: 'Partners' }).click();
    await page.getByRole('link', { name: 'PI Fictiefstad' }).click();
    await page.locator('[data-testid="partner-action"][data-due="overdue"]').waitFor();
    // Removing a partner with open actions is refused with the list.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page
      .getByTestId('partner-error')
      .getByText(/nog 1 open actie/)
      .waitFor();
  });

  it('moves the open template actions after a confirmation when the release date moves', async () => {
    const { page } = app;
    const before = await app.core.session
      .requireVault()
      .db.select({ key: planActions.templateKey, deadline: planActions.deadline, status: planActions.status })
      .from(planActions);
    await openPlan();
    // Moved from the plan itself this time (the same dossier field, through the dossier API). A date that does not
    // exist and one the main side refuses (before the detention) are each told on the field, and nothing moves.
    const releaseField = page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)');
    await releaseField.fill('31-02-2027');
    await page.getByRole('button', { name: 'Datum opslaan' }).click();
    await expect.poll(() => describedBy(releaseField)).toContain('Geen bestaande datum');
    await releaseField.fill(formatDateNl(addDaysIso(today, -100)));
    await page.getByRole('button', { name: 'Datum opslaan' }).click();
    await expect.poll(() => describedBy(releaseField)).toContain('De verwachte vrijlating ligt vóór de start van de detentie.');
    expect((await apiOf(app.core).call('dossiers.get', { id: dossierId })).dossier.verwachteVrijlating).toBe(release);
    await releaseField.fill(formatDateNl(moved));
    await page.getByRole('button', { name: 'Datum opslaan' }).click();
    const confirm = page.getByTestId('release-move');
    await confirm.getByText(`Van ${formatDateNl(release)} naar ${formatDateNl(moved)}`).waitFor();
    const slaapplek = before.find((b) => b.key === 'slaapplek')!;
    await confirm
      .getByRole('row', { name: new RegExp(`Slaapplek.*${formatDateNl(slaapplek.deadline)}.*${formatDateNl(addDaysIso(slaapplek.deadline!, 14))}`) })
      .waitFor();
    await page.screenshot({ path: screenshotPath('plan-verschuiven.png'), fullPage: true });
    await confirm.getByRole('button', { name: 'Acties verschuiven' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByTestId('countdown-text').getByText('nog 74 dagen tot vrijlating').waitFor();
    expect(await rowOf('slaapplek').getByTestId('action-deadline').textContent()).toContain(formatDateNl(addDaysIso(slaapplek.deadline!, 14)));
    // Finished actions keep their dates.
    const zorg = before.find((b) => b.key === 'zorgverzekering')!;
    expect(await rowOf('zorgverzekering').getByTestId('action-deadline').textContent()).toContain(formatDateNl(zorg.deadline));

    // Every plan change is in the dossier's history.
    const fields = (await apiOf(app.core).call('dossiers.history', { id: dossierId })).map((h) => h.field);
    expect(fields).toContain('verwachteVrijlating');
    expect(fields.filter((f) => f === 'plan.action').length).toBeGreaterThanOrEqual(10);
    expect(fields).toContain('plan.action.status');
    expect(fields).toContain('plan.action.reminder');
    expect(fields).toContain('plan.basis.id');
    expect(fields.filter((f) => f === 'plan.action.deadline').length).toBeGreaterThanOrEqual(2);
  });

  it('asks to confirm a deadline before today and lists an action without partner as niet toegewezen', async () => {
    const { page } = app;
    await openPlan();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie toevoegen' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Beschrijf de actie.').waitFor();
    await dialog.getByLabel('Wat').fill('Afspraak bij de huisarts nabespreken');
    await dialog.getByLabel(/^Deadline/).fill('31-02-2026');
    await dialog.getByLabel(/^Tijd van de afspraak/).fill('25:70');
    const countBefore = await actionCount();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    // Each refusal on its own field, in Dutch, and nothing saved.
    await expect.poll(() => describedBy(dialog.getByLabel(/^Deadline/))).toContain('Geen bestaande datum');
    expect(await describedBy(dialog.getByLabel(/^Tijd van de afspraak/))).toContain('Geen geldige tijd. Gebruik uu:mm');
    expect(await actionCount()).toBe(countBefore);
    await dialog.getByLabel(/^Tijd van de afspraak/).fill('09:15');
    await dialog.getByLabel(/^Deadline/).fill(formatDateNl(addDaysIso(today, -2)));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deadline in het verleden?' });
    await confirm.waitFor();
    // Not saved while the question stands; cancelling it keeps the form as typed.
    expect(await actionCount()).toBe(countBefore);
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    expect(await dialog.getByLabel('Wat').inputValue()).toBe('Afspraak bij de huisarts nabespreken');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await confirm.getByRole('button', { name: 'Ja, deze deadline klopt' }).click();
    const row = page.getByTestId('action-row').filter({ hasText: 'Afspraak bij de huisarts nabespreken' });
    await row.getByText('niet toegewezen').waitFor();
    await row.getByTestId('overdue-flag').waitFor();

    // Found back after a reload in the edit dialog; a status and result set there are kept too.
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Wijzigen: Afspraak bij de huisarts nabespreken' }).click();
    const edit = page.getByRole('dialog', { name: 'Actie wijzigen' });
    expect(await edit.getByLabel(/^Deadline/).inputValue()).toBe(formatDateNl(addDaysIso(today, -2)));
    expect(await edit.getByLabel(/^Tijd van de afspraak/).inputValue()).toBe('09:15');
    await edit.getByRole('combobox', { name: 'Status' }).click();
    await pickOption(page, 'bezig');
    await edit.getByLabel('Resultaat').fill('Huisarts gebeld, terugbelverzoek staat.');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Wijzigen: Afspraak bij de huisarts nabespreken' }).click();
    expect(await edit.getByRole('combobox', { name: 'Status' }).textContent()).toBe('bezig');
    expect(await edit.getByLabel('Resultaat').inputValue()).toBe('Huisarts gebeld, terugbelverzoek staat.');
    await edit.getByRole('button', { name: 'Annuleren' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Rappel' }).click();
    await page.locator('[data-testid="rappel-group"][data-partner="niet toegewezen"]').getByText('Afspraak bij de huisarts nabespreken').waitFor();
  });
  it('keeps a basis note, and the settings lists with a row added and one removed, after a reload; a refused name on its field', async () => {
    const { page } = app;
    const api = apiOf(app.core);
    await openPlan();
    const note = page.getByLabel('Identiteitsbewijs: Korte notitie');
    await note.fill('Afspraak bij de gemeentebalie staat');
    await note.press('Tab');
    await expect
      .poll(async () => (await api.call('plans.get', { dossierId })).basis.find((b) => b.key === 'id')?.note)
      .toBe('Afspraak bij de gemeentebalie staat');
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    expect(await page.getByLabel('Identiteitsbewijs: Korte notitie').inputValue()).toBe('Afspraak bij de gemeentebalie staat');

    await page.getByRole('navigation').getByRole('button', { name: 'Leefgebieden en aftelschema', exact: true }).click();
    const before = await api.call('plans.config', {});
    const removed = before.countdownTemplate[0]!.title;
    const names = page.getByRole('textbox', { name: 'Naam', exact: true });
    await names.first().waitFor();
    await page.getByRole('button', { name: 'Leefgebied toevoegen' }).click();
    await names.last().fill('');
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    await page.getByRole('button', { name: `Uit schema halen: ${removed}` }).click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => describedBy(names.last())).toContain('Vul een naam in.');
    expect(await api.call('plans.config', {})).toEqual(before);
    await names.last().fill('Zingeving');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await page.reload();
    await names.first().waitFor();
    expect(await names.last().inputValue()).toBe('Zingeving');
    expect(await page.getByRole('textbox', { name: 'Actie', exact: true }).last().inputValue()).toBe('Nieuwe actie');
    expect(await page.getByRole('button', { name: `Uit schema halen: ${removed}` }).count()).toBe(0);
    const after = await api.call('plans.config', {});
    expect(after.lifeDomains.at(-1)).toMatchObject({ label: 'Zingeving', active: true });
    expect(after.countdownTemplate.map((t) => t.title)).toEqual([...before.countdownTemplate.slice(1).map((t) => t.title), 'Nieuwe actie']);
  });
});
