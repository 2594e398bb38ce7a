import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import type { ApiResponse } from '../../common/api/contract.js';
import { listProvisions } from '../../db/repositories/provisions.js';
import { fieldMessage, reloadUnlocked, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { parseCsv } from '../helpers/parse-back.js';
import { pdfText } from '../helpers/pdf.js';

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('allocation meeting in the browser: agenda, keyboard entry, documents as PDF downloads', () => {
  let app: WebApp;
  let dossierId = 0;
  async function api<T>(method: string, input: unknown): Promise<T> {
    const r = (await app.core.dispatch(method, input)) as ApiResponse<T>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  }

  beforeAll(async () => {
    app = await startWebAppInUse();
    await api('settings.update', { municipalityName: 'Gemeente Fictiefdorp', coordinatorName: 'Zoë Testcoördinator' });
    await api('partners.create', { type: 'wijkteam', name: 'Wijkteam Oost', email: '', phone: '', note: '' });
    // 'Reclassering Nederland' is in the partner register from the start (seeded with the 3RO).
    const r = await api<{ created: boolean; id: number }>('dossiers.create', {
      achternaam: 'Fictiefsma',
      voornamen: 'Noël',
      geboortedatum: '1991-03-07',
      verwachteVrijlating: addDaysIso(localTodayIso(), 20),
    });
    dossierId = r.id;
    await reloadUnlocked(app.page);
  });
  afterAll(async () => app?.close());

  it('plans a meeting, records a decision and an action from the keyboard, and downloads the partner list and the meeting pack', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Overleg' }).click();
    await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    await page.getByLabel('Plaats').fill('Gemeentehuis');
    await page.getByLabel('Wijkteam Oost').check();
    await page.getByLabel('Reclassering Nederland').check();
    await page.getByLabel('Dossiers op de agenda').fill('Fictief');
    await page.getByRole('option', { name: /Fictiefsma, N\. \(\d{4}\)/ }).click();
    // A meeting without a name: the message stands under the field and nothing is saved.
    const name = page.getByLabel('Naam van het overleg');
    await name.fill(' ');
    await page.getByRole('button', { name: 'Overleg opslaan' }).click();
    await expect.poll(() => fieldMessage(name)).toBe('Geef het overleg een naam.');
    expect(await api('meetings.list', {})).toEqual([]);
    await name.fill('Regie- en toedelingsoverleg');
    await page.getByRole('button', { name: 'Overleg opslaan' }).click();
    await page.getByRole('heading', { name: /1\. Fictiefsma, N\./ }).waitFor();

    const decision = page.getByLabel('Nieuw besluit (Enter voegt toe)');
    await decision.fill('Wijkteam neemt de regie over huisvesting.');
    await decision.press('Enter');
    await page.getByText('Wijkteam neemt de regie over huisvesting.').waitFor();
    expect(await decision.inputValue()).toBe('');
    await decision.press('Enter');
    await expect.poll(() => fieldMessage(decision)).toBe('Beschrijf het besluit.');

    const action = page.getByLabel(/Nieuwe actie: wat @partner deadline/);
    await action.fill('Kamer in de opvang regelen @politie +5');
    await action.press('Enter');
    await page.getByText('Geen partner gevonden voor "@politie".').waitFor();
    await action.fill('Kamer in de opvang regelen @wijk +5');
    await page.getByText(/Voor Wijkteam Oost, deadline/).waitFor();
    await action.press('Enter');
    await page.getByRole('listitem').filter({ hasText: 'Kamer in de opvang regelen' }).waitFor();
    expect(await action.inputValue()).toBe('');
    await action.press('Enter');
    await expect.poll(() => fieldMessage(action)).toContain('Beschrijf de actie.');
    const shots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'overleg.png'), fullPage: true });

    const [listDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Actielijsten per partner: Opslaan als PDF' }).click(),
    ]);
    expect(listDownload.suggestedFilename()).toMatch(/^actielijst-partner-\d{4}-\d{2}-\d{2}\.pdf$/);
    const listText = squeeze(pdfText(readFileSync((await listDownload.path())!)));
    expect(listText).toContain('Actielijst Wijkteam Oost');
    expect(listText).toContain('Kamer in de opvang regelen');

    await page.getByLabel('Cliënten pseudonimiseren (initialen en geboortejaar)').check();
    const [packDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vergaderstukken: Opslaan als PDF' }).click()]);
    const packText = squeeze(pdfText(readFileSync((await packDownload.path())!)));
    expect(packText).toContain('N.F. (1991)');
    expect(packText).not.toContain('Fictiefsma');

    const kinds = (await listProvisions(app.core.session.requireVault().db, 10)).map((p) => p.kind);
    expect(kinds).toEqual(['pdf.vergaderstukken', 'pdf.actielijst']);

    // After a reload the form shows what was saved: the partners ticked, the dossier on the agenda, the decision once.
    await page.reload();
    await page.getByRole('button', { name: 'Agenda en aanwezigen wijzigen' }).click();
    expect(await page.getByLabel('Plaats').inputValue()).toBe('Gemeentehuis');
    expect(await page.getByLabel('Wijkteam Oost').isChecked()).toBe(true);
    expect(await page.getByLabel('Reclassering Nederland').isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Fictiefsma, N\./ }).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Wijkteam neemt de regie over huisvesting.').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Wijkteam neemt de regie over huisvesting.' }).count()).toBe(1);
  });

  it('makes a handover letter for the dossier; missing address lines get Dutch field messages first', async () => {
    const { page } = app;
    await page.goto(`${page.url().split('#')[0]}#/documenten/dossier/${dossierId}`);
    await page.getByRole('heading', { name: /Documenten — Noël Fictiefsma/ }).waitFor();
    await page.getByRole('button', { name: 'Overdrachtsbrief: Opslaan als PDF' }).click();
    await page.getByText('Vul de organisatie in.').waitFor();
    await page.getByText('Vul het adres van de geadresseerde aan.').waitFor();
    const organisation = page.getByLabel('Organisatie');
    expect(await organisation.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('Vul de organisatie in.');
    expect((await listProvisions(app.core.session.requireVault().db, 1))[0]?.kind).not.toBe('pdf.overdrachtsbrief');
    await organisation.fill('Reclassering Nederland');
    await page.getByLabel('Straat en huisnummer of postbus').fill('Postbus 999');
    await page.getByLabel('Postcode en plaats').fill('9999 ZZ Voorbeeldstad');
    await page.getByLabel('Vrijlatingsblad voor de cliënt meesturen').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Overdrachtsbrief: Opslaan als PDF' }).click()]);
    const text = squeeze(pdfText(readFileSync((await download.path())!)));
    expect(text).toContain('Overdracht nazorg Noël Fictiefsma');
    expect(text).toContain('Postbus 999');
    expect(text).toContain('Bijlage: actieplan');
    expect(text).toContain('Bijlagen Actieplan, vrijlatingsblad');
    expect(text).toContain('Uw eerste weken buiten');
    const [provision] = await listProvisions(app.core.session.requireVault().db, 1);
    expect(provision).toMatchObject({ kind: 'pdf.overdrachtsbrief', what: 'Overdrachtsbrief met actieplan en vrijlatingsblad', dossierIds: [dossierId] });
  });

  it('downloads the actions of the meeting as CSV (pseudonymised as chosen) and shows it in the register', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Overleg' }).click();
    await page.getByRole('cell', { name: 'Gemeentehuis' }).click();
    await page.getByRole('heading', { name: /1\. Fictiefsma, N\./ }).waitFor();
    // Recipient and purpose are proposed from the meeting; emptied, the export is refused with a Dutch message.
    const recipient = page.getByLabel('Ontvanger van het bestand (organisatie en naam)');
    expect(await recipient.inputValue()).toBe('Reclassering Nederland, Wijkteam Oost');
    await recipient.fill('');
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    await page.getByRole('button', { name: 'Acties van dit overleg exporteren' }).click();
    await page.getByText('Vul in aan wie u dit verstrekt.').waitFor();
    await recipient.fill('Wijkteam Oost');
    await page.getByLabel('Cliënten pseudonimiseren (initialen en geboortejaar)').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Acties van dit overleg exporteren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^acties-overleg-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['Dossiernummer', 'Cliënt', 'Partner', 'Contactpersoon', 'Actie', 'Leefgebied', 'Deadline', 'Status']);
    expect(rows.slice(1)).toEqual([
      [String(dossierId), 'N.F. (1991)', 'Wijkteam Oost', '', 'Kamer in de opvang regelen', '', expect.stringMatching(/^\d{2}-\d{2}-\d{4}$/), 'open'],
    ]);
    expect(bytes.toString('utf8')).not.toContain('Fictiefsma');
    await page.getByText('Het bestand met de acties van dit overleg is gemaakt', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Verstrekkingen' }).click();
    const table = page.getByRole('table', { name: 'Verstrekkingenregister' });
    const row = table.getByRole('row').filter({ hasText: 'Acties van een overleg (CSV)' });
    await row.waitFor();
    await row.getByText('Wijkteam Oost', { exact: true }).waitFor();
    await row.getByText(/\(1 actie, gepseudonimiseerd\)/).waitFor();
  });

  it('exports the actions of one partner chosen from the register of partners', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Uitwisselen' }).click();
    await page.getByRole('tab', { name: 'Spreadsheets en agenda' }).click();
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Wijkteam Oost');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Openstaande acties');
    await page.getByLabel('Partner', { exact: true }).click();
    await page.getByRole('option', { name: 'Wijkteam Oost' }).click();
    // axe must not look at the menu while it fades out.
    await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Acties per partner exporteren' }).click()]);
    const rows = parseCsv(
      readFileSync((await download.path())!)
        .subarray(3)
        .toString('utf8'),
    );
    expect(rows.slice(1).map((r) => [r[0], r[5]])).toEqual([['Wijkteam Oost', 'Kamer in de opvang regelen']]);
    await page.getByRole('button', { name: 'Verstrekkingen' }).click();
    await page.getByRole('table', { name: 'Verstrekkingenregister' }).getByText('Acties van Wijkteam Oost (open)').waitFor();
  });
});
