import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STATUS_LABELS, type DossierStatus } from '../../common/dossiers/status.js';
import { ACTION_STATUS_LABELS } from '../../common/plan/actions.js';
import { BASIS_STATE_INFO, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import { DEFAULT_COUNTDOWN_TEMPLATE } from '../../common/plan/countdown.js';
import type { PlanView } from '../../common/plan/types.js';
import { startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';

/** What the coordinator should read in English; written out here rather than taken from labels.ts. */
const STATUS_EN: Record<DossierStatus, string> = {
  melding: 'Notice received',
  detentie: 'In detention',
  vrijlating_nadert: 'Release approaching',
  nazorg: 'Aftercare',
  afgesloten: 'Closed',
};
const BASIS_STATE_EN: Record<BasisState, string> = {
  onbekend: 'unknown',
  niet_geregeld: 'not arranged',
  in_gang: 'under way',
  geregeld: 'arranged',
  nvt: 'n/a',
};
const DUTCH_STATUS = new RegExp(`(${Object.values(STATUS_LABELS).join('|')})\\b`);
const RENAMED_DOMAIN = 'Justitie en reclassering';

async function chooseLanguage(page: Page, current: 'Taal' | 'Language', next: 'English' | 'Nederlands') {
  await page.getByLabel(current).click();
  await page.getByRole('option', { name: next }).click();
}

const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

describe('labels from common follow the UI language on a demo vault (English, then Dutch again)', () => {
  let app: WebApp;
  let planDossier = 0;
  let plan: PlanView;
  let closedDossier = 0;
  const api = () => apiOf(app.core);
  const origin = () => new URL(app.page.url()).origin;

  beforeAll(async () => {
    app = await startWebApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
    await chooseLanguage(page, 'Taal', 'English');
    await page.getByRole('button', { name: 'Look around first with fictional demo data' }).click();
    await page.getByText('Demo vault: fictional data only').waitFor();

    // The coordinator's own name for one default domain, to see it shown as typed in both languages.
    const { call } = api();
    const config = await call('plans.config', {});
    await call('plans.updateConfig', { lifeDomains: config.lifeDomains.map((d) => (d.key === 'justitie' ? { ...d, label: RENAMED_DOMAIN } : d)) });

    // A dossier near release whose plan shows every kind of label: proposals, a basisvoorwaarde not in order,
    // an action in progress and a score on a default domain; and a closed dossier with its reason.
    const { items } = await call('dossiers.list', { limit: 500 });
    for (const d of items.filter((x) => x.status === 'detentie' || x.status === 'vrijlating_nadert')) {
      const p = await call('plans.get', { dossierId: d.id });
      const ok =
        p.releaseDate &&
        p.proposals.some((x) => DEFAULT_COUNTDOWN_TEMPLATE.some((t) => t.key === x.templateKey && t.title === x.title)) &&
        p.notInOrder.some((i) => i.kind === 'basis') &&
        p.actions.some((a) => a.status === 'bezig') &&
        p.scores.some((s) => s.domainKey === 'financien');
      if (ok) {
        planDossier = d.id;
        plan = p;
        break;
      }
    }
    closedDossier = items.find((x) => x.status === 'afgesloten')?.id ?? 0;
    expect(planDossier, 'the demo vault has a dossier with a full plan').toBeGreaterThan(0);
    expect(closedDossier, 'the demo vault has a closed dossier').toBeGreaterThan(0);
  });
  afterAll(async () => app?.close());

  const openDossier = async (id: number) => {
    await app.page.goto(`${origin()}/#/dossiers/${id}`);
    await app.page.getByTestId('dossier-status').waitFor();
  };
  const openPlan = async (tab: 'Plan') => {
    await openDossier(planDossier);
    await app.page.getByRole('tab', { name: tab }).click();
    await app.page.getByTestId('plan-tab').waitFor();
  };
  const actionInProgress = () => app.page.locator('[data-testid="action-row"][data-status="bezig"]').first();
  const proposal = () => plan.proposals.find((x) => DEFAULT_COUNTDOWN_TEMPLATE.some((t) => t.key === x.templateKey && t.title === x.title))!;

  it('in English: Vandaag, the dossier list, a closed dossier and the plan tab', async () => {
    const { page } = app;
    const { call } = api();

    // Vandaag: counts per status and the release lists.
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const counts = page.getByRole('region', { name: 'Case files per status' });
    const dashboard = await call('dossiers.dashboard', {});
    for (const s of Object.keys(STATUS_EN) as DossierStatus[])
      await counts.getByText(`${STATUS_EN[s]}: ${dashboard.countsByStatus[s]}`, { exact: true }).waitFor();
    expect(await mainText(page)).not.toMatch(DUTCH_STATUS);

    // The dossier list: status filter and the status column; the basisvoorwaarden strip's accessible name.
    await page.getByRole('button', { name: 'Case files', exact: true }).click();
    const filter = page.getByRole('group', { name: 'Status' });
    for (const label of Object.values(STATUS_EN)) await filter.getByRole('button', { name: label, exact: true }).waitFor();
    await expect.poll(async () => page.getByText(STATUS_EN.detentie, { exact: true }).count()).toBeGreaterThan(1);
    expect(await mainText(page)).not.toMatch(DUTCH_STATUS);
    await expect.poll(async () => page.getByTestId('basis-strip').first().getAttribute('aria-label')).toMatch(/^Basic conditions — Identity document: /);

    // A closed dossier: status, timeline and the closing reason.
    await openDossier(closedDossier);
    await expect.poll(async () => page.getByTestId('dossier-status').innerText()).toBe('Closed');
    // The stepper names every status; the list under it the moves this dossier made.
    for (const label of Object.values(STATUS_EN)) await page.getByText(label, { exact: true }).first().waitFor();
    const timelineText = await page.getByTestId('status-timeline').innerText();
    expect(timelineText).toMatch(/ — (Notice received|In detention|Release approaching|Aftercare|Closed)/);
    expect(timelineText).not.toMatch(DUTCH_STATUS);
    const closed = await call('dossiers.get', { id: closedDossier });
    if (closed.dossier.closingReason) await page.getByText(/^Closed on \d\d-\d\d-\d{4}: /).waitFor();
    expect(await mainText(page)).not.toMatch(/Doel bereikt|Verhuisd naar|Overleden|Weigert medewerking|Opnieuw gedetineerd|Geen contact meer|Andere reden/);

    // The plan tab: countdown, basisvoorwaarden, life domains, scores, actions and proposals.
    await openPlan('Plan');
    await expect.poll(async () => page.getByTestId('countdown-text').innerText()).toMatch(/^(\d+ days? to release|release today|\d+ days? after release)$/);
    await expect.poll(async () => page.getByTestId('plan-summary').innerText()).toMatch(/days? to release|release today|after release/);
    const id = page.getByTestId('basis-id');
    await id.getByText('Identity document', { exact: true }).waitFor();
    await id.getByText('A valid identity card or passport in hand.').waitFor();
    const idState = plan.basis.find((b) => b.key === 'id')!.state;
    await id.getByText(BASIS_STATE_EN[idState], { exact: true }).waitFor();
    const notInOrder = await page.getByTestId('not-in-order').innerText();
    expect(notInOrder).toMatch(/: (still unknown|not arranged|under way)/);
    expect(notInOrder).not.toMatch(/nog onbekend|niet geregeld|in gang/);
    await page.getByTestId('domain-financien').getByRole('heading', { name: 'Finances' }).waitFor();
    await page.getByTestId('domain-justitie').getByRole('heading', { name: RENAMED_DOMAIN }).waitFor();
    expect(await page.getByTestId('domain-financien').innerText()).toMatch(
      /(acute problems|not self-sufficient|limited self-sufficiency|adequate self-sufficiency|complete self-sufficiency)/,
    );
    expect(await page.getByTestId('scores').innerText()).not.toMatch(/zelfredzaam|acute problematiek|Financiën|Huisvesting/);
    expect(await actionInProgress().innerText()).toContain('in progress');
    const p = proposal();
    const title = page.getByTestId(`proposal-${p.templateKey}`).getByRole('textbox', { name: 'What' });
    await expect.poll(async () => title.inputValue()).not.toBe(p.title);
    expect(await title.inputValue()).toMatch(/^[A-Z][a-z]/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('back in Dutch: the same places show the Dutch labels of common again, as the main side made them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await chooseLanguage(page, 'Language', 'Nederlands');
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    const dashboard = await api().call('dossiers.dashboard', {});
    const counts = page.getByRole('region', { name: 'Dossiers per status' });
    for (const s of Object.keys(STATUS_LABELS) as DossierStatus[])
      await counts.getByText(`${STATUS_LABELS[s]}: ${dashboard.countsByStatus[s]}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Dossiers', exact: true }).click();
    for (const label of Object.values(STATUS_LABELS))
      await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: label, exact: true }).waitFor();
    await expect.poll(async () => page.getByTestId('basis-strip').first().getAttribute('aria-label')).toMatch(/^Basisvoorwaarden — Identiteitsbewijs: /);

    await openDossier(closedDossier);
    await expect.poll(async () => page.getByTestId('dossier-status').innerText()).toBe('Afgesloten');
    expect(await page.getByTestId('status-timeline').innerText()).toMatch(DUTCH_STATUS);

    await openPlan('Plan');
    const fresh = await api().call('plans.get', { dossierId: planDossier });
    await expect.poll(async () => page.getByTestId('countdown-text').innerText()).toBe(fresh.countdownText);
    const chips = await page.getByTestId('not-in-order').locator('li').allInnerTexts();
    expect(chips).toEqual(fresh.notInOrder.map((i) => `${i.label}: ${i.detail}`));
    const id = page.getByTestId('basis-id');
    await id.getByText('Identiteitsbewijs', { exact: true }).waitFor();
    await id.getByText(BASIS_STATE_INFO[fresh.basis.find((b) => b.key === 'id')!.state].label, { exact: true }).waitFor();
    await page.getByTestId('domain-financien').getByRole('heading', { name: 'Financiën' }).waitFor();
    await page.getByTestId('domain-justitie').getByRole('heading', { name: RENAMED_DOMAIN }).waitFor();
    expect(await actionInProgress().innerText()).toContain(ACTION_STATUS_LABELS.bezig);
    const p = proposal();
    await expect.poll(async () => page.getByTestId(`proposal-${p.templateKey}`).getByRole('textbox', { name: 'Wat' }).inputValue()).toBe(p.title);
  });
});
