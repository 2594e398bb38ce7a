import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { DEFAULT_COUNTDOWN_TEMPLATE } from '../../common/plan/countdown.js';
import { type WebApp, reloadOnTab, reloadOnToday, startWebAppInUse } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf, createDossier } from '../helpers/core.js';

/** The journey follows the facts (status proposals) and a moved release date asks about the countdown actions. */
describe('status proposals and the release-date move, through the screens (web mode)', () => {
  let app: WebApp;
  const today = localTodayIso();
  const ids = { soon: 0, started: 0, window: 0, moving: 0 };
  const api = () => apiOf(app.core);
  const origin = () => new URL(app.page.url()).origin;
  const create = (achternaam: string, fields: Record<string, string>) => createDossier(app.core, { achternaam, voornamen: 'Testje', ...fields });
  const openDossier = async (id: number) => {
    await app.page.goto(`${origin()}/#/dossiers/${id}`);
    await app.page.getByTestId('dossier-status').waitFor();
  };
  const lagRow = (id: number) => app.page.locator(`[data-testid="status-lag"][data-dossier="${id}"]`);
  const openToday = async () => {
    await app.page.goto(`${origin()}/#/`);
    await app.page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await app.page.getByTestId('status-lags').waitFor();
  };

  beforeAll(async () => {
    app = await startWebAppInUse();
    const iso = (days: number) => addDaysIso(today, days);
    // The case: detention started, release twenty days away, still at "Melding ontvangen".
    ids.soon = await create('Voorstelsma', { detentieStart: iso(-60), verwachteVrijlating: iso(20) });
    ids.started = await create('Feitenberg', { detentieStart: iso(-30) });
    ids.window = await create('Vensterman', { detentieStart: iso(-90), verwachteVrijlating: iso(20) });
    await api().call('dossiers.transition', { id: ids.window, to: 'detentie' });
    ids.moving = await create('Schuifsma', { detentieStart: iso(-90), verwachteVrijlating: iso(60) });
    await api().call('dossiers.transition', { id: ids.moving, to: 'detentie' });
    const plan = await api().call('plans.get', { dossierId: ids.moving });
    await api().call('plans.acceptProposals', {
      dossierId: ids.moving,
      proposals: plan.proposals.map((p) => ({ templateKey: p.templateKey, title: p.title, deadline: p.deadline, domainKey: p.domainKey, partnerId: null })),
    });
    await reloadOnToday(app.page);
  });
  afterAll(async () => app?.close());

  it('lists on Vandaag the dossiers whose status lags behind their dates, with the proposal one click away', async () => {
    const { page } = app;
    await openToday();
    const row = lagRow(ids.soon);
    await row
      .getByText(`Melding ontvangen → Vrijlating nadert · De verwachte vrijlating is op ${formatDateNl(addDaysIso(today, 20))}, over 20 dagen.`)
      .waitFor();
    await lagRow(ids.started).getByText('Melding ontvangen → In detentie').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Voorstel overnemen: Vrijlating nadert' }).click();
    await page.getByRole('status').getByText('De status is nu "Vrijlating nadert".').waitFor();
    await row.waitFor({ state: 'detached' });
    // Focus stays in the list, not lost on the page body.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Status loopt achter op de datums');

    await page.reload();
    await page.getByTestId('status-lags').waitFor();
    expect(await lagRow(ids.soon).count()).toBe(0);
    await openDossier(ids.soon);
    expect(await page.getByTestId('dossier-status').textContent()).toBe('Vrijlating nadert');
  });

  it('shows the proposal on the dossier page and accepts it through the controlled transition, up to Nazorg', async () => {
    const { page } = app;
    await openDossier(ids.started);
    const proposal = page.getByTestId('status-proposal');
    await proposal.getByText('Voorstel: status "In detentie"').waitFor();
    await proposal.getByText(`De detentie is begonnen op ${formatDateNl(addDaysIso(today, -30))}.`).waitFor();
    // Only proposed: nothing changed yet.
    expect(await page.getByTestId('dossier-status').textContent()).toBe('Melding ontvangen');
    await proposal.getByRole('button', { name: 'Voorstel overnemen: In detentie' }).click();
    await page.locator('[data-testid="dossier-status"]', { hasText: 'In detentie' }).waitFor();
    await proposal.waitFor({ state: 'detached' });

    // The actual release date entered: Nazorg is proposed.
    await page.getByRole('tab', { name: 'Detentie' }).click();
    await page.getByLabel(/^Werkelijke vrijlating/).fill(formatDateNl(addDaysIso(today, -1)));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await proposal.getByText(`De werkelijke vrijlating is ingevuld: ${formatDateNl(addDaysIso(today, -1))}.`).waitFor();
    await proposal.getByRole('button', { name: 'Voorstel overnemen: Nazorg' }).click();
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Nazorg' }).waitFor();

    await page.reload();
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Nazorg' }).waitFor();
    expect(await proposal.count()).toBe(0);
    const history = await api().call('dossiers.history', { id: ids.started });
    expect(history.filter((h) => h.field === 'status').map((h) => h.newValue)).toEqual(['nazorg', 'detentie', 'melding']);
  });

  it('takes the countdown window from the setting beside the countdown template', async () => {
    const { page } = app;
    await openToday();
    await lagRow(ids.window).getByText('In detentie → Vrijlating nadert').waitFor();

    await page.getByRole('button', { name: 'Leefgebieden en aftelschema' }).click();
    const field = page.getByLabel('Vrijlating nadert: aantal dagen vóór de verwachte vrijlating');
    expect(await field.inputValue()).toBe('42');
    await field.fill('0');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Minimaal 1 dag.').first().waitFor();
    expect((await api().call('settings.get', {})).releaseWindowDays).toBe(42);
    await field.fill('10');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen').first().waitFor();
    await page.reload();
    expect(await page.getByLabel('Vrijlating nadert: aantal dagen vóór de verwachte vrijlating').inputValue()).toBe('10');

    await openToday();
    expect(await lagRow(ids.window).count()).toBe(0);
    await api().call('settings.update', { releaseWindowDays: 42 });
  });

  it('asks in a focused dialog whether the open countdown actions move with the release date, old and new dates listed', async () => {
    const { page } = app;
    const before = (await api().call('plans.get', { dossierId: ids.moving })).actions;
    const slaapplek = before.find((a) => a.templateKey === 'slaapplek')!;
    const moved = addDaysIso(today, 74);
    await openDossier(ids.moving);
    await page.getByRole('tab', { name: 'Detentie' }).click();
    await page.getByLabel(/^Verwachte vrijlating/).fill(formatDateNl(moved));
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const dialog = page.getByRole('dialog', { name: 'Open acties meeschuiven met de nieuwe vrijlatingsdatum?' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await dialog.getByText(`Van ${formatDateNl(addDaysIso(today, 60))} naar ${formatDateNl(moved)}`).waitFor();
    const row = dialog.getByTestId('release-move-row').filter({ hasText: 'Slaapplek' });
    expect((await row.getByRole('cell').allTextContents()).slice(1)).toEqual([
      formatDateNl(slaapplek.deadline),
      formatDateNl(addDaysIso(slaapplek.deadline!, 14)),
    ]);
    // "Zo vroeg mogelijk" actions never move later; every other open countdown action is listed.
    const asap = new Set(DEFAULT_COUNTDOWN_TEMPLATE.filter((t) => t.asap).map((t) => t.key));
    expect(await dialog.getByTestId('release-move-row').count()).toBe(
      before.filter((a) => a.templateKey && !asap.has(a.templateKey) && a.status === 'open').length,
    );
    // In view where the coordinator is looking, not below the fold.
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height / 2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Acties verschuiven' }).click();
    await dialog.waitFor({ state: 'detached' });

    await reloadOnTab(page, 'Plan');
    const slaapRow = page.locator('[data-testid="action-row"][data-template="slaapplek"]');
    await slaapRow.waitFor();
    expect(await slaapRow.getByTestId('action-deadline').textContent()).toContain(formatDateNl(addDaysIso(slaapplek.deadline!, 14)));
    expect(await page.getByTestId('release-move-pending').count()).toBe(0);
  });

  it("adds a partner on the spot from an action's partner picker, chosen at once and kept after a reload", async () => {
    const { page } = app;
    await openDossier(ids.moving);
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie toevoegen' });
    await dialog.getByLabel('Wat').fill('Kennismaking met het wijkteam plannen');
    await dialog.getByLabel(/^Deadline/).fill(formatDateNl(addDaysIso(today, 7)));
    await dialog.getByRole('button', { name: 'Nieuwe partner' }).click();
    // Focus goes to the new partner's name; an empty name is refused on its field, nothing is added.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''))
      .toMatch(/^Naam nieuwe partner/);
    await dialog.getByRole('button', { name: 'Partner toevoegen en kiezen' }).click();
    await dialog.getByText('Vul de naam van de organisatie in.').waitFor();
    await dialog.getByText('Kies een soort partner.').waitFor();
    expect((await api().call('partners.list', {})).map((p) => p.name)).not.toContain('Wijkteam Fictiefstad');

    await dialog.getByLabel(/^Naam nieuwe partner/).fill('Wijkteam Fictiefstad');
    await dialog.getByLabel(/^Soort nieuwe partner/).click();
    await page.getByRole('option', { name: 'Wijkteam / sociaal team' }).click();
    await dialog.getByRole('button', { name: 'Partner toevoegen en kiezen' }).click();
    await dialog.getByRole('status').getByText('Wijkteam Fictiefstad is toegevoegd aan het register en gekozen.').waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Wie (organisatie)' }).textContent()).toBe('Wijkteam Fictiefstad');
    // Focus back on the picker that now shows the new partner.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await reloadOnTab(page, 'Plan');
    const row = page.getByTestId('action-row').filter({ hasText: 'Kennismaking met het wijkteam plannen' });
    await row.getByText('Wijkteam Fictiefstad').waitFor();
    await page.getByRole('button', { name: 'Partners' }).click();
    await page.getByRole('link', { name: 'Wijkteam Fictiefstad' }).waitFor();
  });
});
