import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateNl } from '../../common/dates.js';
import { apiIdle, skipFirstRunGuideInVault, startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf, TEST_PASSWORD } from '../helpers/core.js';
import { noticeCorpus } from '../fixtures/intake/notices.js';
import { noticeScanPdf } from '../fixtures/intake/render.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';

/**
 * "Nieuwe melding" in the browser with every request off this computer refused: paste a notice, check the
 * proposals and their source, confirm, reload and find the dossier with the notice as attachment; read a scanned
 * PDF with a progress bar; a later notice for the same BSN shows old and new side by side and updates the dossier.
 * (That the main side's OCR fetches nothing is shown by test/integration/intake-ocr.test.ts, which runs it with
 * the network blocked in the process.)
 */
describe('intake of a notice (web mode, network blocked)', () => {
  let app: WebApp;
  const blocked: string[] = [];
  const corpus = noticeCorpus();
  const portal = corpus.find((n) => n.layout === 'portal' && n.expected.reclasseringOrganisatie)!;
  const letter = corpus.find((n) => n.layout === 'letter')!;
  const e = portal.expected;
  let dossierId = 0;

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.context().route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        blocked.push(route.request().url());
        return route.abort();
      },
    );
    const setup = await app.core.dispatch('vault.beginSetup', { password: TEST_PASSWORD, repeat: TEST_PASSWORD });
    const code = (setup as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
    await app.core.dispatch('vault.completeSetup', { lastGroup: code.slice(-4) });
    await skipFirstRunGuideInVault(app.core);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  });
  afterAll(async () => app?.close());

  it('pastes a notice, shows each proposal with its source, saves only after confirming, and finds it after a reload', async () => {
    const { page } = app;
    const api = apiOf(app.core);
    await page.getByRole('button', { name: 'Dossiers' }).click();
    await page.getByRole('button', { name: 'Nieuwe melding' }).click();
    await page.getByRole('heading', { name: 'Nieuwe melding' }).waitFor();
    await page.getByLabel('Tekst van de melding').fill(portal.text);
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    await page.getByRole('heading', { name: 'Voorstel uit de melding' }).waitFor();

    expect(await page.getByRole('textbox', { name: /^Achternaam/ }).inputValue()).toBe(e.achternaam);
    expect(await page.getByLabel('BSN', { exact: true }).inputValue()).toBe(e.bsn);
    expect(await page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)', { exact: true }).inputValue()).toBe(formatDateNl(e.verwachteVrijlating));
    expect(await page.getByRole('combobox', { name: 'Inrichting (PI)' }).inputValue()).toBe(e.institution);
    expect(await page.getByLabel('Reclasseringsorganisatie', { exact: true }).inputValue()).toBe(e.reclasseringOrganisatie);
    // The mark says how sure, and the words it came from; the BSN's words are highlighted in the notice.
    await expect.poll(() => page.getByTestId('proposal-bsn').textContent()).toContain('Zeker');
    expect(await page.getByTestId('proposal-bsn').textContent()).toContain(`Uit de melding: "${e.bsn}"`);
    expect(await page.getByTestId('intake-source').locator('mark[data-field="bsn"]').textContent()).toBe(e.bsn);
    await page.getByLabel('BSN', { exact: true }).focus();
    await page.getByTestId('intake-source').locator('mark[data-field="bsn"][data-active="true"]').waitFor();
    expect(await page.getByTestId('intake-source').locator('mark[data-active="true"]').count()).toBe(1);
    expect((await api.call('dossiers.list', {})).total).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A correction by the coordinator wins over the proposal.
    await page.getByLabel('Voornamen', { exact: true }).fill('Testje Gecorrigeerd');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    const name = [`Testje Gecorrigeerd`, e.tussenvoegsel, e.achternaam].filter(Boolean).join(' ');
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    dossierId = Number(/#\/dossiers\/(\d+)/.exec(page.url())![1]);

    await page.reload();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Bijlagen' }).click();
    await page.getByRole('cell', { name: /^melding-\d{4}-\d{2}-\d{2}\.pdf/ }).waitFor();
    await page.getByText('Melding, ingelezen bij de intake.').waitFor();
    await page.getByRole('tab', { name: 'Betrokkenen' }).click();
    await page.getByText(e.reclasseringOrganisatie!, { exact: false }).first().waitFor();
    await apiIdle(page);
    expect(blocked).toEqual([]);
  });

  it('reads a scanned PDF with a progress bar and proposes its fields', async () => {
    const { page } = app;
    const scan = await noticeScanPdf(letter.text, { seed: 11, tilt: 0.4 });
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/melding`);
    await page.getByRole('heading', { name: 'Nieuwe melding' }).waitFor();
    await page.getByLabel('Bestand kiezen').setInputFiles({ name: 'scan-melding.pdf', mimeType: 'application/pdf', buffer: scan.pdf });
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/Scan lezen: pagina 1 van 1/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Voorstel uit de melding' }).waitFor({ timeout: 120_000 });
    expect(await page.getByLabel('BSN', { exact: true }).inputValue()).toBe(letter.expected.bsn);
    expect(await page.getByRole('textbox', { name: /^Achternaam/ }).inputValue()).toBe(letter.expected.achternaam);
    expect(blocked).toEqual([]);
  }, 180_000);

  it('cancels reading a scan: nothing is saved', async () => {
    const { page } = app;
    const scan = await noticeScanPdf(letter.text, { seed: 12 });
    await page.getByRole('button', { name: 'Andere melding' }).click();
    await page.getByLabel('Bestand kiezen').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan.pdf });
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Het lezen is afgebroken. Er is niets opgeslagen.').waitFor({ timeout: 60_000 });
    expect((await apiOf(app.core).call('dossiers.list', {})).total).toBe(1);
  }, 120_000);

  it('a notice for the same BSN shows old and new side by side; the chosen release date moves into the history', async () => {
    const { page } = app;
    const api = apiOf(app.core);
    const moved = portal.text
      .replace(/Verwachte datum invrijheidstelling: .*/, 'Verwachte datum invrijheidstelling: 15-03-2027')
      .replace(/Inrichting: .*/, 'Inrichting: PI Zwolle');
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/melding`);
    await page.getByLabel('Tekst van de melding').fill(moved);
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    await page.getByText('Deze melding hoort bij een bestaand dossier').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Verwachte vrijlating (dd-mm-jjjj)' }) });
    expect(await row.getByRole('cell').nth(0).textContent()).toBe(formatDateNl(e.verwachteVrijlating));
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('15-03-2027');
    const takeRelease = page.getByRole('checkbox', { name: 'Verwachte vrijlating (dd-mm-jjjj) overnemen' });
    expect(await takeRelease.isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The coordinator keeps the corrected first names and the institution as they are.
    await page.getByRole('checkbox', { name: 'Voornamen overnemen' }).uncheck();
    await page.getByRole('checkbox', { name: 'Inrichting (PI) overnemen' }).uncheck();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: /Testje Gecorrigeerd/ }).waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Detentie' }).click();
    await page.getByText('Eerdere verwachte vrijlatingsdatums').waitFor();
    expect(await page.getByLabel('Verwachte vrijlating (dd-mm-jjjj)', { exact: true }).inputValue()).toBe('15-03-2027');
    const detail = await api.call('dossiers.get', { id: dossierId });
    expect(detail.dossier).toMatchObject({ voornamen: 'Testje Gecorrigeerd', institution: e.institution, verwachteVrijlating: '2027-03-15' });
    expect(detail.releaseHistory.map((h) => h.date)).toEqual([e.verwachteVrijlating, '2027-03-15']);
    expect((await api.call('dossiers.list', {})).total).toBe(1);
    expect(await api.call('attachments.list', { dossierId })).toHaveLength(2);
    await apiIdle(page);
    expect(blocked).toEqual([]);
  });

  it('a list of notices: preview, a refused line blocks saving until it is unticked, then the new dossier is there after a reload', async () => {
    const { page } = app;
    const bsn = syntheticBsn(seededRandom(991));
    const before = (await apiOf(app.core).call('dossiers.list', {})).total;
    const csv = [
      'Naam;BSN;Geboortedatum;Inrichting;Verwachte datum invrijheidstelling',
      `Verzinkamp, Nepke;${bsn};07-07-1990;PI Sittard;01-08-2027`,
      'Bedachtman, Oefen;123456789;01-01-1980;PI Almelo;01-02-2027',
    ].join('\r\n');
    await page.goto(`${new URL(page.url()).origin}/#/dossiers/melding`);
    await page.getByRole('heading', { name: 'Nieuwe melding' }).waitFor();
    await page.getByLabel('Bestand kiezen').setInputFiles({ name: 'maandoverzicht.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('1 nieuw, 0 bijwerken, 1 geweigerd').waitFor();
    await page.getByText(/BSN: Dit is geen geldig BSN: het voldoet niet aan de elfproef/).waitFor();
    await page.getByRole('button', { name: '2 regels opslaan' }).click();
    await page.getByText('Er zijn geweigerde regels gekozen. Haal hun vinkje weg of verbeter de lijst; er is niets opgeslagen.').waitFor();
    expect((await apiOf(app.core).call('dossiers.list', {})).total).toBe(before);
    await page.getByRole('checkbox', { name: 'Regel 3 opnemen' }).uncheck();
    await page.getByRole('button', { name: '1 regel opslaan' }).click();
    await page.getByText('Opgeslagen: 1 nieuw dossier, 0 bijgewerkt.').waitFor();
    await page.getByRole('button', { name: 'Naar de dossiers' }).click();
    await page.reload();
    await page.getByLabel('Zoeken op naam, BSN of inrichting').fill(bsn);
    await page
      .getByText(/Verzinkamp/)
      .first()
      .waitFor();
    expect((await apiOf(app.core).call('dossiers.list', {})).total).toBe(before + 1);
    expect(blocked).toEqual([]);
  });
});
