import { describe, expect, it } from 'vitest';
import { screenshotPath, skipFirstRunGuide, type WebApp, webAppPerFile } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';

const PW = 'fiets regen lantaarn koffie';

describe('vault in the browser (web mode, headless Chromium)', () => {
  let app: WebApp;
  let code = '';
  webAppPerFile((a) => (app = a));

  it('sets up a vault, shows the recovery code, locks, refuses a wrong password and unlocks', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A short password gets the Dutch rule, nothing is created.
    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill('kort');
    await page.getByLabel('Herhaal het wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText(/minstens 12 tekens, bijvoorbeeld een zin/).waitFor();

    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(PW);
    await page.getByLabel('Herhaal het wachtwoord').fill(PW);
    await page.getByRole('button', { name: 'Volgende' }).click();
    code = (await page.getByTestId('recovery-code').textContent())!.trim();
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    // A wrong confirmation is refused; the right last group creates the vault.
    await page.getByLabel(/laatste groep/).fill('0000');
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await page
      .getByText(/komt niet overeen|komen niet overeen/i)
      .first()
      .waitFor();
    await page.getByLabel(/laatste groep/).fill(code.slice(-4));
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await skipFirstRunGuide(page);

    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();
    await page.screenshot({ path: screenshotPath('ontgrendelen.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The unlock screen speaks English on request, and back.
    await page.getByLabel('Taal').click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    await page.getByLabel('Language').click();
    await page.getByRole('option', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();

    await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het wachtwoord is onjuist' }).waitFor();

    await page.getByLabel('Wachtwoord').fill(PW);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    expect(app.core.session.status().state).toBe('unlocked');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('changes the password and unlocks with the recovery code after "forgetting" it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByLabel('Huidig wachtwoord').fill(PW);
    await page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill('tweede wachtwoord van vandaag');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('tweede wachtwoord van vandaag');
    await page.getByRole('button', { name: 'Wijzigen' }).click();
    await page.getByText('Het wachtwoord is gewijzigd').waitFor();

    // Settings survive what follows.
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByLabel('Naam gemeente').fill('Gemeente Fictiefdorp');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();

    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('button', { name: /Herstelcode gebruiken/ }).click();
    await page.getByLabel(/Herstelcode \(8 groepen/).fill('0000-0000-0000-0000-0000-0000-0000-0000');
    await page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill('derde wachtwoord na herstel');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('derde wachtwoord na herstel');
    await page.getByRole('button', { name: /Ontgrendelen en wachtwoord instellen/ }).click();
    await page.getByText('De herstelcode is onjuist').waitFor();

    await page.getByLabel(/Herstelcode \(8 groepen/).fill(code.toLowerCase());
    await page.getByRole('button', { name: /Ontgrendelen en wachtwoord instellen/ }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect.poll(() => page.getByLabel('Naam gemeente').inputValue()).toBe('Gemeente Fictiefdorp');
  });
});
