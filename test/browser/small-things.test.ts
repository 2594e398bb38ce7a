import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createDossier } from '../../db/repositories/dossier-core.js';
import { dossierFieldsObject } from '../../common/dossiers/schema.js';
import { screenshotPath, skipFirstRunGuide, startWebAppInUse, type WebApp, webAppPerFile } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { unlockedCore } from '../helpers/core.js';
import { tempDirPerFile } from '../helpers/tmp.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';

const PW = 'fiets regen lantaarn koffie';
const PASSPHRASE = 'lantaarn fiets koffie regen molen tulp';
const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The side bar as a coordinator scans it: three headed groups, in this order. */
const MENU: [string, string[]][] = [
  ['Dagelijks werk', ['Vandaag', 'Dossiers', 'Rappel', 'Partners', 'Overleg', 'Uitwisselen']],
  ['Verantwoording', ['Overzicht', 'Resultaten', 'Verstrekkingen', 'Logboek']],
  ['Beheer', ['Leefgebieden en aftelschema', 'Instellingen', 'Reservekopieën', 'Bewaartermijn']],
];

/** Buttons and tabs whose text the browser shows in another case than written (MUI's default is ALL CAPS). */
function recased(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role=button], [role=tab], a.MuiButton-root')]
      .filter((e) => e.textContent?.trim() && getComputedStyle(e).textTransform !== 'none')
      .map((e) => `${e.textContent!.trim()} (${getComputedStyle(e).textTransform})`),
  );
}

/** For each recovery-code group: on how many lines it stands (1 = unbroken), its top, and whether it stays inside the box. */
function groupLines(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((root) => {
    const box = root.querySelector('[data-testid=recovery-code-group]')!.parentElement!;
    const outer = box.getBoundingClientRect();
    return {
      text: box.textContent,
      overflows: box.scrollWidth > box.clientWidth + 1,
      groups: [...root.querySelectorAll('[data-testid=recovery-code-group]')].map((g) => {
        // The lines its characters stand on, whatever the element: one top per line.
        const range = document.createRange();
        range.selectNodeContents(g);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        const r = g.getBoundingClientRect();
        return { lines: tops.size, top: Math.round(r.top), inside: r.left >= outer.left - 1 && r.right <= outer.right + 1 };
      }),
    };
  });
}

describe('small things a user notices (web mode, headless Chromium)', () => {
  let app: WebApp;
  const files = tempDirPerFile('nazorg-kleine-dingen-');
  webAppPerFile((a) => (app = a));

  it('set-up: the demo button named as in the README, sentence case, a recovery code that wraps only between groups, a check label in full', async () => {
    const { page } = app;
    // The largest text on a narrow window: the code must wrap, and may do so only between groups.
    await page.evaluate(() => localStorage.setItem('nazorg.textSize', 'extra-groot'));
    await page.setViewportSize({ width: 520, height: 900 });
    await page.reload();
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    const demoLabel = /knop \*\*(.+?)\*\* op het eerste scherm/.exec(readme)?.[1];
    expect(demoLabel, 'README names the demo button').toBeTruthy();
    await page.getByRole('button', { name: demoLabel!, exact: true }).waitFor();
    expect(await recased(page)).toEqual([]);

    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(PW);
    await page.getByLabel('Herhaal het wachtwoord').fill(PW);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByTestId('recovery-code').waitFor();
    const code = (await page.getByTestId('recovery-code').textContent())!.trim();
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    const screen = await groupLines(page, 'recovery-code');
    expect(screen.text).toBe(code);
    expect(screen.groups).toHaveLength(8);
    expect(
      screen.groups.filter((g) => g.lines !== 1),
      'a group broken over two lines',
    ).toEqual([]);
    expect(new Set(screen.groups.map((g) => g.top)).size, 'the code wraps here (between groups)').toBeGreaterThan(1);
    expect(screen.overflows).toBe(false);

    // The check field's instruction is read in full: not cut off with an ellipsis, not wider than the card.
    const check = page.getByLabel(/laatste groep/);
    const label = await check.evaluate((input) => {
      const l = (input as HTMLInputElement).labels![0]!;
      const card = l.closest('.MuiCard-root')!.getBoundingClientRect();
      const r = l.getBoundingClientRect();
      return { text: l.textContent, cut: l.scrollWidth > l.clientWidth + 1, inside: r.left >= card.left && r.right <= card.right };
    });
    await page.screenshot({ path: screenshotPath('herstelcode-smal.png'), fullPage: true });
    expect(label).toEqual({ text: 'Ter controle: typ de laatste groep van vier tekens van de herstelcode', cut: false, inside: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The printed sheet: the same groups, none broken, none past the border.
    await page.emulateMedia({ media: 'print' });
    try {
      const sheet = await groupLines(page, 'recovery-code-sheet');
      await page.screenshot({ path: screenshotPath('herstelcode-blad.png'), fullPage: true });
      expect(sheet.text).toBe(code);
      expect(sheet.groups.filter((g) => g.lines !== 1 || !g.inside)).toEqual([]);
      expect(sheet.overflows).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }

    await check.fill(code.slice(-4));
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await skipFirstRunGuide(page);
    await page.evaluate(() => localStorage.setItem('nazorg.textSize', 'normaal'));
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.reload();
  });

  it('the side bar in three groups under their headings; every button in sentence case; Vandaag’s counters line up', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: /^Vandaag/, level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const [heading, entries] of MENU) {
      await nav.getByRole('heading', { name: heading, exact: true }).waitFor();
      expect(await nav.getByRole('list', { name: heading, exact: true }).getByRole('button').allInnerTexts()).toEqual(entries);
    }
    // Tab order is reading order: the groups and their entries top to bottom.
    expect(await nav.getByRole('button').allInnerTexts()).toEqual(MENU.flatMap(([, e]) => e));

    await page.getByTestId('plan-figure').first().waitFor();
    expect(await recased(page)).toEqual([]);
    // The four action figures: numbers on one line, in columns of one width.
    const figures = await page.getByTestId('plan-figure').evaluateAll((els) =>
      els.map((e) => {
        const n = e.firstElementChild!.getBoundingClientRect();
        return { top: Math.round(n.top), bottom: Math.round(n.bottom), width: Math.round(e.getBoundingClientRect().width) };
      }),
    );
    expect(figures).toHaveLength(4);
    expect(new Set(figures.map((f) => `${f.top}-${f.bottom}`)).size).toBe(1);
    expect(Math.max(...figures.map((f) => f.width)) - Math.min(...figures.map((f) => f.width))).toBeLessThanOrEqual(1);
    // Dossiers per status: the counts share one right edge, each row one list item ("Nazorg: 0").
    const counts = page.getByTestId('status-counts');
    await counts.getByText('Melding ontvangen: 0', { exact: true }).waitFor();
    const rights = await counts.locator('li > span:last-child').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
    expect(rights.length).toBe(5);
    await page.screenshot({ path: screenshotPath('vandaag-tellers.png'), fullPage: true });
    expect(new Set(rights).size).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('web mode: the backup folder is typed, and the main side names what is wrong with it before keeping it', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // The folder's status is held until a folder has been typed: arriving late, it must not wipe out the typing.
    let answer = () => {};
    const held = new Promise<void>((r) => (answer = r));
    await page.route('**/api/backup.status', async (route) => {
      await held;
      await route.continue();
    });
    await nav.getByRole('button', { name: 'Reservekopieën' }).click();
    await page.getByRole('heading', { name: 'Reservekopieën', level: 1 }).waitFor();
    // No folder dialog in a browser: the field and "Map opslaan".
    expect(await page.getByRole('button', { name: 'Map kiezen…' }).count()).toBe(0);
    const field = page.getByRole('textbox', { name: 'Map', exact: true });
    const save = page.getByRole('button', { name: 'Map opslaan' });

    await field.fill(join(files.dir, 'usb-stikc'));
    answer();
    await page.getByText(/^Standaardmap: /).waitFor();
    await page.unrouteAll({ behavior: 'wait' });
    expect(await field.inputValue()).toBe(join(files.dir, 'usb-stikc'));
    await save.click();
    await page.getByText(/^Deze map bestaat niet\. Controleer het pad/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    const file = join(files.dir, 'notitie.txt');
    writeFileSync(file, 'geen map');
    await field.fill(file);
    await save.click();
    await page.getByText('Dit is een bestand, geen map. Kies een map.', { exact: true }).waitFor();

    await field.fill('reservekopieen');
    await save.click();
    await page.getByText(/^Geef het volledige pad van de map/).waitFor();
    await page.screenshot({ path: screenshotPath('reservekopieen-map-melding.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    const usb = join(files.dir, 'usb-stick');
    mkdirSync(usb);
    await field.fill(usb);
    await save.click();
    await page.getByText('De map voor reservekopieën is opgeslagen.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Map', exact: true }).inputValue()).toBe(usb);
  });

  it('exchange: the password can be shown and hidden; after an import the button names the dossier', async () => {
    const { page } = app;
    // Another municipality's vault makes the file (through the API; this screen is about receiving it).
    const other = await unlockedCore();
    const path = join(files.dir, 'uitwisseling.nazorg');
    try {
      const r = await createDossier(
        other.core.session.requireVault().db,
        dossierFieldsObject.parse({
          achternaam: 'Testmans',
          voornamen: 'Jantje Proef',
          geboortedatum: '1990-06-15',
          bsn: syntheticBsn(seededRandom(1215)),
          woonplaats: 'Fictiefdorp',
          institution: 'PI Fictief',
        }),
      );
      if (!r.created) throw new Error('seed');
      const file = await other.call('exchange.export', {
        dossierIds: [r.id],
        sections: ['person', 'detention'],
        recipient: 'Gemeente Proefstad',
        purpose: 'Verhuizing van de cliënt',
        passphrase: PASSPHRASE,
      });
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
    } finally {
      await other.close();
    }

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Uitwisselen' }).click();
    // Making a file: the proposed password is shown (to read out on the phone) and can be hidden.
    const proposal = page.getByLabel('Wachtwoord voor het bestand');
    await expect.poll(() => proposal.inputValue()).not.toBe('');
    expect(await proposal.getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Wachtwoord verbergen' }).click();
    expect(await proposal.getAttribute('type')).toBe('password');
    expect(await recased(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Inlezen' }).click();
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(path);
    const pass = page.getByLabel('Wachtwoord dat u telefonisch kreeg');
    await pass.fill(PASSPHRASE);
    expect(await pass.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Wachtwoord tonen' }).click();
    expect(await pass.getAttribute('type')).toBe('text');
    expect(await pass.inputValue()).toBe(PASSPHRASE);
    await page.getByRole('button', { name: 'Wachtwoord verbergen' }).click();
    expect(await pass.getAttribute('type')).toBe('password');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    // The name the preview showed is the name the button uses afterwards.
    const name = (await page.getByRole('heading', { level: 3 }).first().innerText()).trim();
    expect(name).toMatch(/Testmans/);
    await page.getByRole('button', { name: 'Inlezen bevestigen' }).click();
    await page.getByText('Ingelezen: 1 nieuw, 0 bijgewerkt.', { exact: false }).waitFor();
    const open = page.getByRole('button', { name: `Open dossier ${name}`, exact: true });
    await open.waitFor();
    expect(await page.getByRole('button', { name: /#\d/ }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('inlezen-open-dossier.png'), fullPage: true });
    await open.click();
    await page.waitForURL(/#\/dossiers\/\d+$/);
    await page.getByRole('heading', { name: /Testmans/, level: 1 }).waitFor();
  });
});

describe('the desktop app chooses the backup folder with its folder dialog (stood in for: Electron cannot start here)', () => {
  let app: WebApp;
  const files = tempDirPerFile('nazorg-mapkiezer-');
  let picked: string | null = null;
  beforeAll(async () => {
    app = await startWebAppInUse({ capabilities: { chooseFolder: async () => picked } });
    await app.page.reload();
  });
  afterAll(async () => app?.close());

  it('"Map kiezen…" opens the dialog; the choice is checked, kept and shown; the default can come back', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Reservekopieën' }).click();
    const choose = page.getByRole('button', { name: 'Map kiezen…' });
    await choose.waitFor();
    expect(await page.getByRole('button', { name: 'Map opslaan' }).count()).toBe(0);
    const field = page.getByRole('textbox', { name: 'Map', exact: true });
    expect(await field.getAttribute('readonly')).not.toBeNull();

    // Cancelling the dialog changes nothing.
    picked = null;
    await choose.click();
    await expect
      .poll(() => app.core.dispatch('backup.status', {}).then((r) => (r as { value: { isDefaultFolder: boolean } }).value.isDefaultFolder))
      .toBe(true);

    // A file chosen where a folder belongs: named on the field.
    const file = join(files.dir, 'notitie.txt');
    writeFileSync(file, 'geen map');
    picked = file;
    await choose.click();
    await page.getByText('Dit is een bestand, geen map. Kies een map.', { exact: true }).waitFor();

    const usb = join(files.dir, 'usb-stick');
    mkdirSync(usb);
    picked = usb;
    await choose.click();
    await page.getByText('De map voor reservekopieën is opgeslagen.').waitFor();
    await expect.poll(() => field.inputValue()).toBe(usb);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Standaardmap gebruiken' }).click();
    await expect
      .poll(() => app.core.dispatch('backup.status', {}).then((r) => (r as { value: { isDefaultFolder: boolean } }).value.isDefaultFolder))
      .toBe(true);
    await expect.poll(() => field.inputValue()).toBe(join(app.dataDir, 'backups'));
  });
});
