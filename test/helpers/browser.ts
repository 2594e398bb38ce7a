import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { updateSettings } from '../../db/repositories/settings.js';
import { startWebMode } from '../../electron/cli/web.js';
import type { Core } from '../../electron/main/core.js';
import type { ShellCapabilities } from '../../electron/main/handlers/context.js';
import type { RunningWebServer } from '../../electron/main/web-server.js';
import { TEST_PASSWORD } from './core.js';
import { tempDir } from './tmp.js';

/** Debian's chromium by default; CHROME_PATH overrides it on other machines. */
export function chromiumPath(): string | null {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Geen Chromium gevonden: installeer het Debian-pakket chromium of zet CHROME_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

const root = join(import.meta.dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the UI when it is missing or older than its sources, so a browser test never clicks through a stale build. */
export function ensureRendererBuilt(): string {
  const dir = join(root, 'dist', 'renderer');
  const index = join(dir, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'common')));
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (StrictMode double effects
  // and all); the tests must drive the production build that users get.
  if (stale)
    execSync(`"${process.execPath}" node_modules/vite/bin/vite.js build --logLevel warn`, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  return dir;
}

/** A real web-mode app on a temporary data folder, with a browser page already through the token link. */
export interface WebApp {
  core: Core;
  server: RunningWebServer;
  browser: Browser;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * `capabilities` stands in for what only the desktop shell has (its folder dialog), to drive those screens here.
 * `browser` lets a second app share the first one's Chromium (a page in a context of its own, so no cookies are
 * shared); the browser is then closed by whoever launched it. `now`: a clock the test moves (auto-lock, link
 * expiry) instead of waiting.
 */
export async function startWebApp(opts: { dataDir?: string; capabilities?: ShellCapabilities; browser?: Browser; now?: () => number } = {}): Promise<WebApp> {
  const tmp = opts.dataDir ? null : tempDir('nazorg-browser-');
  const dataDir = opts.dataDir ?? join(tmp!.dir, 'data');
  const { core, server } = await startWebMode({
    dataDir,
    staticDir: ensureRendererBuilt(),
    now: opts.now,
    ...(opts.capabilities ? { capabilities: opts.capabilities } : {}),
  });
  const browser = opts.browser ?? (await launchBrowser());
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 860 } });
  trackApiCalls(context);
  const page = await context.newPage();
  // The one-time link, as the app opens it; the page trades its code for the session secret it keeps.
  await page.goto(server.newLink());
  // The trade finishes after the page's load event; a test that reloads at once must not cut it short.
  await page.waitForFunction(() => window.sessionStorage.getItem('nazorg.sessie') !== null);
  return {
    core,
    server,
    browser,
    page,
    dataDir,
    async close() {
      if (opts.browser) await context.close();
      else await browser.close();
      await core.session.shutdown();
      await server.close();
      tmp?.cleanup();
    },
  };
}

/**
 * One web-mode app for all tests of the describe block this is called in (one server and vault for the file), made
 * before its first test by `start` (a new app without a vault unless told otherwise) and closed after its last;
 * `use` gets it.
 */
export function webAppPerFile(use: (app: WebApp) => void, start: () => Promise<WebApp> = () => startWebApp()): void {
  let app: WebApp | undefined;
  beforeAll(async () => {
    app = await start();
    use(app);
  });
  afterAll(async () => app?.close());
}

/** Where a browser test keeps a picture of a screen for people to look at: test-results/screenshots/`name`. */
export function screenshotPath(name: string): string {
  const dir = join(root, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** A web-mode app over a vault set up through the API with TEST_PASSWORD, its first-run guide skipped: a vault in use. */
export async function startWebAppInUse(opts: Parameters<typeof startWebApp>[0] = {}): Promise<WebApp> {
  const app = await startWebApp(opts);
  const setup = await app.core.dispatch('vault.beginSetup', { password: TEST_PASSWORD, repeat: TEST_PASSWORD });
  const code = (setup as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
  await app.core.dispatch('vault.completeSetup', { lastGroup: code.slice(-4) });
  await skipFirstRunGuideInVault(app.core);
  return app;
}

/** Opens a screen from the side menu and waits for its title (`title`: where it is not the menu item's name). */
export async function openScreen(page: Page, menu: string, title = menu): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Reloads the page, so it reads what the test set up through the API, and waits for the app (unlocked: "Vergrendel nu"). */
export async function reloadUnlocked(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Vergrendel nu' }).waitFor();
}

/** Reloads the page, so it reads what the test set up through the API, and waits for the home page Vandaag. */
export async function reloadOnToday(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
}

/** Reloads a dossier's page, so what the test reads next comes from the vault, and opens its tab `tab`. */
export async function reloadOnTab(page: Page, tab: string): Promise<void> {
  await page.reload();
  await page.getByTestId('dossier-status').waitFor();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/**
 * A vault set up through the API stands for one already in use: its first-run guide counts as skipped,
 * so the pages under test open directly. Written straight to the vault, so no audit line is added.
 */
export async function skipFirstRunGuideInVault(core: Core): Promise<void> {
  await updateSettings(core.session.requireVault().db, { firstRunGuide: 'skipped' });
}

/** Sets up a vault through the set-up screens, as a coordinator would; returns the recovery code shown. */
export async function setUpVaultInBrowser(page: Page, password: string): Promise<string> {
  await page.getByRole('heading', { name: 'Kluis inrichten' }).waitFor();
  await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const code = (await page.getByTestId('recovery-code').textContent())!.trim();
  await page.getByLabel(/laatste groep/).fill(code.slice(-4));
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  return code;
}

/** The fictional municipality and coordinator that fillMunicipalityDetails types in. */
export const FICTIONAL_MUNICIPALITY = {
  name: 'Gemeente Fictiefdorp',
  address: 'Voorbeeldplein 1\n1234 AB Fictiefdorp',
  coordinator: 'Zoë Testcoördinator',
  phone: '010 123 45 67',
} as const;

/** Fills the municipality and coordinator fields (first-run guide, Instellingen) with FICTIONAL_MUNICIPALITY and `email`. */
export async function fillMunicipalityDetails(page: Page, email: string): Promise<void> {
  await page.getByLabel('Naam gemeente').fill(FICTIONAL_MUNICIPALITY.name);
  await page.getByLabel('Adres gemeente').fill(FICTIONAL_MUNICIPALITY.address);
  await page.getByLabel('Naam coördinator').fill(FICTIONAL_MUNICIPALITY.coordinator);
  await page.getByLabel('Telefoon coördinator').fill(FICTIONAL_MUNICIPALITY.phone);
  await page.getByLabel('E-mail coördinator').fill(email);
}

/** Closes the first-run guide that follows a set-up (or an unlock while it is pending) with "Startgids sluiten". */
export async function skipFirstRunGuide(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Startgids', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Startgids sluiten' }).click();
  await page.getByRole('heading', { name: 'Startgids', level: 1 }).waitFor({ state: 'detached' });
}

const inFlight = new WeakMap<BrowserContext, Set<Request>>();
/** How many API calls each context has sent so far: a call that starts and ends between two looks still counts. */
const sent = new WeakMap<BrowserContext, { count: number }>();

function trackApiCalls(context: BrowserContext): void {
  const calls = new Set<Request>();
  const counter = { count: 0 };
  inFlight.set(context, calls);
  sent.set(context, counter);
  const isApi = (r: Request) => new URL(r.url()).pathname.startsWith('/api/');
  context.on('request', (r) => {
    if (!isApi(r)) return;
    calls.add(r);
    counter.count++;
  });
  context.on('requestfinished', (r) => calls.delete(r));
  context.on('requestfailed', (r) => calls.delete(r));
}

/**
 * Waits until no API call of the page's browser context has been in flight for half a second. Playwright's
 * 'networkidle' never comes for our page: it keeps its vault-state event stream open. `quietMs`: shorter where
 * the test knows the one call it waits for has been sent (a click on "save").
 */
export async function apiIdle(page: Page, timeoutMs = 30_000, quietMs = 500): Promise<void> {
  const calls = inFlight.get(page.context());
  if (!calls) throw new Error('apiIdle: the page was not opened by startWebApp');
  const start = Date.now();
  let quietSince = Date.now();
  for (;;) {
    if (calls.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    if (Date.now() - start > timeoutMs) throw new Error(`apiIdle: ${calls.size} API call(s) still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the page's API calls are done and the page has drawn two frames after the last answer without
 * sending another call: React has then rendered that answer and run the effects it triggers, so a screen that
 * loads in steps (a call whose answer leads to the next) is waited for step by step. Unlike apiIdle, no fixed
 * quiet spell: it takes as long as the page needs, under load too.
 */
export async function apiSettled(page: Page, timeoutMs = 30_000): Promise<void> {
  const calls = inFlight.get(page.context());
  const counter = sent.get(page.context());
  if (!calls || !counter) throw new Error('apiSettled: the page was not opened by startWebApp');
  const start = Date.now();
  for (;;) {
    if (Date.now() - start > timeoutMs) throw new Error(`apiSettled: API calls still running after ${timeoutMs} ms`);
    if (calls.size > 0) {
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    const before = counter.count;
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
    if (calls.size === 0 && counter.count === before) return;
  }
}

/** The field's own message (aria-invalid and the helper text it is described by), or null when it is not marked. */
export function fieldMessage(field: Locator): Promise<string | null> {
  return field.evaluate((e) =>
    e.getAttribute('aria-invalid') === 'true'
      ? (e.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : null,
  );
}

/**
 * Picks an option in the open MUI choice list and waits until the list has left the page. A click that lands while
 * the list is still growing in can miss (the list stays open and hides the rest of the page from the accessibility
 * tree); then the option is clicked once more, now that the list stands still. Waiting until the list is gone also
 * keeps an accessibility check that follows from reading the half-transparent text of a list that fades out.
 * `exact`: the option's name must match in full (Playwright's rule), so "Ja" does not also pick "Ja, er is …".
 */
export async function pickOption(page: Page, name: string | RegExp, opts: { exact?: boolean } = {}): Promise<void> {
  const menus = page.locator('[role="listbox"], .MuiMenu-root');
  const option = page.getByRole('option', { name, exact: opts.exact });
  await option.click();
  try {
    await menus.first().waitFor({ state: 'detached', timeout: 3_000 });
  } catch {
    if ((await option.count()) > 0) await option.click();
    await menus.first().waitFor({ state: 'detached' });
  }
}

/** Opens the MUI select `field` and picks the option named `option`, exactly (see pickOption). */
export async function chooseIn(field: Locator, option: string): Promise<void> {
  await field.click();
  await pickOption(field.page(), option, { exact: true });
}
