import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vaultPaths } from '../../db/vault.js';
import { openScreen, type WebApp, startWebAppInUse, screenshotPath } from '../helpers/browser.js';
import { damagePages } from '../helpers/damage.js';

const PW = 'fiets regen lantaarn koffie';

async function probeCount(app: WebApp): Promise<number> {
  const r = await app.core.session.requireVault().client.execute('SELECT count(*) FROM probe');
  return Number(r.rows[0]![0]);
}

describe('reservekopieën in the browser', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebAppInUse();
    const { client } = app.core.session.requireVault();
    await client.execute('CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER)');
    await client.batch(
      Array.from({ length: 300 }, (_, i) => ({ sql: 'INSERT INTO probe (n) VALUES (?)', args: [i] })),
      'write',
    );
    await app.page.reload();
  });
  afterAll(async () => app?.close());

  it('makes a copy, lists it with date and counts, and restores it after confirmation', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    await openScreen(page, 'Reservekopieën');
    await page.getByRole('button', { name: 'Nu reservekopie maken' }).click();
    await page.getByText(/Reservekopie gemaakt en gecontroleerd/).waitFor();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('backup-row').first().textContent()).toMatch(/probe|logboekregels/);

    // Data entered after the copy ...
    await app.core.session.requireVault().client.execute('DELETE FROM probe WHERE n < 100');
    expect(await probeCount(app)).toBe(200);

    // ... is gone after restoring; cancelling first changes nothing.
    const restoreNewest = page
      .getByTestId('backup-row')
      .first()
      .getByRole('button', { name: /Terugzetten/ });
    await restoreNewest.click();
    await page.getByRole('dialog').getByText('Deze kopie bevat:').waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await probeCount(app)).toBe(200);
    await restoreNewest.click();
    await page.screenshot({ path: screenshotPath('reservekopie-terugzetten.png') });
    await page.getByRole('button', { name: 'Ja, terugzetten' }).click();
    await page.getByText(/is teruggezet/).waitFor();
    expect(await probeCount(app)).toBe(300);
    await page.getByText('Vóór terugzetten').waitFor();
  });

  it('the backup folder: a refused folder is named on its field and changes nothing', async () => {
    const { page } = app;
    const folder = page.getByLabel('Map', { exact: true });
    const described = () => folder.evaluate((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent);
    for (const [value, message] of [
      [`/${'a'.repeat(1001)}`, 'Het pad is te lang.'],
      [
        `${app.dataDir}/bestaat-niet`,
        'Deze map bestaat niet. Controleer het pad of maak de map eerst aan; is het een USB-stick of netwerkmap, sluit die dan aan.',
      ],
    ]) {
      await folder.fill(value!);
      await page.getByRole('button', { name: 'Map opslaan' }).click();
      await expect.poll(described).toBe(message);
    }
    expect(await app.core.dispatch('backup.status', {})).toMatchObject({ ok: true, value: { isDefaultFolder: true } });
  });

  it('a damaged vault is explained at unlock and the newest good copy is restored from there', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('heading', { name: 'Kluis ontgrendelen' }).waitFor();
    const db = vaultPaths(app.dataDir).db;
    damagePages(db);

    await page.getByLabel('Wachtwoord').fill(PW);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByText('Het dossierbestand is beschadigd').waitFor();
    await page.getByText(/reservekopie(ën)? gevonden/).waitFor();
    await page.screenshot({ path: screenshotPath('beschadigd-dossierbestand.png') });
    await page.getByRole('button', { name: 'Nieuwste goede reservekopie terugzetten' }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    // The newest good copy is the one saved just before the earlier restore (200 rows).
    expect(await probeCount(app)).toBe(200);
  });
});
