import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiResponse } from '../../common/api/contract.js';
import { MAX_REQUEST_BYTES, REQUEST_TOO_LARGE } from '../../common/api/request-limit.js';
import { CONTENT_SECURITY_POLICY } from '../../common/security-policy.js';
import {
  createIpcApi,
  createQuitFlow,
  isOwnPage,
  mainWindowOptions,
  mayGrantPermission,
  mayNavigate,
  windowOpenDecision,
  withPolicyHeaders,
} from '../../electron/main/shell-policy.js';

/** The Electron window's rules without Electron: what electron/main.ts wires to Electron's events. */
const rendererDir = join('/opt', 'Nazorgdossier', 'resources', 'app', 'dist', 'renderer');
const own = pathToFileURL(join(rendererDir, 'index.html')).href;

describe('Electron shell policy', () => {
  it('only our own UI build may call the API', () => {
    expect(isOwnPage(own, rendererDir)).toBe(true);
    expect(isOwnPage(`${own}#/dossiers/3`, rendererDir)).toBe(true);
    for (const foreign of [
      undefined,
      '',
      'https://example.org/',
      'about:blank',
      'data:text/html,<p>x</p>',
      // A folder beside ours whose name starts the same.
      pathToFileURL(join(`${rendererDir}-other`, 'index.html')).href,
      pathToFileURL(join(rendererDir, '..', 'index.html')).href,
    ])
      expect(isOwnPage(foreign, rendererDir), String(foreign)).toBe(false);
  });

  it('the IPC handler refuses a foreign sender and an oversized request before the dispatcher sees them', async () => {
    const seen: string[] = [];
    const api = createIpcApi({
      rendererDir,
      dispatch: async (method: string): Promise<ApiResponse<unknown>> => {
        seen.push(method);
        return { ok: true, value: method };
      },
    });
    expect(await api('https://example.org/', 'vault.status', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Toegang geweigerd.' } });
    expect(await api(own, 'attachments.add', { data: 'a'.repeat(MAX_REQUEST_BYTES) })).toEqual({ ok: false, error: REQUEST_TOO_LARGE });
    expect(seen).toEqual([]);
    expect(await api(own, 'vault.status', {})).toEqual({ ok: true, value: 'vault.status' });
    expect(seen).toEqual(['vault.status']);
  });

  it('every response carries our Content-Security-Policy, in place of one the response brought', () => {
    expect(withPolicyHeaders(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    const headers = withPolicyHeaders({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html', 'X-Empty': undefined });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('no navigation away, no new windows; a mailto: link goes to the mail program', () => {
    expect(mayNavigate('https://example.org/')).toBe(false);
    expect(mayNavigate(own)).toBe(false);
    expect(windowOpenDecision('mailto:zorgpartner@example.org?subject=Rappel')).toEqual({
      action: 'deny',
      openExternally: 'mailto:zorgpartner@example.org?subject=Rappel',
    });
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'niet een adres'])
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: null });
    expect(mayGrantPermission('media')).toBe(false);
    expect(mayGrantPermission('notifications')).toBe(false);
  });

  it('the window is sandboxed, without Node, and reaches the main side only through the preload', () => {
    const opts = mainWindowOptions('/app/preload.cjs');
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('quit waits for the lock (and its closing backup), then releases the instance lock and exits once', async () => {
    const steps: string[] = [];
    let finishShutdown!: () => void;
    const quit = createQuitFlow({
      shutdown: () => new Promise<void>((resolve) => (finishShutdown = () => (steps.push('shutdown'), resolve()))),
      release: () => steps.push('release'),
      exit: (code) => steps.push(`exit ${code}`),
    });
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    const first = quit(event);
    // A second quit while the backup runs is held too, and starts nothing new.
    const second = quit(event);
    expect(prevented).toBe(2);
    expect(steps).toEqual([]);
    finishShutdown();
    await Promise.all([first, second]);
    expect(steps).toEqual(['shutdown', 'release', 'exit 0']);
  });

  it('a failed shutdown still releases the lock and exits', async () => {
    const steps: string[] = [];
    const quit = createQuitFlow({
      shutdown: () => Promise.reject(new Error('schijf vol')),
      release: () => steps.push('release'),
      exit: (code) => steps.push(`exit ${code}`),
    });
    await quit({ preventDefault: () => undefined });
    expect(steps).toEqual(['release', 'exit 0']);
  });
});
