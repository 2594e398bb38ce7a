import { describe, expect, it } from 'vitest';
import { _electron as electron } from 'playwright-core';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/cli/electron-binary.js';
import { buildElectronMain } from '../../electron/cli/build-electron.js';
import { ensureRendererBuilt, setUpVaultInBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/tmp.js';

const found = findElectronBinary();
const reason = 'reason' in found ? found.reason : '';
if (reason) console.log(`Electron-test overgeslagen: ${reason}.`);

describe.skipIf(!!reason)('Electron shell (Playwright _electron)', () => {
  it('launches, sets up and unlocks the vault, and closes', async () => {
    ensureRendererBuilt();
    await buildElectronMain();
    const tmp = tempDir('nazorg-electron-');
    const root = join(import.meta.dirname, '..', '..');
    const app = await electron.launch({
      executablePath: (found as { path: string }).path,
      args: [root, '--data-dir', tmp.dir, '--no-sandbox'],
      env: { ...process.env, NAZORG_APP_ROOT: root },
    });
    const page = await app.firstWindow();
    const pw = 'fiets regen lantaarn koffie';
    await setUpVaultInBrowser(page, pw);
    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByLabel('Wachtwoord').fill(pw);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    // The renderer has no Node: the preload exposes one narrow function only.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
    tmp.cleanup();
  });
});
