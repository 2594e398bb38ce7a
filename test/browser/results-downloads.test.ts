import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showCount } from '../../common/results/figures.js';
import { DEMO_SEEDERS } from '../../electron/cli/demo-vault.js';
import { type WebApp, startWebAppInUse } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';

/** The downloads of the Resultaten screen, clicked by their Dutch labels on a demo vault, then found in the register. */
describe('Resultaten: rapport, CSV en bijdrageregeling downloaden', () => {
  let app: WebApp;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    app = await startWebAppInUse();
    const vault = app.core.session.requireVault();
    for (const seed of DEMO_SEEDERS) await seed(vault, { dossiers: 30, seed: 2026 });
    await app.page.reload();
  }, 120_000);
  afterAll(async () => app?.close());

  async function download(label: string): Promise<Download> {
    const [file] = (await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: label, exact: true }).click()])) as [
      Download,
      void,
    ];
    await app.page.getByText(`${file.suggestedFilename()} is gemaakt en staat in het verstrekkingenregister`).waitFor();
    return file;
  }

  it('the report PDF, its CSV and the contribution overview carry the figures of the year shown, and land in the register', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Resultaten' }).click();
    await page.getByRole('heading', { name: 'Rapporten voor deze periode' }).waitFor();
    const figures = await app.core.dispatch('results.figures', { period: { kind: 'year', year } });
    const released = showCount((figures as { ok: true; value: { released: Parameters<typeof showCount>[0] } }).value.released);

    const pdf = await download('Rapport (PDF)');
    expect(pdf.suggestedFilename()).toBe(`resultaten-nazorg-${year}.pdf`);
    const text = pdfText(readFileSync((await pdf.path())!));
    expect(text).toContain(`Periode: ${year} (01-01-${year} t/m 31-12-${year})`);
    expect(
      text
        .split('\n')
        .find((l) => /^\s*Vrijgelaten inwoners\s{2,}/.test(l))
        ?.trim()
        .split(/\s{2,}/)
        .at(-1)
        ?.replace(/\s/g, ''),
    ).toBe(released.replace(/\s/g, ''));

    const csv = await download('Cijfers voor Excel (CSV)');
    const rows = parse(readFileSync((await csv.path())!, 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['Cijfer'] === 'Vrijgelaten inwoners')?.['Waarde']).toBe(released);

    const scheme = await download('Bijdrageregeling wonen en werk (PDF)');
    expect(pdfText(readFileSync((await scheme.path())!))).toContain('Begeleid naar huisvesting');
    await download('Bijdrageregeling wonen en werk (CSV)');

    await page.getByRole('button', { name: 'Verstrekkingen' }).click();
    await page.getByText(`Resultatenrapportage nazorg (PDF), ${year} — bevat geen persoonsgegevens (alleen totalen)`).waitFor();
    await page.getByText(`Cijfers bijdrageregeling wonen en werk (PDF), ${year} — bevat geen persoonsgegevens (alleen totalen)`).waitFor();
  }, 120_000);
});
