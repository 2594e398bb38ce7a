import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSettings } from '../../db/repositories/settings.js';
import { reloadUnlocked, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { tempDirPerFile } from '../helpers/tmp.js';
import { TINY_PNG } from '../fixtures/documents.js';

describe('letterhead settings in the browser: logo and letter templates', () => {
  let app: WebApp;
  const files = tempDirPerFile('nazorg-logo-');
  beforeAll(async () => {
    app = await startWebAppInUse();
    await reloadUnlocked(app.page);
  });
  afterAll(async () => app?.close());

  it('refuses a file that only pretends to be a PNG, then stores a real PNG logo', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByText('Geen logo ingesteld.').waitFor();
    const fake = join(files.dir, 'logo.png');
    writeFileSync(fake, 'GIF89a dit is geen png');
    await page.getByLabel('Logo kiezen…').setInputFiles(fake);
    await page.getByText('Het bestand is geen PNG- of JPEG-afbeelding.').waitFor();
    expect((await getSettings(app.core.session.requireVault().db)).logo).toBe('');

    const real = join(files.dir, 'echt.png');
    writeFileSync(real, Buffer.from(TINY_PNG.split(',')[1]!, 'base64'));
    await page.getByLabel('Logo kiezen…').setInputFiles(real);
    await page.getByText('Het logo is opgeslagen.').waitFor();
    await page.getByRole('img', { name: 'Huidig logo' }).waitFor();
    expect((await getSettings(app.core.session.requireVault().db)).logo).toBe(TINY_PNG);
    await page.reload();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('img', { name: 'Huidig logo' }).waitFor();
  });

  it('an unknown placeholder in a template is named in Dutch and cannot be saved; a valid edit is stored', async () => {
    const { page } = app;
    const body = page.getByLabel('Brieftekst').first();
    const original = await body.inputValue();
    await body.fill(`${original}\n\nGroet aan {{client.roepnaam}}.`);
    await page.getByText('Onbekende plaatshouder: {{client.roepnaam}}.').waitFor();
    expect(await page.getByRole('button', { name: 'Sjablonen bewaren' }).isDisabled()).toBe(true);
    const name = page.getByLabel('Naam van het sjabloon').first();
    const originalName = await name.inputValue();
    await name.fill('');
    await expect
      .poll(() => name.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent))
      .toBe('Geef de sjabloon een naam.');
    await name.fill(originalName);

    await body.fill(`${original}\n\nMet dank aan {{ontvanger.organisatie}}.`);
    await page.getByRole('button', { name: 'Sjablonen bewaren' }).click();
    await page.getByText('De briefsjablonen zijn opgeslagen.').waitFor();
    const stored = await getSettings(app.core.session.requireVault().db);
    expect(stored.letterTemplates[0]!.body).toContain('Met dank aan {{ontvanger.organisatie}}.');
    await page.reload();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect.poll(() => page.getByLabel('Brieftekst').first().inputValue()).toContain('Met dank aan {{ontvanger.organisatie}}.');

    // The main side refuses the same mistake sent around the form.
    await expect(
      app.core.dispatch('settings.update', { letterTemplates: [{ ...stored.letterTemplates[0]!, subject: 'Over {{client.roepnaam}}' }] }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'letterTemplates.0.subject': expect.stringContaining('{{client.roepnaam}}') } } },
    });
  });
});
