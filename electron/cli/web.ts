import { spawn } from 'node:child_process';
import { AppError } from '../../common/errors.js';
import { createCore } from '../main/core.js';
import { acquireInstanceLock, updateLockInfo } from '../main/instance-lock.js';
import { logEvent } from '../main/log.js';
import { rendererDistDir } from '../main/paths.js';
import { startWebServer } from '../main/web-server.js';

function openBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Geen browser gevonden om te openen; open de link hierboven zelf.'));
    child.unref();
  } catch {
    console.log('Geen browser gevonden om te openen; open de link hierboven zelf.');
  }
}

/** Runs the main side in web mode until SIGINT/SIGTERM, locking the vault on the way out. */
export async function runWebMode(opts: { dataDir: string; port: number; open: boolean }): Promise<void> {
  let lock;
  try {
    lock = acquireInstanceLock(opts.dataDir);
  } catch (err) {
    if (err instanceof AppError && err.code === 'ALREADY_RUNNING') {
      const url = (err.details?.['url'] as string | undefined) ?? '';
      console.error(`${err.message}${url ? `\nHet draaiende programma is bereikbaar via: ${url}` : ''}`);
      process.exit(3);
    }
    throw err;
  }
  const core = createCore({ dataDir: opts.dataDir, shell: 'web' });
  const server = await startWebServer({ dispatch: core.dispatch, staticDir: rendererDistDir(), port: opts.port });
  updateLockInfo(opts.dataDir, { url: server.url });
  console.log(`Nazorgdossier draait in webmodus op 127.0.0.1:${server.port}.`);
  console.log(`Open deze link in uw browser (alleen op deze computer bruikbaar):\n${server.url}`);
  console.log('Stoppen: Ctrl+C in dit venster.');
  if (opts.open) openBrowser(server.url);
  logEvent('web.started', { port: server.port });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await core.session.shutdown().catch(() => undefined);
    await server.close();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
