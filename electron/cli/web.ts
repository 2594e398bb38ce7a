import { LINK_TTL_MS } from '../../common/api/web-session.js';
import { AppError } from '../../common/errors.js';
import { createCore, type Core } from '../main/core.js';
import type { ShellCapabilities } from '../main/handlers/context.js';
import { acquireInstanceLock } from '../main/instance-lock.js';
import { logEvent } from '../main/log.js';
import { rendererDistDir } from '../main/paths.js';
import { openBrowser, wipeBrowserTraces, type OpenedBrowser } from '../main/web-browser.js';
import { startWebServer, type RunningWebServer } from '../main/web-server.js';

/**
 * The main side and its web server as `npm start -- --web` runs them. The browser tests start the app through this
 * same function, so what they test is what a coordinator gets.
 */
export async function startWebMode(opts: {
  dataDir: string;
  port?: number;
  staticDir?: string;
  now?: () => number;
  /** Only the tests pass these, standing in for the desktop shell's dialogs. */
  capabilities?: ShellCapabilities;
}): Promise<{ core: Core; server: RunningWebServer }> {
  const core = createCore({ dataDir: opts.dataDir, shell: 'web', now: opts.now, ...(opts.capabilities ? { capabilities: opts.capabilities } : {}) });
  const events = { current: () => ({ type: 'vault.state' as const, status: core.session.status() }), subscribe: core.session.onStateChange.bind(core.session) };
  const server = await startWebServer({ dispatch: core.dispatch, staticDir: opts.staticDir ?? rendererDistDir(), port: opts.port, now: opts.now, events });
  return { core, server };
}

const NO_BROWSER = 'Geen browser gevonden om te openen. Druk op Enter voor een link en open die zelf in uw browser.';

/** Runs the main side in web mode until SIGINT/SIGTERM, locking the vault on the way out. */
export async function runWebMode(opts: { dataDir: string; port: number; open: boolean }): Promise<void> {
  let lock;
  try {
    lock = acquireInstanceLock(opts.dataDir);
  } catch (err) {
    if (err instanceof AppError && err.code === 'ALREADY_RUNNING') {
      console.error(`${err.message}\nIn webmodus: druk in het venster van het draaiende programma op Enter voor een nieuwe link.`);
      process.exit(3);
    }
    throw err;
  }
  // A crash skips the wipe at stop: whatever an earlier run's browser left in the data folder goes now.
  wipeBrowserTraces(opts.dataDir);
  const { core, server } = await startWebMode({ dataDir: opts.dataDir, port: opts.port });
  const browsers: OpenedBrowser[] = [];
  let canOpen = opts.open;
  const noBrowser = () => {
    canOpen = false;
    console.log(NO_BROWSER);
  };
  const open = () => browsers.push(openBrowser({ dataDir: opts.dataDir, link: server.newLink(), linkTtlMs: LINK_TTL_MS, onNoBrowser: noBrowser }));
  const printLink = () => console.log(`Eenmalige link (werkt één keer, twee minuten lang; alleen op deze computer):\n${server.newLink()}`);

  console.log(`Nazorgdossier draait in webmodus op 127.0.0.1:${server.port}.`);
  if (opts.open) {
    console.log('Er opent een browservenster. Nieuw venster nodig? Druk op Enter.');
    open();
  } else {
    printLink();
    console.log('Nieuwe link nodig? Druk op Enter.');
  }
  console.log('Stoppen: Ctrl+C in dit venster.');
  logEvent('web.started', { port: server.port });

  // Enter asks for a way back in: a used or expired link, a closed tab, a page whose session is gone.
  process.stdin.on('data', () => (canOpen ? open() : printLink()));
  process.stdin.on('error', () => undefined);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await core.session.shutdown().catch(() => undefined);
    await server.close();
    for (const b of browsers) await b.close().catch(() => undefined);
    wipeBrowserTraces(opts.dataDir);
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
