import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { localTodayIso, addDaysIso } from '../../common/calendar.js';
import { formatEuroCents } from '../../common/money.js';
import { discloseCount, discloseShare, formatCount, formatShare } from '../../common/results/disclosure.js';
import { apiIdle, startWebApp, type WebApp } from '../helpers/browser.js';
import { seriousA11yViolations } from '../helpers/axe.js';
import { apiOf } from '../helpers/core.js';

/**
 * The Resultaten screen on the demo vault (web mode, one server and vault for the file). Every figure checked here is
 * counted again in this test from the raw tables with its own SQL and JavaScript, not through db/repositories/results.ts;
 * only the small-number rule itself (common/results/disclosure.ts) is shared, as it is meant to be.
 */
describe('the Resultaten screen (web mode, demo vault)', () => {
  let app: WebApp;
  const today = localTodayIso();
  const year = Number(today.slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const end = to < today ? to : today;
  const db = () => app.core.session.requireVault().db;
  const share = (n: number, base: number) => formatShare(discloseShare(n, base));
  const count = (n: number) => formatCount(discloseCount(n));

  /** The body cells of a table by its accessible name, row header first. */
  const table = async (page: Page, name: string): Promise<string[][]> =>
    page
      .getByRole('table', { name, exact: true })
      .first()
      .evaluate((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.getByRole('button', { name: 'Eerst rondkijken met fictieve demogegevens' }).click();
    // Making the demo vault takes a while on a busy machine.
    await app.page.getByText('Demokluis: alleen fictieve gegevens').waitFor({ timeout: 150_000 });
    await app.page.getByRole('button', { name: 'Resultaten' }).click();
    await app.page.getByRole('heading', { name: 'Resultaten', level: 1 }).waitFor();
    await app.page.getByTestId('figure-released').waitFor();
    await apiIdle(app.page);
  }, 240_000);
  afterAll(async () => app?.close());

  it('shows for this year the same figures as a count of the raw data', async () => {
    const { page } = app;
    const dossierRows = await db().all<{ id: number; rel: string | null; status: string; closedAt: string | null; reason: string | null }>(
      sql`SELECT id, werkelijke_vrijlating AS rel, status, closed_at AS closedAt, closing_reason AS reason FROM dossiers`,
    );
    const released = dossierRows.filter((d) => d.rel !== null && d.rel >= from && d.rel <= end);
    expect(released.length, 'the demo vault releases residents this year').toBeGreaterThan(0);
    expect(await page.getByTestId('figure-released').textContent()).toBe(count(released.length));

    // Day one: per basisvoorwaarde, of the released with a record, the share arranged or not applicable.
    const lines = await db().all<{ id: number; key: string; state: string }>(sql`SELECT dossier_id AS id, key, state FROM day_one_basis`);
    const releasedIds = new Set(released.map((d) => d.id));
    const withRecord = new Set(lines.filter((l) => releasedIds.has(l.id)).map((l) => l.id));
    const ok = (id: number, key: string) => lines.some((l) => l.id === id && l.key === key && (l.state === 'geregeld' || l.state === 'nvt'));
    const five = ['id', 'housing', 'income', 'debts', 'care'];
    const dayOne = await table(page, 'Op orde op de dag van vrijlating');
    const expected = five.map((k) => share([...withRecord].filter((id) => ok(id, k)).length, withRecord.size));
    expected.push(share([...withRecord].filter((id) => five.every((k) => ok(id, k))).length, withRecord.size));
    expect(dayOne.map((r) => r[1])).toEqual(expected);
    expect(dayOne[5]![0]).toBe('Alle vijf');

    // Closed dossiers by reason: closed now, closing date in the year.
    const closed = dossierRows.filter((d) => d.status === 'afgesloten' && d.closedAt !== null && d.closedAt >= from && d.closedAt <= to);
    const closedTable = await table(page, 'Afgesloten dossiers');
    expect(closedTable.at(-1)).toEqual(['Totaal', count(closed.length)]);
    const doelBereikt = closedTable.find((r) => r[0] === 'Doel bereikt')!;
    expect(doelBereikt[1]).toBe(count(closed.filter((d) => d.reason === 'doel_bereikt').length));

    // Per partner: actions with a deadline in the year, not dropped; on time = done on or before the deadline.
    const actions = await db().all<{ partner: string; status: string; deadline: string; done: string | null }>(
      sql`SELECT p.name AS partner, a.status, a.deadline, a.completed_on AS done FROM plan_actions a JOIN partners p ON p.id = a.partner_id
          WHERE a.deadline IS NOT NULL`,
    );
    const inYear = actions.filter((a) => a.deadline >= from && a.deadline <= to && a.status !== 'vervallen');
    const names = [...new Set(inYear.map((a) => a.partner))];
    const partnerTable = await table(page, 'Per partner');
    expect(partnerTable.map((r) => r[0]).sort()).toEqual(names.sort());
    for (const row of partnerTable) {
      const mine = inYear.filter((a) => a.partner === row[0]);
      const onTime = mine.filter((a) => a.status === 'gedaan' && a.done !== null && a.done <= a.deadline).length;
      const done = mine.filter((a) => a.status === 'gedaan').length;
      const open = mine.filter((a) => a.status === 'open' || a.status === 'bezig').length;
      expect(row.slice(1, 4), row[0]).toEqual([count(onTime), count(done - onTime), count(open)]);
    }
    // The demo's partners differ in punctuality: not every partner has the same share on time.
    const onTimeShares = new Set(
      names.map((n) => {
        const mine = inYear.filter((a) => a.partner === n && a.status === 'gedaan');
        return Math.round((mine.filter((a) => a.done! <= a.deadline).length * 10) / Math.max(1, mine.length));
      }),
    );
    expect(onTimeShares.size).toBeGreaterThan(1);

    // Lead time of the ID application: late = not done on or before the release day.
    const idActions = await db().all<{ id: number; status: string; done: string | null }>(
      sql`SELECT dossier_id AS id, status, completed_on AS done FROM plan_actions WHERE template_key = 'id' AND status <> 'vervallen'`,
    );
    const relOf = new Map(released.map((d) => [d.id, d.rel!]));
    const ofReleased = idActions.filter((a) => relOf.has(a.id));
    const late = ofReleased.filter((a) => !(a.status === 'gedaan' && a.done !== null && a.done <= relOf.get(a.id)!)).length;
    const lead = await table(page, 'Doorlooptijden van het aftellen naar vrijlating');
    const idRow = lead.find((r) => r[0] === 'Identiteitsbewijs aangevraagd')!;
    expect([idRow[1], idRow[4]]).toEqual([count(ofReleased.length), share(late, ofReleased.length)]);
  });

  it('explains and applies the small-number rule, also for a quarter', async () => {
    const { page } = app;
    await page.getByText('Om niemand herkenbaar te maken tonen we kleine aantallen niet precies').waitFor();
    await expect.poll(async () => page.locator('main').textContent()).toMatch(/< 5|te weinig om te tonen/);
    // Every definition stands next to its figure.
    await page.getByText('Van de vrijgelaten inwoners met een vastlegging van de dag van vrijlating: het deel bij wie deze basisvoorwaarde').waitFor();

    await page.getByLabel('Periode', { exact: true }).click();
    await page.getByRole('option', { name: 'Kwartaal', exact: true }).click();
    await page.getByLabel('Kwartaal', { exact: true }).click();
    const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    await page.getByRole('option', { name: `Kwartaal ${q}`, exact: true }).click();
    const qFrom = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    await page.getByText(`Cijfers van ${qFrom.split('-').reverse().join('-')} tot en met`).waitFor();
    await apiIdle(page);
    const rows = await db().all<{ rel: string }>(sql`SELECT werkelijke_vrijlating AS rel FROM dossiers WHERE werkelijke_vrijlating IS NOT NULL`);
    const qTo = addDaysIso(`${q === 4 ? year + 1 : year}-${String(q === 4 ? 1 : q * 3 + 1).padStart(2, '0')}-01`, -1);
    const n = rows.filter((r) => r.rel >= qFrom && r.rel <= (qTo < today ? qTo : today)).length;
    await expect.poll(async () => page.getByTestId('figure-released').textContent()).toBe(count(n));
    if (n < 10) {
      const dayOne = await table(page, 'Op orde op de dag van vrijlating');
      expect(dayOne.every((r) => r[1] === 'te weinig om te tonen')).toBe(true);
    }
  });

  it('shows the spending of the year against the budget beside the figures, equal to a sum of the raw costs', async () => {
    const { page } = app;
    const [row] = await db().all<{ spent: number | null }>(
      sql`SELECT SUM(amount_cents) AS spent FROM costs WHERE date >= ${from} AND date <= ${`${year}-12-31`}`,
    );
    expect(row?.spent ?? 0, 'the demo vault has costs this year').toBeGreaterThan(0);
    const overview = page.getByTestId('budget-overview');
    await overview.waitFor();
    expect(await overview.getByTestId('budget-total').textContent()).toContain(formatEuroCents(row!.spent!));
    // The demo's budget is overspent on some kinds of cost: said in words, not only by colour.
    const over = overview.locator('[data-testid="budget-line"][data-over="true"]');
    expect(await over.count()).toBeGreaterThan(0);
    expect(await over.first().textContent()).toContain('Over het budget:');
  });

  it('shows no name, BSN or dossier number, on the page or in what the main side sends', async () => {
    const { page } = app;
    const people = await db().all<{ id: number; achternaam: string; voornamen: string; bsn: string | null }>(
      sql`SELECT id, achternaam, voornamen, bsn FROM dossiers`,
    );
    // The page's own content (the shell around it names the demo vault, not a person), and the API's answer.
    const text = (await page.locator('main').innerText()).toLowerCase();
    const figures = JSON.stringify(await apiOf(app.core).call('results.figures', { period: { kind: 'year', year } })).toLowerCase();
    const word = (s: string) => new RegExp(`(^|[^\\p{L}])${s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    for (const p of people) {
      for (const s of [p.achternaam, ...p.voornamen.split(' '), p.bsn ?? ''].filter((x) => x.length >= 3)) {
        expect(text, 'a name or BSN on the page').not.toMatch(word(s));
        expect(figures, 'a name or BSN in the figures').not.toMatch(word(s));
      }
    }
    expect(figures).not.toMatch(/dossierid/);
    expect(await page.locator('main a[href*="dossiers/"]').count()).toBe(0);
  });

  it('refuses an impossible period with a Dutch message on the field, and passes axe', async () => {
    const { page } = app;
    await page.getByLabel('Periode', { exact: true }).click();
    await page.getByRole('option', { name: 'Van – tot', exact: true }).click();
    await page.getByLabel('Vanaf', { exact: true }).fill('30-02-2026');
    await page.getByLabel('Tot en met', { exact: true }).fill('01-03-2026');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByText('Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.').waitFor();
    await page.getByLabel('Vanaf', { exact: true }).fill('02-03-2026');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    await page.getByLabel('Vanaf', { exact: true }).fill('01-01-2026');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByText('Cijfers van 01-01-2026 tot en met 01-03-2026.').waitFor();
    await apiIdle(page);
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
