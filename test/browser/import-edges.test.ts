import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeExchangeFile } from '../../electron/main/exchange/exchange-file.js';
import { type WebApp, startWebAppInUse } from '../helpers/browser.js';
import { tempDirPerFile } from '../helpers/tmp.js';
import { exchangePayload, FAST_KDF } from '../helpers/exchange-payload.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';

const PASS = 'vuurtoren kiwi zadel bloesem mikado storm';

/** A file of `bytes` bytes that takes no room on disk (sparse): nothing of it is written. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

describe('import screen: size first, every read error shown, the form rules named (web mode)', () => {
  let app: WebApp;
  const files = tempDirPerFile('nazorg-import-edges-');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startWebAppInUse();
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    await app.page.reload();
    await app.page.getByRole('button', { name: 'Uitwisselen' }).click();
    await app.page.getByRole('tab', { name: 'Inlezen' }).click();
  });
  afterAll(async () => app?.close());

  it('a 1 GB file is refused by its size before it is read, with the Dutch message', async () => {
    const { page } = app;
    const big = join(files.dir, 'groot.nazorg');
    sparseFile(big, 1024 * 1024 * 1024);
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(big);
    await page.getByText('Het gekozen bestand is 1.024 MB; een uitwisselbestand is hoogstens 200 MB.', { exact: false }).waitFor();
    await expect(page.getByText('Er is niets ingelezen.', { exact: false }).count()).resolves.toBeGreaterThan(0);
    // The file was not taken: checking asks for a file.
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Nog geen bestand gekozen.').first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a file that can no longer be read (changed after choosing) says so instead of failing silently', async () => {
    const { page } = app;
    const path = join(files.dir, 'verplaatst.nazorg');
    writeFileSync(path, Buffer.alloc(64, 1));
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(path);
    await page.getByText('verplaatst.nazorg').waitFor();
    // Changed on disk after it was chosen (a stick swapped, a sync tool rewriting it): the browser refuses to read it.
    writeFileSync(path, Buffer.alloc(128, 2));
    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill(PASS);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Het gekozen bestand kon niet worden gelezen.', { exact: false }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a dossier that breaks a form rule is refused with the form message, the dossier and the field', async () => {
    const { page } = app;
    const person = { ...syntheticPerson(seededRandom(1217), 1), achternaam: 'Testmans', tussenvoegsel: '', voornamen: 'Fictief', geboortedatum: '9999-12-31' };
    const file = await encodeExchangeFile(exchangePayload(['person'], [{ ref: 'x', person }]), PASS, FAST_KDF);
    const path = join(files.dir, 'regels.nazorg');
    writeFileSync(path, file);
    await page.getByLabel('Uitwisselbestand (.nazorg)').setInputFiles(path);
    await page.getByLabel('Wachtwoord dat u telefonisch kreeg').fill(PASS);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page
      .getByText('Dossier 1 in het bestand (Testmans, F.), veld "Geboortedatum": De geboortedatum ligt in de toekomst. Er is niets ingelezen.')
      .waitFor();
    expect(await page.getByText('Wat wordt ingelezen').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
