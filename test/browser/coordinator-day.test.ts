import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { formatDateNl } from '../../common/dates.js';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';
import { fillMunicipalityDetails, pickOption, startWebApp, type WebApp } from '../helpers/browser.js';
import { pdfPageCount, pdfText } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * A coordinator's whole working day, done the way a person does it: only through the screens, finding every
 * control by the Dutch name it shows (role, label or visible text), files through the browser's download and
 * file-chooser events, documents read back from the PDFs. No test ids, no API calls, no database writes.
 * Each step is its own test so the report names the step a person could not do; the steps share one vault.
 *
 * Time: the one thing a day cannot show is an action going overdue. The coordinator records an action whose
 * deadline has already passed (an agreement made on the phone last week), which the action form allows after
 * its "Deadline in het verleden?" confirmation — so the overdue action is made through the screens too.
 */

const PASSWORD = 'fiets regen lantaarn koffie';
const NEW_PASSWORD = 'nieuwe zin na het herstel';
const SECOND_VAULT_PASSWORD = 'andere gemeente eigen kluis';

const today = localTodayIso();
const nl = (iso: string) => formatDateNl(iso);
const release = addDaysIso(today, 20);
const movedRelease = addDaysIso(today, 34);
const noticeDate = addDaysIso(today, -10);
const detentionStart = addDaysIso(today, -12);
const overdueDeadline = addDaysIso(today, -3);

// Obviously fictional; the BSN comes from the synthetic generator and passes the 11-proef.
const resident = {
  achternaam: 'Voorbeeldink',
  voornamen: 'Fictus Demo',
  geboortedatum: '14-07-1990',
  bsn: syntheticBsn(seededRandom(1912)),
  institution: 'PI Fictiefstad',
};
const WIJKTEAM = 'Wijkteam Fictiefdorp';
const BESPREEKPUNT = 'Onderdak na vrijlating is nog niet rond';
const DECISION = 'Wijkteam neemt de regie over het onderdak.';
const MEETING_ACTION = 'Kamer in de opvang regelen';
const OVERDUE_ACTION = 'Uittreksel BRP opvragen bij de gemeente';

const results = join(import.meta.dirname, '..', '..', 'test-results');
const failureShots = join(results, 'screenshots', 'failures');
const downloads = join(results, 'coordinator-day');
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

/** Saves through the browser's download, as a person does; a copy stays in test-results for whoever reads a failure. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync((await d.path())!);
  mkdirSync(downloads, { recursive: true });
  writeFileSync(join(downloads, d.suggestedFilename()), bytes);
  return { name: d.suggestedFilename(), bytes };
}

/** The recovery code as the set-up screen shows it: eight groups of four characters. */
async function shownRecoveryCode(page: Page): Promise<string> {
  const shown = page.getByText(/^\s*[0-9A-Z]{4}([-\s][0-9A-Z]{4}){7}\s*$/).first();
  await shown.waitFor();
  return squeeze((await shown.textContent())!).trim();
}

/** Waits for what a person expects to see; when it does not come, the failure quotes what the screen says instead. */
async function shows(page: Page, expected: Locator, what: string): Promise<void> {
  try {
    await expected.waitFor();
  } catch {
    const said = await page.getByRole('alert').allTextContents();
    throw new Error(`${what} did not appear; the screen's messages: ${JSON.stringify(said)}`);
  }
}

async function containsFocus(l: Locator): Promise<boolean> {
  return l.evaluate((el) => el.contains(document.activeElement));
}

describe("a coordinator's day through the screens, in Dutch labels only", () => {
  let app: WebApp;
  let second: WebApp | null = null;
  const files = tempDir('nazorg-day-files-');
  let recoveryCode = '';
  let exchangeFile = '';
  let exchangePassphrase = '';

  beforeAll(async () => {
    app = await startWebApp();
    // Every step is quick for a person; a control that does not appear within this time is not there.
    app.page.setDefaultTimeout(20_000);
  });
  // A failed step leaves a picture of what the person would have seen, for whoever reads the report.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    mkdirSync(failureShots, { recursive: true });
    const slug = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    for (const [which, a] of [
      ['eerste', app],
      ['tweede', second],
    ] as const)
      await a?.page.screenshot({ path: join(failureShots, `dag-${slug}-${which}.png`), fullPage: true }).catch(() => undefined);
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    files.cleanup();
  });

  const dossierHeading = (page: Page) => page.getByRole('heading', { level: 1, name: new RegExp(resident.achternaam) });

  async function openDossier(page: Page) {
    await page.getByRole('button', { name: 'Dossiers', exact: true }).click();
    await page.getByLabel('Zoeken op naam, BSN of inrichting').fill(resident.bsn);
    // Click in the filtered list, as a coordinator would: a row of the unfiltered list can be replaced under the click.
    await page.getByText('1 dossier', { exact: true }).waitFor();
    await page
      .getByRole('table', { name: 'Dossiers' })
      .getByRole('link', { name: new RegExp(resident.achternaam) })
      .click();
    await dossierHeading(page).waitFor();
  }

  const agendaItem = new RegExp(`^1\\. .*${resident.achternaam}`);
  async function openMeeting(page: Page) {
    await page.getByRole('button', { name: 'Overleg', exact: true }).click();
    await page.getByRole('cell', { name: 'Gemeentehuis Fictiefdorp' }).click();
    await page.getByRole('region', { name: agendaItem }).waitFor();
  }

  async function openPlan(page: Page) {
    await openDossier(page);
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('region', { name: 'Basisvoorwaarden' }).waitFor();
  }

  it('sets up a new vault: a password, the recovery code shown and checked', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Volgende' }).click();
    recoveryCode = await shownRecoveryCode(page);
    const groups = recoveryCode.split(/[-\s]/);
    expect(groups).toHaveLength(8);
    // A wrong last group is refused; the right one creates the vault.
    const check = page.getByLabel(/laatste groep/);
    await check.fill(groups[0] === '0000' ? '1111' : '0000');
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await page
      .getByText(/komt niet overeen|komen niet overeen/i)
      .first()
      .waitFor();
    await check.fill(groups.at(-1)!);
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await page.getByRole('heading', { name: 'Startgids', level: 1 }).waitFor();
  });

  it('first-run guide: the municipality details are saved, the other steps passed as a person would', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Gemeentegegevens', level: 2 }).waitFor();
    await fillMunicipalityDetails(page, 'nazorg@fictiefdorp.example');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    // The remaining steps: the recovery code is confirmed as kept, the optional ones are left for later.
    for (let step = 0; step < 8; step++) {
      if (await page.getByRole('button', { name: 'Startgids afronden' }).isVisible()) break;
      const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
      await heading.waitFor();
      const title = (await heading.textContent())!.trim();
      if (title === 'Herstelcode') {
        await page.getByLabel('Ik heb de herstelcode veilig bewaard').check();
        await page.getByRole('button', { name: 'Volgende' }).click();
      } else {
        await page.getByRole('button', { name: 'Later instellen' }).click();
      }
      await page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true }).waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Startgids afronden' }).click();
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect.poll(() => page.getByLabel('Naam gemeente').inputValue()).toBe('Gemeente Fictiefdorp');
    expect(await page.getByLabel('Naam coördinator').inputValue()).toBe('Zoë Testcoördinator');
  });

  it('adds the wijkteam to the partner register', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Partners', exact: true }).click();
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Soort').click();
    await page.getByRole('option', { name: 'Wijkteam / sociaal team' }).click();
    await dialog.getByLabel('Organisatie').fill(WIJKTEAM);
    await dialog.getByLabel('E-mail').fill('wijkteam@fictiefdorp.example');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: WIJKTEAM }).waitFor();
    await page.getByRole('link', { name: 'Terug naar partners' }).click();
    await page.getByRole('link', { name: WIJKTEAM }).waitFor();
  });

  it('registers a resident from a detention notice', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Dossiers', exact: true }).click();
    await page.getByRole('button', { name: 'Nieuw dossier' }).click();
    await page.getByLabel('Achternaam').fill(resident.achternaam);
    await page.getByLabel('Voornamen').fill(resident.voornamen);
    await page.getByLabel(/^Geboortedatum/).fill(resident.geboortedatum);
    await page.getByLabel('BSN').fill(resident.bsn);
    await page.getByRole('combobox', { name: 'Inrichting (PI)' }).fill(resident.institution);
    await page.getByLabel(/^Datum melding/).fill(nl(noticeDate));
    await page.getByLabel(/^Start detentie/).fill(nl(detentionStart));
    await page.getByLabel(/^Verwachte vrijlating/).fill(nl(release));
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await dossierHeading(page).waitFor();
    await page.getByText('nog 20 dagen tot vrijlating').first().waitFor();
    // The detention facts are on the dossier as typed.
    await page.getByRole('tab', { name: 'Detentie' }).click();
    expect(await page.getByLabel(/^Datum melding/).inputValue()).toBe(nl(noticeDate));
    expect(await page.getByLabel(/^Start detentie/).inputValue()).toBe(nl(detentionStart));
    expect(await page.getByLabel(/^Verwachte vrijlating/).inputValue()).toBe(nl(release));
    expect(await page.getByRole('combobox', { name: 'Inrichting (PI)' }).inputValue()).toBe(resident.institution);
  });

  it('records the basisvoorwaarden', async () => {
    const { page } = app;
    await openPlan(page);
    const basis = page.getByRole('region', { name: 'Basisvoorwaarden' });
    await basis.getByLabel('Identiteitsbewijs: Stand').click();
    await page.getByRole('option', { name: 'in gang' }).click();
    await basis.getByLabel('Identiteitsbewijs: Korte notitie').fill('Pasfoto gemaakt in de PI');
    await basis.getByLabel('Onderdak: Stand').click();
    await page.getByRole('option', { name: 'niet geregeld' }).click();
    await expect.poll(() => basis.getByLabel('Onderdak: Stand').textContent()).toBe('niet geregeld');
    await expect.poll(() => basis.getByLabel('Identiteitsbewijs: Stand').textContent()).toBe('in gang');
    // The note is saved when the field is left.
    await basis.getByLabel('Onderdak: Korte notitie').click();
    await basis
      .getByRole('row', { name: /Identiteitsbewijs/ })
      .getByText(/^gewijzigd /)
      .waitFor();
  });

  it('scores two life domains (leefgebieden) and sees them back', async () => {
    const { page } = app;
    const scores = page.getByRole('region', { name: 'Leefgebieden' });
    const addScore = async (domain: string, score: string, note: string, shown: string) => {
      await scores.getByLabel('Leefgebied').click();
      await page.getByRole('option', { name: domain, exact: true }).click();
      await scores.getByLabel(/^Score/).click();
      await page.getByRole('option', { name: new RegExp(`^${score} — `) }).click();
      await scores.getByLabel('Toelichting').fill(note);
      await scores.getByRole('button', { name: 'Score toevoegen' }).click();
      await shows(page, scores.getByText(shown), `the score for ${domain}`);
    };
    await addScore('Huisvesting', '1', 'Geen adres na vrijlating', `1 — acute problematiek (${nl(today)})`);
    await addScore('Financiën', '2', 'Schulden nog niet in beeld', `2 — niet zelfredzaam (${nl(today)})`);
  });

  it('accepts the countdown proposals', async () => {
    const { page } = app;
    const proposals = page.getByRole('region', { name: 'Voorstellen uit het aftelschema' });
    await proposals.waitFor();
    // The first appointment after release is proposed for the wijkteam just added to the register.
    await expect.poll(async () => (await proposals.getByRole('row', { name: /Eerste afspraak binnen 48 uur/ }).textContent()) ?? '').toContain(WIJKTEAM);
    await proposals.getByRole('button', { name: 'Alle voorstellen overnemen' }).click();
    await proposals.waitFor({ state: 'detached' });
    const actions = page.getByRole('region', { name: 'Acties' });
    const idRow = actions.getByRole('row', { name: /Identiteitsbewijs aanvragen/ });
    await idRow.waitFor();
    expect(await idRow.textContent()).toContain(nl(addDaysIso(release, -14)));
    expect(await actions.getByRole('row', { name: /Eerste afspraak binnen 48 uur/ }).textContent()).toContain(WIJKTEAM);
  });

  it('records an action whose deadline has passed, and finds it overdue in Rappel', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actie toevoegen' });
    await dialog.getByLabel('Wat').fill(OVERDUE_ACTION);
    await dialog.getByLabel('Wie (organisatie)').click();
    await pickOption(page, WIJKTEAM);
    await dialog.getByLabel(/^Deadline/).fill(nl(overdueDeadline));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deadline in het verleden?' });
    await confirm.getByRole('button', { name: 'Ja, deze deadline klopt' }).click();
    await confirm.waitFor({ state: 'detached' });
    const row = page.getByRole('region', { name: 'Acties' }).getByRole('row', { name: new RegExp(OVERDUE_ACTION) });
    await row.getByText('te laat').waitFor();

    await page.getByRole('button', { name: 'Rappel', exact: true }).click();
    const group = page.getByRole('region', { name: WIJKTEAM });
    await group.getByRole('cell', { name: OVERDUE_ACTION }).waitFor();
    await group.getByRole('cell', { name: new RegExp(`${nl(overdueDeadline)} \\(3 dagen te laat\\)`) }).waitFor();
    expect(await group.getByLabel('Tekst van de herinnering').inputValue()).toContain(OVERDUE_ACTION);
    expect(await group.getByRole('link', { name: 'Openen in e-mail' }).getAttribute('href')).toMatch(/^mailto:wijkteam@fictiefdorp\.example\?/);
    await group.getByRole('button', { name: 'Herinnering verstuurd' }).click();
    await page.getByText(/Vastgelegd: herinnering verstuurd voor 1 actie/).waitFor();
  });

  it('moves the release date; a dialog with focus lists each open countdown action with old and new date', async () => {
    const { page } = app;
    await openDossier(page);
    await page.getByRole('tab', { name: 'Detentie' }).click();
    await page.getByLabel(/^Verwachte vrijlating/).fill(nl(movedRelease));
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const question = page.getByRole('dialog', { name: /vrijlatingsdatum/i }).or(page.getByRole('alertdialog', { name: /vrijlatingsdatum/i }));
    await question.waitFor();
    await expect.poll(() => containsFocus(question)).toBe(true);
    await question.getByText(`Van ${nl(release)} naar ${nl(movedRelease)}`).waitFor();
    await question
      .getByRole('row', { name: new RegExp(`Identiteitsbewijs aanvragen.*${nl(addDaysIso(release, -14))}.*${nl(addDaysIso(movedRelease, -14))}`) })
      .waitFor();
    // The action typed by hand is not part of the countdown and does not move.
    expect(await question.getByText(OVERDUE_ACTION).count()).toBe(0);
    await question.getByRole('button', { name: 'Acties verschuiven' }).click();
    await question.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByText('nog 34 dagen tot vrijlating').first().waitFor();
    const actions = page.getByRole('region', { name: 'Acties' });
    expect(await actions.getByRole('row', { name: /Identiteitsbewijs aanvragen/ }).textContent()).toContain(nl(addDaysIso(movedRelease, -14)));
    expect(await actions.getByRole('row', { name: new RegExp(OVERDUE_ACTION) }).textContent()).toContain(nl(overdueDeadline));
  });

  it('holds an allocation meeting (regie- en toedelingsoverleg) with an agenda item, a decision and an action', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Overleg', exact: true }).click();
    await page.getByRole('heading', { name: 'Regie- en toedelingsoverleg', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    // The meeting is today; its date reads the Dutch way.
    const date = page.getByLabel(/^Datum/);
    expect.soft(await date.inputValue(), 'the meeting date field shows dd-mm-jjjj').toBe(nl(today));
    await page.getByLabel('Plaats').fill('Gemeentehuis Fictiefdorp');
    await page.getByLabel(WIJKTEAM).check();
    await page.getByLabel('Reclassering Nederland').check();
    await page.getByLabel('Dossiers op de agenda').fill(resident.achternaam.slice(0, 7));
    await page.getByRole('option', { name: new RegExp(resident.achternaam) }).click();
    await page.getByRole('button', { name: 'Overleg opslaan' }).click();

    const item = page.getByRole('region', { name: agendaItem });
    await item.waitFor();
    await item.getByLabel('Bespreekpunt').fill(BESPREEKPUNT);
    const decision = item.getByLabel('Nieuw besluit (Enter voegt toe)');
    await decision.click();
    await decision.fill(DECISION);
    await decision.press('Enter');
    await item.getByText(DECISION).waitFor();
    const action = item.getByLabel(/^Nieuwe actie: wat @partner deadline/);
    await action.fill(`${MEETING_ACTION} @wijk +7`);
    await item.getByText(`Voor ${WIJKTEAM}, deadline ${nl(addDaysIso(today, 7))}`).waitFor();
    await action.press('Enter');
    await item.getByRole('listitem').filter({ hasText: MEETING_ACTION }).waitFor();
    expect(await action.inputValue()).toBe('');

    // Everything is still there when the meeting is opened again.
    await openMeeting(page);
    const again = page.getByRole('region', { name: agendaItem });
    await again.getByText(DECISION).waitFor();
    expect(await again.getByLabel('Bespreekpunt').inputValue()).toBe(BESPREEKPUNT);
    await again.getByRole('listitem').filter({ hasText: MEETING_ACTION }).waitFor();
  });

  it('downloads the pseudonymised meeting pack (Vergaderstukken) and reads it back: no name, no BSN', async () => {
    const { page } = app;
    await openMeeting(page);
    await page.getByLabel('Cliënten pseudonimiseren (initialen en geboortejaar)').check();
    const pack = await download(page, () => page.getByRole('button', { name: 'Vergaderstukken: Opslaan als PDF' }).click());
    expect(pack.name).toMatch(/\.pdf$/);
    expect(pack.name).not.toContain(resident.achternaam);
    const text = squeeze(pdfText(pack.bytes));
    expect(text).toContain('Vergaderstukken');
    expect(text).toContain('F.D.V. (1990)');
    expect(text).toContain(OVERDUE_ACTION);
    expect(text).not.toContain(resident.achternaam);
    expect(text).not.toContain('Fictus');
    expect(text).not.toContain(resident.bsn);
    expect(text).not.toContain(resident.geboortedatum);
  });

  it('downloads the Verslag with the bespreekpunt, the decision and the action, and reads it back', async () => {
    const { page } = app;
    await openMeeting(page);
    await page.getByLabel('Cliënten pseudonimiseren (initialen en geboortejaar)').uncheck();
    const minutes = await download(page, () => page.getByRole('button', { name: 'Verslag: Opslaan als PDF' }).click());
    expect(minutes.name).not.toContain(resident.achternaam);
    const text = squeeze(pdfText(minutes.bytes));
    expect(text).toContain('Verslag');
    expect(text).toContain('Gemeentehuis Fictiefdorp');
    expect(text).toContain(resident.achternaam);
    expect(text).toContain(DECISION);
    expect(text).toContain(MEETING_ACTION);
    expect(text).toContain(WIJKTEAM);
    expect(text).toContain(BESPREEKPUNT);
  });

  it('downloads the Actieplan of the dossier and reads it back', async () => {
    const { page } = app;
    await openMeeting(page);
    await page.getByRole('region', { name: agendaItem }).getByRole('link', { name: 'Documenten van dit dossier' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Documenten.*${resident.achternaam}`) }).waitFor();
    const plan = await download(page, () => page.getByRole('button', { name: 'Actieplan: Opslaan als PDF' }).click());
    expect(plan.name).not.toContain(resident.achternaam);
    const text = squeeze(pdfText(plan.bytes));
    expect(text).toContain('Actieplan');
    expect(text).toContain(resident.achternaam);
    expect(text).toContain('Gemeente Fictiefdorp');
    expect(text).toContain(nl(movedRelease));
    expect(text).toContain('Identiteitsbewijs aanvragen');
    expect(text).toContain(OVERDUE_ACTION);
    expect(text).toContain(MEETING_ACTION);
    expect(text).toContain('Vertrouwelijk');
    // The scores given this morning are in the plan.
    expect(text).not.toContain('Geen leefgebieden gescoord.');
    expect(text).toContain('Huisvesting');
    expect(text).toContain('Geen adres na vrijlating');
    expect(text).toContain('Schulden nog niet in beeld');
  });

  it('writes the Overdrachtsbrief to the reclassering and reads it back', async () => {
    const { page } = app;
    await openDossier(page);
    await page.getByRole('link', { name: 'Documenten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Documenten.*${resident.achternaam}`) }).waitFor();
    await page.getByLabel('Organisatie').fill('Reclassering Nederland');
    await page.getByLabel('Ter attentie van (optioneel)').fill('mevrouw R. Testmans');
    await page.getByLabel('Straat en huisnummer of postbus').fill('Postbus 999');
    await page.getByLabel('Postcode en plaats').fill('9999 ZZ Voorbeeldstad');
    const letter = await download(page, () => page.getByRole('button', { name: 'Overdrachtsbrief: Opslaan als PDF' }).click());
    expect(letter.name).not.toContain(resident.achternaam);
    const text = squeeze(pdfText(letter.bytes));
    expect(text).toContain('Overdrachtsbrief');
    expect(text).toContain('Retouradres: Gemeente Fictiefdorp, Voorbeeldplein 1, 1234 AB Fictiefdorp');
    for (const line of ['Reclassering Nederland', 'mevrouw R. Testmans', 'Postbus 999', '9999 ZZ Voorbeeldstad']) expect(text).toContain(line);
    expect(text).toContain(`Overdracht nazorg ${resident.voornamen} ${resident.achternaam}`);
    expect(text).toContain(`Op ${nl(movedRelease)} komt`);
    // The open actions under the partner who carries them out.
    expect(text).toMatch(new RegExp(`${WIJKTEAM} ${OVERDUE_ACTION}.*${MEETING_ACTION}`));
    // The letter addresses the contact person named in "Ter attentie van".
    expect(text).toContain('Geachte mevrouw Testmans,');
    expect(text).toContain('Zoë Testcoördinator');
    expect(text).toContain('Vertrouwelijk');
    // The closing greeting and signature stay with the last paragraph of the letter.
    const pages = Array.from({ length: pdfPageCount(letter.bytes) }, (_, i) => squeeze(pdfText(letter.bytes, { page: i + 1 })));
    const greeting = pages.findIndex((p) => p.includes('Met vriendelijke groet,'));
    expect(greeting).toBeGreaterThanOrEqual(0);
    expect(pages[greeting], 'the page with the closing greeting').toContain('Hebt u vragen over deze overdracht?');
  });

  it('exports the dossier to a .nazorg file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Uitwisselen', exact: true }).click();
    await page.getByRole('heading', { name: 'Uitwisselen met collega’s' }).waitFor();
    // The list of dossiers found has a name of its own, so the search field's label points at the field alone.
    await page.getByRole('list', { name: 'Gevonden dossiers' }).waitFor();
    await page.getByLabel('Zoek dossier op naam, BSN of inrichting').fill(resident.achternaam);
    await page.getByRole('checkbox', { name: new RegExp(resident.achternaam) }).check();
    await page.getByText('1 dossier gekozen').waitFor();
    await page.getByLabel('Ontvanger (organisatie en naam)').fill('Gemeente Voorbeeldstad, team nazorg');
    await page.getByLabel('Doel of grondslag van de verstrekking').fill('Verhuizing van de cliënt');
    exchangePassphrase = await page.getByLabel('Wachtwoord voor het bestand').inputValue();
    expect(exchangePassphrase.trim().split(/\s+/).length).toBeGreaterThanOrEqual(6);
    const out = await download(page, () => page.getByRole('button', { name: 'Uitwisselbestand maken' }).click());
    expect(out.name).toMatch(/\.nazorg$/);
    expect(out.name).not.toContain(resident.achternaam);
    expect(out.bytes.includes(Buffer.from(resident.achternaam))).toBe(false);
    expect(out.bytes.includes(Buffer.from(resident.bsn))).toBe(false);
    await page.getByText(/Het uitwisselbestand met 1 dossier is gemaakt/).waitFor();
    exchangeFile = join(files.dir, out.name);
    writeFileSync(exchangeFile, out.bytes);
  });

  it('imports the file into a second vault through its import screen with the passphrase', async () => {
    second = await startWebApp({ browser: app.browser });
    const page = second.page;
    page.setDefaultTimeout(20_000);
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(SECOND_VAULT_PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(SECOND_VAULT_PASSWORD);
    await page.getByRole('button', { name: 'Volgende' }).click();
    const code = await shownRecoveryCode(page);
    await page.getByLabel(/laatste groep/).fill(code.split(/[-\s]/).at(-1)!);
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await page.getByRole('button', { name: 'Startgids sluiten' }).click();
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Uitwisselen', exact: true }).click();
    await page.getByRole('tab', { name: 'Inlezen' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Bestand kiezen').click()]);
    await chooser.setFiles(exchangeFile);
    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill(exchangePassphrase);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    const preview = page.getByRole('region', { name: new RegExp(resident.achternaam) });
    await preview.getByText('Nieuw dossier').first().waitFor();
    await page.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
    await page.getByText(/Ingelezen: 1 nieuw, 0 bijgewerkt\./).waitFor();
    // The button after the import names the dossier it opens.
    await page.getByRole('button', { name: new RegExp(`dossier.*${resident.achternaam}`, 'i') }).click();
    await dossierHeading(page).waitFor();
    await page.getByRole('tab', { name: 'Detentie' }).click();
    expect(await page.getByLabel(/^Verwachte vrijlating/).inputValue()).toBe(nl(movedRelease));
    expect(await page.getByLabel(/^Start detentie/).inputValue()).toBe(nl(detentionStart));
    await page.getByRole('tab', { name: 'Persoon' }).click();
    expect(await page.getByLabel('BSN').inputValue()).toBe(resident.bsn);
  });

  it('locks with "Vergrendel nu" and unlocks with the recovery code, setting a new password', async () => {
    const { page } = app;
    await page.bringToFront();
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstelcode gebruiken' }).click();
    await page.getByLabel(/^Herstelcode/).fill(recoveryCode);
    await page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Ontgrendelen en wachtwoord instellen' }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();

    // The new password is the one that opens the vault now.
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het wachtwoord is onjuist' }).waitFor();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
  });

  it("finds the day's work back after a reload", async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    await openPlan(page);
    await page.getByText('nog 34 dagen tot vrijlating').first().waitFor();
    const basis = page.getByRole('region', { name: 'Basisvoorwaarden' });
    expect(await basis.getByLabel('Identiteitsbewijs: Stand').textContent()).toBe('in gang');
    const actions = page.getByRole('region', { name: 'Acties' });
    await actions
      .getByRole('row', { name: new RegExp(OVERDUE_ACTION) })
      .getByText('te laat')
      .waitFor();
    await actions.getByRole('row', { name: new RegExp(MEETING_ACTION) }).waitFor();
    await page.getByRole('button', { name: 'Overleg', exact: true }).click();
    await page.getByRole('cell', { name: 'Gemeentehuis Fictiefdorp' }).click();
    await page.getByText(DECISION).waitFor();
    await openPlan(page);
    const scores = page.getByRole('region', { name: 'Leefgebieden' });
    await shows(page, scores.getByText(`1 — acute problematiek (${nl(today)})`), 'the Huisvesting score');
    await shows(page, scores.getByText(`2 — niet zelfredzaam (${nl(today)})`), 'the Financiën score');
  });
});
