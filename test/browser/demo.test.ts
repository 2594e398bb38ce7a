import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { type WebApp, webAppPerFile } from '../helpers/browser.js';
import { demoDataDir } from '../../electron/main/session.js';
import { vaultExists } from '../../db/vault.js';

describe('demo vault from the first screen', () => {
  let app: WebApp;
  webAppPerFile((a) => (app = a));

  it('opens a separate vault of fictional data and closes it again without creating the real one', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Eerst rondkijken met fictieve demogegevens' }).click();
    // Making the demo vault (its key and dozens of dossiers) can take longer than a click's usual wait on a busy machine.
    await page.getByText('Demokluis: alleen fictieve gegevens').waitFor({ timeout: 90_000 });
    expect(vaultExists(demoDataDir(app.dataDir))).toBe(true);
    expect(vaultExists(app.dataDir)).toBe(false);
    expect(app.core.session.status()).toMatchObject({ state: 'unlocked', demo: true });

    await page.getByRole('button', { name: 'Demo afsluiten' }).click();
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    expect(app.core.session.status()).toMatchObject({ state: 'no-vault', demo: false });
    expect(existsSync(app.dataDir) && vaultExists(app.dataDir)).toBe(false);
  });
});
