import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { NO_SESSION_MESSAGE, SECRET_HEADER } from '../../common/api/web-session.js';
import { startWebMode } from '../../electron/cli/web.js';
import { writeLaunchFile } from '../../electron/main/web-browser.js';
import { startWebServer, type RunningWebServer } from '../../electron/main/web-server.js';
import { ensureRendererBuilt, reloadUnlocked, startWebAppInUse, type WebApp } from '../helpers/browser.js';
import { tempDir } from '../helpers/tmp.js';
import { messageText } from '../../common/messages/index.js';

/** Plain HTTP as a hostile local program would send it: it chooses every header itself. */
function post(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { 'Content-Type': 'application/json', ...headers }, setHost: false },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

/** A program on another port of 127.0.0.1 that the coordinator is lured to open: it keeps every Cookie header. */
async function hostileProgram(target: number): Promise<{ server: Server; port: number; cookies: string[] }> {
  const cookies: string[] = [];
  const server = createServer((req, res) => {
    if (req.headers.cookie) cookies.push(req.headers.cookie);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    // Its page also tries the API straight from the browser, with the browser's cookies.
    res.end(
      `<!doctype html><title>Gratis</title><script>fetch('http://127.0.0.1:${target}/api/dossiers.list',{method:'POST',credentials:'include',` +
        `headers:{'Content-Type':'application/json'},body:'{}'}).then(r=>r.text()).then(t=>{document.title='GELUKT '+t},e=>{document.title='MISLUKT'})</script>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, cookies };
}

const origin = (page: Page) => new URL(page.url()).origin;
/** Moves to the dossier list inside the page (no reload), as a click in the side bar does. */
const showDossierList = (page: Page) => page.evaluate(() => void (window.location.hash = '#/dossiers'));

describe('web mode session in the browser', () => {
  let app: WebApp;
  /** A server started in the test in place of the helper's (a restart); closed with the app. */
  let restarted: RunningWebServer | null = null;
  let dossierId = 0;
  beforeAll(async () => {
    app = await startWebAppInUse();
    const r = await app.core.dispatch('dossiers.create', { achternaam: 'Fictiefsma', voornamen: 'Noël', geboortedatum: '1991-04-05' });
    if (!r.ok) throw new Error(r.error.message);
    dossierId = (r.value as { id: number }).id;
    await reloadUnlocked(app.page);
  });
  afterAll(async () => {
    await restarted?.close();
    await app?.close();
  });

  it('drops the one-time code from the address bar and keeps the session over a reload', async () => {
    const { page } = app;
    expect(page.url()).not.toMatch(/code=/);
    await page.reload();
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
  });

  it('a cookie caught by a program on another port opens nothing; our page keeps working', async () => {
    const { page, server } = app;
    const hostile = await hostileProgram(server.port);
    try {
      const lure = await page.context().newPage();
      await lure.goto(`http://127.0.0.1:${hostile.port}/`);
      await expect.poll(() => lure.title()).toMatch(/GELUKT|MISLUKT/);
      // The browser refuses to let the other origin's page read our API, and the API refuses it.
      expect(await lure.title()).not.toContain('Fictiefsma');
      await lure.close();

      // Cookies ignore ports: the hostile program did receive ours, and replays it with every header it can fake.
      const stolen = hostile.cookies.join('; ');
      expect(stolen).toContain(`nazorg_sessie_${server.port}=`);
      const host = `127.0.0.1:${server.port}`;
      for (const headers of <Record<string, string>[]>[
        { Host: host, Origin: `http://${host}`, Cookie: stolen },
        { Host: host, Cookie: stolen },
        { Host: host, Origin: `http://${host}`, Cookie: stolen, [SECRET_HEADER]: 'geraden' },
      ]) {
        const r = await post(server.port, '/api/dossiers.list', headers);
        expect(r.status).toBe(403);
        expect(JSON.parse(r.body).error.message).toBe(messageText(NO_SESSION_MESSAGE));
        expect(r.body).not.toContain('Fictiefsma');
      }
      const fromItsOwnOrigin = await post(server.port, '/api/dossiers.list', { Host: host, Origin: `http://127.0.0.1:${hostile.port}`, Cookie: stolen });
      expect(fromItsOwnOrigin.status).toBe(403);
      expect(fromItsOwnOrigin.body).not.toContain('Fictiefsma');
    } finally {
      hostile.server.close();
    }
    await showDossierList(page);
    await page.getByText('Fictiefsma').first().waitFor();
  });

  it('a link works once: the same link again, as from the browser history, is refused with an explanation', async () => {
    const link = app.server.newLink();
    const first = await app.browser.newContext({ locale: 'nl-NL' });
    const firstPage = await first.newPage();
    await firstPage.goto(link);
    await firstPage.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
    await first.close();

    const second = await app.browser.newContext({ locale: 'nl-NL' });
    const again = await second.newPage();
    await again.goto(link);
    await again.getByRole('heading', { name: 'Deze link is al gebruikt of verlopen' }).waitFor();
    expect(await again.getByText('Fictiefsma').count()).toBe(0);
    await second.close();
  });

  it('the private forwarding page the app hands the browser leads to the app', async () => {
    const tmp = tempDir('nazorg-forward-');
    try {
      const file = writeLaunchFile(tmp.dir, app.server.newLink());
      const ctx = await app.browser.newContext({ locale: 'nl-NL' });
      const page = await ctx.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
      expect(page.url()).toBe(`http://127.0.0.1:${app.server.port}/`);
      await ctx.close();
    } finally {
      tmp.cleanup();
    }
  });

  it('a second copy of the app in the same browser does not take the first one’s session', async () => {
    const tmp = tempDir('nazorg-second-');
    const other = await startWebMode({ dataDir: join(tmp.dir, 'data'), staticDir: ensureRendererBuilt() });
    try {
      const tab = await app.page.context().newPage();
      await tab.goto(other.server.newLink());
      await tab.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
      await tab.close();
      await app.page.reload();
      await showDossierList(app.page);
      await app.page.getByText('Fictiefsma').first().waitFor();
    } finally {
      await other.core.session.shutdown();
      await other.server.close();
      tmp.cleanup();
    }
  });

  it('marks pages and API answers Cache-Control: no-store and turns autocomplete off in the dossier form', async () => {
    const { page } = app;
    const [api, doc] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/')),
      page.waitForResponse((r) => r.request().resourceType() === 'document'),
      page.reload(),
    ]);
    expect(api.headers()['cache-control']).toBe('no-store');
    expect(doc.headers()['cache-control']).toBe('no-store');
    await page.goto(`${origin(page)}/#/dossiers/nieuw`);
    await page.getByLabel('Achternaam').first().waitFor();
    const fields = await page
      .locator('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=password]), main textarea:not([aria-hidden=true])')
      .evaluateAll((els) => els.map((e) => ({ field: e.outerHTML.slice(0, 120), autocomplete: e.getAttribute('autocomplete') })));
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => f.autocomplete !== 'off')).toEqual([]);
  });

  it('prints a document from a hidden frame, without falling back to "save and print yourself"', async () => {
    // A tab of its own: headless Chromium's print preview must not disturb the tab the other steps use.
    const printOnce = async (): Promise<{ crashed: boolean; error?: unknown }> => {
      const page = await app.page.context().newPage();
      let crashed = false;
      page.on('crash', () => (crashed = true));
      try {
        await page.goto(app.server.newLink());
        await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
        await page.goto(`${origin(page)}/#/documenten/dossier/${dossierId}`);
        await page.getByRole('button', { name: 'Actieplan: Afdrukken' }).waitFor();
        const blocked: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|frame-src/i.test(m.text())) blocked.push(m.text());
        });
        await page.getByRole('button', { name: 'Actieplan: Afdrukken' }).click();
        const frame = page.locator('iframe[src^="blob:"]');
        await frame.waitFor({ state: 'attached' });
        await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
        expect(await page.getByText('Afdrukken lukte niet vanuit het programma').count()).toBe(0);
        expect(blocked).toEqual([]);
        return { crashed: false };
      } catch (error) {
        if (!crashed) throw error;
        return { crashed: true, error };
      } finally {
        await page.close().catch(() => undefined);
      }
    };
    // Headless Chromium's print preview now and then takes the tab down with it (a crash of the browser, not a
    // refusal by the app); only then is it tried once more, on a new tab. Any other failure fails at once.
    const first = await printOnce();
    if (first.crashed) {
      console.log('Chromium-tabblad vastgelopen in de afdrukvoorbeeldweergave; één keer opnieuw geprobeerd.');
      const second = await printOnce();
      if (second.crashed) throw second.error;
    }
  });

  it('when the app restarts, every screen says the session is gone and how to get back; "Vergrendel nu" says why it cannot', async () => {
    const { page } = app;
    await page.goto(`${origin(page)}/#/dossiers`);
    await page.getByText('Fictiefsma').first().waitFor();
    // The program restarts on the same port: this page's session is gone, the vault itself is still open.
    const port = app.server.port;
    // Any rebuild of the UI happens before the stop, not while the page waits for the program to come back.
    const staticDir = ensureRendererBuilt();
    await app.server.close();
    restarted = await startWebServer({ dispatch: app.core.dispatch, staticDir, port });

    await page.getByRole('button', { name: 'Vergrendel nu' }).click();
    await page.getByRole('heading', { name: 'Deze pagina heeft geen geldige sessie meer' }).waitFor();
    await page.getByText('Ga naar het venster waarin Nazorgdossier draait en druk op Enter').waitFor();
    await page.getByText('De kluis vergrendelt vanzelf').waitFor();
    expect(await page.getByText('Toegang geweigerd').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vergrendel nu' }).count()).toBe(0);

    // A reload does not bring a list with a stray error back: the same screen, from the first call on.
    await page.reload();
    await page.getByRole('heading', { name: 'Deze pagina heeft geen geldige sessie meer' }).waitFor();

    // A fresh link from the restarted program works again.
    await page.goto(restarted.newLink());
    await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
  });

  it('when the program stops, the page says it can no longer reach it', async () => {
    const { page } = app;
    await restarted!.close();
    restarted = null;
    await showDossierList(page);
    await page.getByRole('heading', { name: 'Nazorgdossier is niet meer bereikbaar' }).waitFor();
  });
});
