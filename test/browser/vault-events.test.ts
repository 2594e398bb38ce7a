import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { vaultPaths } from '../../db/vault.js';
import { apiIdle, skipFirstRunGuideInVault, startWebApp, type WebApp } from '../helpers/browser.js';
import { damagePages } from '../helpers/damage.js';

const PW = 'fiets regen lantaarn koffie';

/**
 * The screen follows the vault without asking: the main side tells the page (web mode's event stream) when the idle
 * timer locks it, when another tab locks or unlocks it, and when another tab's unlock finds it damaged.
 * No step may ask vault.status: the page used to poll it every ten seconds.
 */
describe('vault state pushed to the page', () => {
  let app: WebApp;
  let clock = Date.parse('2026-11-23T09:00:00Z');
  let statusCalls = 0;
  let other: Page;
  const unlockHeading = (page: Page) => page.getByRole('heading', { name: 'Kluis ontgrendelen' });
  const lockButton = (page: Page) => page.getByRole('button', { name: 'Vergrendel nu' });
  const unlockIn = async (page: Page) => {
    await page.getByLabel('Wachtwoord').fill(PW);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  };

  beforeAll(async () => {
    app = await startWebApp({ now: () => clock });
    app.page.context().on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/vault.status') statusCalls++;
    });
    await app.page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
  });
  afterAll(async () => app?.close());

  it('a vault set up elsewhere opens here, and the idle timer shows the unlock screen', async () => {
    const { page, core } = app;
    const started = statusCalls;
    const { recoveryCode } = await core.session.beginSetup(PW);
    await core.session.completeSetup(recoveryCode.slice(-4));
    await skipFirstRunGuideInVault(core);
    await lockButton(page).waitFor();
    await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
    // Vandaag's own reads must be done first: one still running at the lock is refused as locked, and the page
    // then asks the state itself, which would hide whether the push did the work.
    await apiIdle(page);

    clock += 11 * 60_000;
    expect(await core.session.checkIdle()).toBe(true);
    await unlockHeading(page).waitFor();
    expect(statusCalls).toBe(started);
  });

  it('an unlock and a lock in a second tab show in the first', async () => {
    const { page, server } = app;
    other = await page.context().newPage();
    await other.goto(server.newLink());
    await unlockHeading(other).waitFor();
    const started = statusCalls;

    await unlockIn(other);
    await lockButton(other).waitFor();
    await lockButton(page).waitFor();
    await lockButton(other).click();
    await unlockHeading(other).waitFor();
    await unlockHeading(page).waitFor();
    expect(statusCalls).toBe(started);
  });

  it('damage found by an unlock in the second tab shows in the first', async () => {
    const { page } = app;
    const started = statusCalls;
    const db = vaultPaths(app.dataDir).db;
    damagePages(db);

    await unlockIn(other);
    await other.getByTestId('damaged-vault').waitFor();
    await page.getByTestId('damaged-vault-known').getByText('Het dossierbestand is beschadigd').waitFor();
    expect(app.core.session.status().state).toBe('damaged');
    expect(statusCalls).toBe(started);
  });
});
