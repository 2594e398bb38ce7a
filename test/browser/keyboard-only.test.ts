import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { listName } from '../../common/people/names.js';
import { startWebApp, type WebApp } from '../helpers/browser.js';
import { apiOf } from '../helpers/core.js';
import { chooseOption, expectFocus, tabAndPress, tabAndType, tabTo } from '../helpers/keyboard.js';
import { pdfText } from '../helpers/pdf.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';

const PW = 'fiets regen lantaarn koffie';
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The coordinator's main flows with the keyboard alone: after the page loads, no click, no locator.focus() —
 * only Tab, Shift+Tab, Enter, Space, arrows, Escape and typing. Every Tab stop on the way must show its focus.
 */
describe('keyboard only (web mode, headless Chromium)', () => {
  let app: WebApp;
  const today = localTodayIso();
  const release = addDaysIso(today, 60);
  const deadline = addDaysIso(today, 21);
  let dossierId = 0;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(async () => app?.close());

  const api = () => apiOf(app.core);
  const key = (k: string) => app.page.keyboard.press(k);
  const type = (text: string) => app.page.keyboard.type(text);

  it('sets up the vault, skips to the content and registers a dossier', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    await expectFocus(page, 'textbox', 'Wachtwoord (minstens 12 tekens)');
    await type(PW);
    await tabAndType(page, 'textbox', 'Herhaal het wachtwoord', PW, { max: 1 });
    await key('Enter');

    // The recovery-code screen replaces the form: focus goes to its heading, not lost on the page.
    await expectFocus(page, 'heading', 'Uw herstelcode');
    const code = (await page.getByTestId('recovery-code').textContent())!.trim();
    await tabAndType(page, 'textbox', /laatste groep/, code.slice(-4), { max: 3 });
    await key('Enter');

    // Unlocked: the first-run guide opens with focus on its heading; closing it leads to Vandaag, again at the heading.
    // Opening the vault derives its key first, which takes seconds on a busy machine; then focus must be on the heading.
    await page.getByRole('heading', { name: 'Startgids' }).waitFor({ timeout: 60_000 });
    await expectFocus(page, 'heading', 'Startgids');
    expect(app.core.session.status().state).toBe('unlocked');
    await tabAndPress(page, 'button', 'Startgids sluiten', { max: 2 });
    await expectFocus(page, 'heading', /^Vandaag/);

    // The skip link is the first stop before the menu and leads to the content.
    await tabAndPress(page, 'link', 'Naar de inhoud', { back: true, max: 20 });
    await expectFocus(page, 'main', /.*/);

    // The side menu: Dossiers, then "Nieuw dossier".
    await tabAndPress(page, 'button', 'Dossiers', { back: true, max: 20 });
    await expectFocus(page, 'searchbox', 'Zoeken op naam, BSN of inrichting');
    await tabAndPress(page, 'button', 'Nieuw dossier', { back: true, max: 2 });
    await expectFocus(page, 'heading', 'Nieuw dossier');
    await tabAndType(page, 'textbox', 'Achternaam', 'Toetsenbordsma', { max: 3 });
    await tabAndType(page, 'textbox', 'Voornamen', 'Tabea', { max: 2 });
    await tabAndPress(page, 'button', 'Dossier aanmaken', { max: 25 });
    await expectFocus(page, 'heading', 'Tabea Toetsenbordsma');
    const list = await api().call('dossiers.list', { query: 'Toetsenbordsma' });
    expect(list.total).toBe(1);
    dossierId = list.items[0]!.id;
  });

  it('sets the release date, accepts the countdown, adds, completes and edits plan items', async () => {
    const { page } = app;
    // Tabs: one stop, arrows between them, Enter to open.
    await tabAndPress(page, 'tab', 'Persoon', { max: 12, key: 'ArrowRight' });
    await expectFocus(page, 'tab', 'Detentie');
    await key('Enter');
    await tabAndType(page, 'textbox', 'Verwachte vrijlating (dd-mm-jjjj)', formatDateNl(release), { max: 6 });
    await tabAndPress(page, 'button', 'Opslaan', { max: 8 });
    await page.getByText('Opgeslagen.').waitFor();
    // Saving keeps focus where it was (the form is not rebuilt under the user's hands).
    await expectFocus(page, 'button', 'Opslaan');
    await page.getByTestId('plan-summary').getByText('nog 60 dagen tot vrijlating').waitFor();

    // A status move through its dialog; the button that opened it goes with the old status, so focus goes to the heading.
    await tabAndPress(page, 'button', 'Naar: Vrijlating nadert', { back: true, max: 20 });
    await page.getByRole('dialog', { name: 'Status wijzigen naar "Vrijlating nadert"' }).waitFor();
    await tabAndPress(page, 'button', 'Status wijzigen', { max: 3 });
    await page.getByTestId('dossier-status').getByText('Vrijlating nadert').waitFor();
    await expectFocus(page, 'heading', 'Tabea Toetsenbordsma');
    expect((await api().call('dossiers.get', { id: dossierId })).dossier.status).toBe('vrijlating_nadert');

    await tabAndPress(page, 'tab', 'Detentie', { max: 8, key: 'ArrowRight' });
    await key('Enter');
    await page.getByTestId('proposals').waitFor();
    await tabAndPress(page, 'button', 'Alle voorstellen overnemen', { max: 8 });
    await page.getByTestId('action-row').first().waitFor();
    expect(await page.getByTestId('proposals').count()).toBe(0);
    // The proposals are gone; focus goes to the actions they became.
    await expectFocus(page, 'heading', 'Acties');
    const accepted = (await api().call('plans.get', { dossierId })).actions.length;
    expect(accepted).toBeGreaterThanOrEqual(10);

    // A new action with a partner and a deadline, through the dialog.
    await tabAndPress(page, 'button', 'Actie toevoegen', { max: 2 });
    const dialog = page.getByRole('dialog', { name: 'Actie toevoegen' });
    await expectFocus(page, 'textbox', 'Wat');
    await type('Kennismaking plannen met de casemanager');
    await tabAndPress(page, 'combobox', /^Wie \(organisatie\)/, { max: 3 });
    await chooseOption(page, 'Reclassering Nederland');
    await expectFocus(page, 'combobox', /^Wie \(organisatie\)/);
    await tabAndType(page, 'textbox', /^Deadline/, formatDateNl(deadline), { max: 3 });
    await tabAndPress(page, 'button', 'Opslaan', { max: 5 });
    await dialog.waitFor({ state: 'detached' });
    // Closing the dialog returns focus to its trigger.
    await expectFocus(page, 'button', 'Actie toevoegen');
    const row = page.getByTestId('action-row').filter({ hasText: 'Kennismaking plannen met de casemanager' });
    await row.getByText('Reclassering Nederland').waitFor();
    expect(await row.getByTestId('action-deadline').textContent()).toContain(formatDateNl(deadline));

    // Done: the button goes away, focus moves to the same row's edit button.
    await tabAndPress(page, 'button', /^Gedaan: Bankrekening/, { max: 40 });
    await page.locator('[data-testid="action-row"][data-template="bankrekening"][data-status="gedaan"]').waitFor();
    await expectFocus(page, 'button', /^Wijzigen: Bankrekening/);
    const actions = (await api().call('plans.get', { dossierId })).actions;
    expect(actions.find((a) => a.templateKey === 'bankrekening')?.status).toBe('gedaan');
    expect(actions.find((a) => a.title === 'Kennismaking plannen met de casemanager')).toMatchObject({
      status: 'open',
      partnerName: 'Reclassering Nederland',
      deadline,
    });

    // A basisvoorwaarde's state through its select.
    await tabAndPress(page, 'combobox', 'Identiteitsbewijs: Stand', { back: true, max: 60 });
    await chooseOption(page, 'in gang');
    await expectFocus(page, 'combobox', 'Identiteitsbewijs: Stand');
    await page.locator('[data-testid="basis-strip"][data-strip^="in_gang,"]').first().waitFor();
    expect((await api().call('plans.get', { dossierId })).basis.find((b) => b.key === 'id')?.state).toBe('in_gang');
  });

  it('makes the Actieplan PDF from the dossier documents page', async () => {
    const { page } = app;
    await tabAndPress(page, 'link', 'Documenten', { back: true, max: 20 });
    await expectFocus(page, 'heading', /^Documenten/);
    await tabTo(page, 'button', 'Actieplan: Opslaan als PDF', { max: 3 });
    const [download] = await Promise.all([page.waitForEvent('download'), key('Enter')]);
    const text = squeeze(pdfText(readFileSync((await download.path())!)));
    expect(text).toContain('Toetsenbordsma');
    expect(text).toContain(`Vrijlating ${formatDateNl(release)}`);
    expect(text).toContain('Identiteitsbewijs in gang');
    expect(text).toMatch(/Kennismaking plannen met de casemanager Reclassering Nederland \d{2}-\d{2}-\d{4} open/);
    expect(text).not.toContain('Bankrekening openen');
    // Making the document does not take focus away from the button.
    await expectFocus(page, 'button', 'Actieplan: Opslaan als PDF');
  });

  it('schedules an overleg and records a decision with the quick entry', async () => {
    const { page } = app;
    await tabAndPress(page, 'button', 'Overleg', { back: true, max: 20 });
    await expectFocus(page, 'heading', 'Regie- en toedelingsoverleg');
    await tabAndPress(page, 'button', 'Nieuw overleg', { max: 2 });
    // The form replaces the button: focus goes into it.
    await expectFocus(page, 'textbox', 'Naam van het overleg');
    await tabAndType(page, 'textbox', 'Plaats', 'Gemeentehuis', { max: 8 });
    await tabAndPress(page, 'checkbox', 'Reclassering Nederland', { max: 4, key: 'Space' });
    await tabAndType(page, 'combobox', 'Dossiers op de agenda', 'Toetsenbord', { max: 4 });
    await page.getByRole('option', { name: /Toetsenbordsma, T\./ }).waitFor();
    await key('ArrowDown');
    await key('Enter');
    await tabAndPress(page, 'button', 'Overleg opslaan', { max: 3 });
    await expectFocus(page, 'heading', /^Regie- en toedelingsoverleg — /);
    await tabAndType(page, 'textbox', 'Nieuw besluit (Enter voegt toe)', 'Reclassering neemt contact op met de cliënt.', { max: 20 });
    await key('Enter');
    await page.getByText('Reclassering neemt contact op met de cliënt.').waitFor();
    await expectFocus(page, 'textbox', 'Nieuw besluit (Enter voegt toe)');
    expect(await page.getByLabel('Nieuw besluit (Enter voegt toe)').inputValue()).toBe('');
    const [meeting] = await api().call('meetings.list', {});
    const detail = await api().call('meetings.get', { id: meeting!.id });
    expect(detail.partners.map((p) => p.name)).toEqual(['Reclassering Nederland']);
    expect(detail.items[0]!.decisions.map((d) => d.text)).toEqual(['Reclassering neemt contact op met de cliënt.']);
  });

  it('searches the dossier list and opens the result with Enter, then locks and unlocks', async () => {
    const { page } = app;
    await tabAndPress(page, 'button', 'Dossiers', { back: true, max: 30 });
    await expectFocus(page, 'searchbox', 'Zoeken op naam, BSN of inrichting');
    // The list answers the search after a short pause; wait for that answer, not for the row from before typing.
    const searched = page.waitForResponse((r) => r.url().includes('/api/dossiers.list') && (r.request().postData() ?? '').includes('toetsenbordsma'));
    await type('toetsenbordsma');
    await searched;
    await page.getByText('1 dossier', { exact: true }).waitFor();
    await page
      .getByTestId('dossier-list')
      .getByRole('link', { name: /Toetsenbordsma, T\./ })
      .waitFor();
    await tabAndPress(page, 'link', /Toetsenbordsma, T\./, { max: 15 });
    await expectFocus(page, 'heading', 'Tabea Toetsenbordsma');

    // The password dialog gives focus back to its trigger when it closes.
    await tabAndPress(page, 'button', 'Wachtwoord wijzigen', { back: true, max: 30 });
    await expectFocus(page, 'textbox', 'Huidig wachtwoord');
    await key('Escape');
    await expectFocus(page, 'button', 'Wachtwoord wijzigen');

    await tabAndPress(page, 'button', 'Vergrendel nu', { max: 1 });
    await page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();
    expect(app.core.session.status().state).toBe('locked');
    await expectFocus(page, 'textbox', 'Wachtwoord');
    await type(PW);
    await key('Enter');
    // Back where the user was, starting at that page's heading.
    await expectFocus(page, 'heading', 'Tabea Toetsenbordsma');
    expect(app.core.session.status().state).toBe('unlocked');
  });

  it('walks a long virtualised dossier list with the arrow keys and opens the last row', async () => {
    const { page } = app;
    await seedDossiersBulk(app.core.session.requireVault().db, 250, 11);
    await tabAndPress(page, 'button', 'Dossiers', { back: true, max: 20 });
    await expectFocus(page, 'searchbox', 'Zoeken op naam, BSN of inrichting');
    await page.getByText('251 dossiers').waitFor();
    const items = (await api().call('dossiers.list', { sort: 'name', offset: 0, limit: 300 })).items;
    const row = (i: number) => new RegExp(`^${escape(listName(items.at(i)!))}`);
    // From the search field, ArrowDown goes to the first row; the list is one Tab stop, rows follow the arrows.
    await key('ArrowDown');
    await expectFocus(page, 'link', row(0));
    await key('ArrowDown');
    await expectFocus(page, 'link', row(1));
    // End jumps to the last row, which lives on a page not loaded yet.
    await key('End');
    await expectFocus(page, 'link', row(-1));
    await key('Home');
    await expectFocus(page, 'link', row(0));
    await key('ArrowUp');
    await expectFocus(page, 'searchbox', 'Zoeken op naam, BSN of inrichting');
    // One Tab stop: from the list, Tab leaves it rather than walking 251 rows.
    await tabTo(page, 'link', row(0), { max: 12 });
    await key('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="dossier-list"]'))).toBe(false);
    await tabTo(page, 'link', row(0), { back: true, max: 1 });
    await key('End');
    await expectFocus(page, 'link', row(-1));
    const last = items.at(-1)!;
    await key('Enter');
    await page.waitForURL(new RegExp(`#/dossiers/${last.id}$`));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
