import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf, TEST_PASSWORD } from '../helpers/core.js';
import { seededRandom, syntheticBsn } from '../../db/demo/synthetic.js';

/** The message under a form field (MUI links it as the field's description). */
async function helperText(page: Page, label: string): Promise<string> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await expect.poll(async () => field.getAttribute('aria-describedby')).toBeTruthy();
  const id = (await field.getAttribute('aria-describedby'))!.split(' ')[0]!;
  return (await page.locator(`[id="${id}"]`).textContent())!.trim();
}

async function chooseLanguage(page: Page, current: 'Taal' | 'Language', next: 'English' | 'Nederlands') {
  await page.getByLabel(current).click();
  await page.getByRole('option', { name: next }).click();
}

/** The words of the new-dossier form in each language of the UI. */
const WORDS = {
  en: { menu: 'Case files', add: 'New case file', bsn: 'Citizen service number (BSN)', create: 'Create case file' },
  nl: { menu: 'Dossiers', add: 'Nieuw dossier', bsn: 'BSN', create: 'Dossier aanmaken' },
};

/** Opens a new dossier from the side menu and sends it with only the BSN filled in. */
async function sendNewDossier(page: Page, words: (typeof WORDS)['nl'], bsn: string): Promise<void> {
  await page.getByRole('button', { name: words.menu }).click();
  await page.getByRole('button', { name: words.add }).click();
  await page.getByLabel(words.bsn).fill(bsn);
  await page.getByRole('button', { name: words.create }).click();
}

describe('messages from the main side and the shared rules follow the UI language', () => {
  let app: WebApp;
  const bsn = syntheticBsn(seededRandom(8080));
  const api = () => apiOf(app.core);
  beforeAll(async () => {
    app = await startWebApp();
    const { call } = api();
    const { recoveryCode } = await call('vault.beginSetup', { password: TEST_PASSWORD, repeat: TEST_PASSWORD });
    await call('vault.completeSetup', { lastGroup: recoveryCode.slice(-4) });
    await call('dossiers.create', { achternaam: 'Bestaandtest', bsn });
    await call('vault.lock', {});
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();
  });
  afterAll(async () => app?.close());

  const total = async () => (await api().call('dossiers.list', {})).total;

  it('in English: a wrong password, a bad BSN (client side), a duplicate BSN and a journey rule (main side)', async () => {
    const { page } = app;
    await chooseLanguage(page, 'Taal', 'English');
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();

    // WRONG_PASSWORD comes from the main side with its Dutch message.
    await page.getByLabel('Password', { exact: true }).fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The password is incorrect. Nothing has been changed.' }).waitFor();
    expect(await page.getByText('Het wachtwoord is onjuist').count()).toBe(0);

    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor();

    // The shared schema's rules, checked in the renderer before anything is sent.
    await sendNewDossier(page, WORDS.en, '123456789');
    await expect.poll(() => helperText(page, 'Citizen service number (BSN)')).toBe('This is not a valid BSN: it fails the eleven test. Check the digits.');
    expect(await helperText(page, 'Surname')).toBe('Enter the surname.');
    expect(await page.getByText(/elfproef|Vul de achternaam/).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await total()).toBe(1);

    // DUPLICATE_BSN: the field message is the main side's (the warning above the form is the UI's own text).
    await page.getByRole('textbox', { name: 'Surname', exact: true }).fill('Anderstest');
    await page.getByLabel('Citizen service number (BSN)').fill(bsn);
    await page.getByRole('button', { name: 'Create case file' }).click();
    await page.getByRole('link', { name: 'Open the existing case file' }).waitFor();
    await expect.poll(() => helperText(page, 'Citizen service number (BSN)')).toBe('A case file with this BSN already exists.');
    expect(await page.getByText('Er bestaat al een dossier').count()).toBe(0);
    expect(await total()).toBe(1);

    // A journey rule of common/dossiers/status.ts, refused by the main side.
    await page.getByRole('link', { name: 'Open the existing case file' }).click();
    await page.getByRole('button', { name: 'To: Aftercare' }).click();
    await page.getByRole('dialog').getByLabel('Actual release (dd-mm-yyyy)').fill('');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => helperText(page, 'Actual release (dd-mm-yyyy)')).toBe('Aftercare can only start once the actual release date is known.');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('back in Dutch, the same messages read in Dutch again', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await chooseLanguage(page, 'Language', 'Nederlands');
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();

    await sendNewDossier(page, WORDS.nl, '123456789');
    await expect.poll(() => helperText(page, 'BSN')).toBe('Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.');

    await page.getByLabel('Achternaam').fill('Anderstest');
    await page.getByLabel('BSN').fill(bsn);
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await page.getByRole('link', { name: 'Open het bestaande dossier' }).waitFor();
    await expect.poll(() => helperText(page, 'BSN')).toBe('Er bestaat al een dossier met dit BSN.');
    expect(await total()).toBe(1);

    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('ook niet het wachtwoord');
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Het wachtwoord is onjuist. Er is niets gewijzigd.' }).waitFor();
  });
});
