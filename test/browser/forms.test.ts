import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { apiIdle, apiSettled, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { apiOf, createDossier } from '../helpers/core.js';
import { localTodayIso } from '../../common/calendar.js';
import { addDaysIso } from '../../common/calendar.js';
import { FIXTURE, FIXTURE_MEETING_PLACE, FORM_SPECS, type FieldSpec, type FormSpec } from './forms/registry.js';

/**
 * Every form of test/browser/forms/registry.ts, walked as a coordinator does: opened through clicks, each field found
 * by its Dutch label. First every invalid value, one field at a time with the others valid: that field is marked
 * (aria-invalid and its helper text) with the Dutch message, and the vault's data did not change. Then the valid
 * values are saved, the page reloaded, the form (or where its values show) reopened through clicks, and each value
 * found back. One server and vault for the whole file; the specs run in the registry's order.
 */

const failureShots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'failures');
/** The save's call is sent by the click before the field is marked; a short quiet spell after that is enough. */
const QUIET_MS = 150;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The field by its label; a required field's label ends in " *". */
function field(scope: Locator, f: FieldSpec): Locator {
  const name = new RegExp(`^${escape(f.label)}(\\s*\\*)?$`);
  return f.kind === 'select' ? scope.getByRole('combobox', { name }) : scope.getByLabel(name);
}

async function fill(page: Page, scope: Locator, f: FieldSpec, value: string): Promise<void> {
  const el = field(scope, f);
  if (f.kind === 'select') {
    await el.click();
    await page.getByRole('listbox').getByRole('option', { name: value, exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    return;
  }
  await el.fill(value);
}

/** The field's own marking: aria-invalid and the texts it is described by (MUI's helper text). */
async function marking(el: Locator): Promise<{ invalid: string | null; description: string }> {
  return el.evaluate((e) => ({
    invalid: e.getAttribute('aria-invalid'),
    description: (e.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  }));
}

async function shownValue(el: Locator, f: FieldSpec): Promise<string> {
  return f.kind === 'select' ? ((await el.textContent()) ?? '').trim() : el.inputValue();
}

describe('every form of the registry: valid values found back after a reload, each invalid value marked on its field', () => {
  let app: WebApp;
  /** Everything in the vault except the audit trail (which logs refusals too): equal hashes mean nothing was saved. */
  let dataHash: () => Promise<string>;

  beforeAll(async () => {
    app = await startWebAppInUse();
    app.page.setDefaultTimeout(15_000);
    const fixture = await createDossier(app.core, { ...FIXTURE, institution: 'PI Fictiefstad' });
    await apiOf(app.core).call('meetings.create', { date: addDaysIso(localTodayIso(), 3), place: FIXTURE_MEETING_PLACE, dossierIds: [fixture] });
    const client = app.core.session.requireVault().client;
    dataHash = async () => {
      const { createHash } = await import('node:crypto');
      const h = createHash('sha256');
      const tables = await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name",
      );
      for (const t of tables.rows) {
        const rows = await client.execute(`SELECT * FROM "${String(t['name'])}" ORDER BY rowid`);
        h.update(`#${String(t['name'])}\n${JSON.stringify(rows.rows)}\n`);
      }
      return h.digest('hex');
    };
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    mkdirSync(failureShots, { recursive: true });
    const slug = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await app.page.screenshot({ path: join(failureShots, `formulier-${slug}.png`), fullPage: true }).catch(() => undefined);
    // A failed form may leave a dialog open; the next form starts from a fresh page.
    await app.page.reload();
    await app.page.getByRole('navigation').waitFor();
  });
  afterAll(async () => app?.close());

  const scopeOf = (spec: FormSpec, page: Page): Locator => (spec.scope ? spec.scope(page) : page.getByRole('main'));

  /** Saves as the form does: its button, or a key in the field just filled (quick entry). */
  async function submit(spec: FormSpec, page: Page, from: FieldSpec): Promise<void> {
    if (typeof spec.submit === 'string') await scopeOf(spec, page).getByRole('button', { name: spec.submit, exact: true }).click();
    else await field(scopeOf(spec, page), from).press(spec.submit.key);
  }

  for (const spec of FORM_SPECS) {
    it(`${spec.name} (${spec.methods.join(', ')})`, async () => {
      const { page } = app;
      // The previous form may end in a dialog (an edit dialog reopened to read its values back).
      if (await page.getByRole('dialog').isVisible()) {
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
      }
      await spec.open(page);
      const scope = scopeOf(spec, page);
      for (const f of spec.fields) await fill(page, scope, f, f.valid);

      // Opening a form may write (a plan is made on first view); what counts is what the refusals leave.
      await apiSettled(page);
      const unchanged = await dataHash();
      for (const f of spec.fields) {
        for (const bad of f.invalid) {
          await fill(page, scope, f, bad.value);
          await submit(spec, page, f);
          const el = field(scope, f);
          try {
            await expect.poll(() => marking(el), { timeout: 10_000 }).toMatchObject({ invalid: 'true', description: expect.stringContaining(bad.message) });
          } catch (e) {
            const alerts = await page.getByRole('alert').allTextContents();
            throw new Error(
              `${spec.name}: "${f.label}" = ${JSON.stringify(bad.value.slice(0, 40))} should be marked with "${bad.message}"; ` +
                `the field has ${JSON.stringify(await marking(el))}, the screen's messages ${JSON.stringify(alerts)}`,
              { cause: e },
            );
          }
          await fill(page, scope, f, f.valid);
        }
      }
      // Checked once for all refusals (a refusal that saved anyway also changes the data for good).
      await apiIdle(page, 10_000, QUIET_MS);
      expect(await dataHash(), `${spec.name}: a refused value saved something`).toBe(unchanged);

      await submit(spec, page, spec.fields.at(-1)!);
      await apiIdle(page, 10_000, QUIET_MS);
      await expect.poll(dataHash, { message: `${spec.name}: the valid values were not saved` }).not.toBe(unchanged);

      await page.reload();
      await page.getByRole('navigation').waitFor();
      await (spec.reopen ?? spec.open)(page);
      const again = scopeOf(spec, page);
      if (spec.findBack === 'fields') {
        let tab: string | undefined;
        for (const f of spec.fields) {
          if (f.tab && f.tab !== tab) {
            await page.getByRole('tab', { name: f.tab, exact: true }).click();
            tab = f.tab;
          }
          await expect.poll(() => shownValue(field(again, f), f), { message: `${spec.name}: "${f.label}" after the reload` }).toBe(f.shown ?? f.valid);
        }
      } else {
        for (const f of spec.fields) {
          const shown = f.shown ?? f.valid;
          await expect.poll(() => again.innerText(), { message: `${spec.name}: "${shown}" (${f.label}) after the reload` }).toContain(shown);
        }
      }
    });
  }
});
