import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { inDutch } from '../helpers/messages.js';
import { DATE_MESSAGE } from '../../common/date-schema.js';
import { getSettings } from '../../db/repositories/settings.js';
import { type WebApp, fieldMessage, startWebAppInUse } from '../helpers/browser.js';

const DATE_NL = inDutch(DATE_MESSAGE);

describe('bewaartermijn and logboek in the browser', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebAppInUse();
    const { db, client } = app.core.session.requireVault();
    await seedDossiersRealistic(db, 15, 5);
    await client.execute("UPDATE dossiers SET closed_at = '2020-05-01' WHERE status = 'afgesloten'");
    await app.page.reload();
  });
  afterAll(async () => app?.close());

  it('proposes closed dossiers past the retention period and destroys them after a typed confirmation', async () => {
    const { page, core } = app;
    const closed = Number((await core.session.requireVault().client.execute("SELECT count(*) FROM dossiers WHERE status = 'afgesloten'")).rows[0]![0]);
    expect(closed).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Bewaartermijn' }).click();
    await page.getByRole('heading', { name: 'Bewaartermijn en vernietiging' }).waitFor();
    await expect.poll(() => page.getByTestId('retention-row').count()).toBe(closed);
    await page.getByRole('button', { name: /vernietigen…/ }).click();
    await page.getByLabel('Typ het aantal dossiers ter bevestiging').fill('999');
    await page.getByRole('button', { name: 'Definitief vernietigen' }).click();
    await page.getByText('Typ het aantal te vernietigen dossiers ter bevestiging.').waitFor();
    const count = page.getByLabel('Typ het aantal dossiers ter bevestiging');
    expect(await fieldMessage(count)).toBe('Typ het aantal te vernietigen dossiers ter bevestiging.');
    await page.getByLabel('Typ het aantal dossiers ter bevestiging').fill(String(closed));
    await page.getByRole('button', { name: 'Definitief vernietigen' }).click();
    await page.getByText(/vernietigd\./).waitFor();
    await page.getByText('Er zijn geen afgesloten dossiers over de bewaartermijn.').waitFor();
    expect(Number((await core.session.requireVault().client.execute("SELECT count(*) FROM dossiers WHERE status = 'afgesloten'")).rows[0]![0])).toBe(0);
  });

  it('filters the logboek and exports it as CSV', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Logboek' }).click();
    await page.getByRole('heading', { name: 'Logboek', level: 1 }).waitFor();
    await page.getByLabel('Gebeurtenis').click();
    await page.getByRole('option', { name: 'Dossiers vernietigd na bewaartermijn' }).click();
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('radio', { name: "CSV (voor andere programma's)" }).check();
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^logboek-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/Tijdstip;Gebeurtenis;Details/);
    expect(text).toMatch(/retention\.destroyed;count=\d+ retentionYears=2/);
    await page.getByText('1 regel geëxporteerd.').waitFor();
    // A date that names no day is said on its field and asks nothing: the list stays as it was.
    const from = page.getByLabel('Van', { exact: true });
    await from.fill('31-02-2026');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => fieldMessage(from)).toBe(DATE_NL);
    expect(await page.getByTestId('audit-row').count()).toBe(1);
  });

  it('the retention period: a value out of range is named on its field and not saved; a valid one is found back after a reload', async () => {
    const { page, core } = app;
    await page.getByRole('button', { name: 'Bewaartermijn' }).click();
    const years = page.getByLabel('Bewaartermijn (jaren)');
    await expect.poll(() => years.inputValue()).toBe('2');
    for (const [value, message] of [
      ['0', 'Minimaal 1 jaar.'],
      ['21', 'Maximaal 20 jaar.'],
    ] as const) {
      await years.fill(value);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect.poll(() => fieldMessage(years)).toBe(message);
    }
    expect((await getSettings(core.session.requireVault().db)).retentionYears).toBe(2);
    await years.fill('7');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('De bewaartermijn is opgeslagen.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Bewaartermijn' }).click();
    await expect.poll(() => page.getByLabel('Bewaartermijn (jaren)').inputValue()).toBe('7');
    await page.getByText(/worden 7 jaar na afsluiten voorgesteld/).waitFor();
  });
});
