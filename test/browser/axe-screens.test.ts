import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { routes } from '../../renderer/src/pages/routes.js';
import { apiSettled, startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';
import { FIRST_RUN_STEPS } from '../../common/first-run.js';

const PW = 'fiets regen lantaarn koffie';

/** Normal text in Dutch, the largest text size, and English: every screen must pass axe in each. */
const MODES = [
  { name: 'nl, normale tekst', language: 'nl', textSize: 'normaal' },
  { name: 'nl, extra grote tekst', language: 'nl', textSize: 'extra-groot' },
  { name: 'en, normal text', language: 'en', textSize: 'normaal' },
] as const;
type Mode = (typeof MODES)[number];

/** Display preferences live in the browser's storage (they are needed before unlocking); a reload applies them. */
async function applyMode(page: Page, mode: Mode): Promise<void> {
  await page.evaluate((m) => {
    localStorage.setItem('nazorg.language', m.language);
    localStorage.setItem('nazorg.textSize', m.textSize);
  }, mode);
  await page.reload();
}

/** Waits until the page has its heading and no "Laden…"/"Loading…" left, so axe sees the screen as the user does. */
async function settled(page: Page, label: string): Promise<void> {
  await page
    .locator('main h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => {
      throw new Error(`${label}: no h1 on the page`);
    });
  const loaded = () => page.waitForFunction(() => !/Laden…|Loading…/.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 10_000 });
  await loaded();
  await apiSettled(page);
  // A part that started loading only after the first answers has finished too.
  await loaded();
  // Colours are judged in their final state, not half-way through a button's 250 ms transition.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
}

describe('axe-core on every screen, in normal and larger text and in English', () => {
  let app: WebApp;
  const found: string[] = [];
  const check = async (page: Page, label: string) => {
    for (const v of await seriousA11yViolations(page)) found.push(`${label}: ${v}`);
  };
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(async () => app?.close());

  it('the vault screens: set-up, recovery code, first-run guide, unlock and recovery', async () => {
    const { page } = app;
    // Set-up and its recovery-code step per mode (a reload abandons a half-done set-up, so each mode starts over).
    for (const mode of MODES) {
      await applyMode(page, mode);
      await page.locator('h1').waitFor();
      await check(page, `set-up (${mode.name})`);
      await page.locator('input[type=password]').nth(0).fill(PW);
      await page.locator('input[type=password]').nth(1).fill(PW);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('recovery-code').waitFor();
      await check(page, `recovery code (${mode.name})`);
    }
    const code = (await page.getByTestId('recovery-code').textContent())!.trim();
    await page.getByLabel(/last group/).fill(code.slice(-4));
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'Getting started' }).waitFor();

    // The first-run guide that follows, each of its steps.
    const steps = FIRST_RUN_STEPS.length;
    for (const mode of MODES) {
      await apiOf(app.core).call('settings.update', { firstRunStep: 0 });
      await applyMode(page, mode);
      for (let n = 1; n <= steps; n++) {
        await page.getByText(mode.language === 'en' ? `Step ${n} of ${steps}` : `Stap ${n} van ${steps}`).waitFor();
        await check(page, `first-run guide step ${n} (${mode.name})`);
        if (n < steps) await page.getByRole('button', { name: mode.language === 'en' ? 'Set up later' : 'Later instellen' }).click();
      }
    }
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();

    for (const mode of MODES) {
      await applyMode(page, mode);
      await page.locator('h1').waitFor();
      await check(page, `unlock (${mode.name})`);
      await page.getByRole('button', { name: mode.language === 'en' ? /Use the recovery code/ : /Herstelcode gebruiken/ }).click();
      await page
        .locator('h1')
        .filter({ hasText: mode.language === 'en' ? 'Use the recovery code' : 'Herstelcode gebruiken' })
        .waitFor();
      await check(page, `recovery (${mode.name})`);
    }
    expect(found).toEqual([]);
  });

  it('every route of renderer/src/pages/routes.tsx (and every tab) in a demo vault', async () => {
    const { page } = app;
    await applyMode(page, MODES[0]);
    await page.getByRole('button', { name: 'Eerst rondkijken met fictieve demogegevens' }).click();
    // Making the demo vault (its key and dozens of dossiers) can take longer than a click's usual wait on a busy machine.
    await page.getByText('Demokluis: alleen fictieve gegevens').waitFor({ timeout: 150_000 });
    const api = apiOf(app.core);
    const dossier = (await api.call('dossiers.list', { statuses: ['detentie', 'vrijlating_nadert', 'nazorg'] })).items[0]!;
    const partner = (await api.call('partners.list', {}))[0]!;
    const meeting = (await api.call('meetings.list', {}))[0]!;

    // One sample path per route, so a new page without one fails here instead of going unchecked.
    const samples: Record<string, string[]> = {
      home: ['/'],
      'dossier-new': ['/dossiers/nieuw'],
      intake: ['/dossiers/melding'],
      'dossier-detail': [`/dossiers/${dossier.id}`],
      dossiers: ['/dossiers'],
      overview: ['/overzicht'],
      results: ['/resultaten'],
      rappel: ['/rappel'],
      partners: ['/partners', `/partners/${partner.id}`],
      'plan-settings': ['/plan-instellingen'],
      plan: [`/plan/${dossier.id}`],
      'meeting-detail': [`/overleg/${meeting.id}`],
      meetings: ['/overleg'],
      'dossier-documents': [`/documenten/dossier/${dossier.id}`],
      settings: ['/instellingen'],
      exchange: ['/uitwisselen', `/uitwisselen/inzage/${dossier.id}`],
      backups: ['/reservekopieen'],
      retention: ['/bewaartermijn'],
      register: ['/verstrekkingen'],
      audit: ['/logboek'],
    };
    expect(Object.keys(samples).sort()).toEqual(routes.map((r) => r.id).sort());
    for (const [id, paths] of Object.entries(samples))
      for (const p of paths) expect(routes.find((r) => r.id === id)!.match(p), `${id} answers ${p}`).not.toBeNull();

    const origin = new URL(page.url()).origin;
    for (const mode of MODES) {
      await applyMode(page, mode);
      for (const [id, paths] of Object.entries(samples)) {
        for (const p of paths) {
          await page.goto(`${origin}/#${p}`);
          await settled(page, `${id} ${p} (${mode.name})`);
          await check(page, `${id} ${p} (${mode.name})`);
          // Pages with tabs: every tab is a screen of its own.
          if (id === 'dossier-detail' || (id === 'exchange' && p === '/uitwisselen')) {
            const tabs = page.getByRole('main').getByRole('tab');
            for (let i = 1; i < (await tabs.count()); i++) {
              const tab = tabs.nth(i);
              const name = (await tab.textContent()) ?? String(i);
              await tab.click();
              await settled(page, `${id} ${p} tab "${name}"`);
              await check(page, `${id} ${p} tab "${name}" (${mode.name})`);
            }
          }
        }
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
});
