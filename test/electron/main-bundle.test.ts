import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_API_CHANNEL, IPC_VAULT_STATE_CHANNEL } from '../../common/api/events.js';
import { CONTENT_SECURITY_POLICY } from '../../common/security-policy.js';
import { buildElectronMain } from '../../electron/cli/build-electron.js';
import { lockPath } from '../../electron/main/instance-lock.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * The built main bundle (as `npm run build` makes it) loaded with a stand-in for the `electron` module, so a
 * bundling or wiring mistake shows on machines where Electron cannot start. The stand-in records what the bundle
 * registers; the test then plays Electron's part: a call from a foreign page, a response, a navigation, quitting.
 */
type Fn = (...args: never[]) => unknown;

function standInElectron(root: string) {
  const appListeners = new Map<string, Fn[]>();
  const ipcHandlers = new Map<string, Fn>();
  const windows: { options: { webPreferences: Record<string, unknown> }; loaded: string | null; sent: [string, unknown][] }[] = [];
  const opened: string[] = [];
  const exits: number[] = [];
  let onHeaders: Fn | null = null;
  let onPermission: Fn | null = null;
  const sessionListeners = new Map<string, Fn>();
  class BrowserWindow {
    loaded: string | null = null;
    sent: [string, unknown][] = [];
    readonly webContents = { send: (channel: string, payload: unknown) => this.sent.push([channel, payload]) };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    on() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      getAppPath: () => root,
      getPath: () => {
        throw new Error('--data-dir is given');
      },
      setName: () => undefined,
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      exit: (code: number) => exits.push(code),
      whenReady: () => Promise.resolve(),
      on: (event: string, fn: Fn) => appListeners.set(event, [...(appListeners.get(event) ?? []), fn]),
    },
    ipcMain: { handle: (channel: string, fn: Fn) => ipcHandlers.set(channel, fn) },
    Menu: { setApplicationMenu: () => undefined },
    shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
    dialog: { showErrorBox: () => undefined },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Fn) => (onHeaders = fn) },
        setPermissionRequestHandler: (fn: Fn) => (onPermission = fn),
        on: (event: string, fn: Fn) => sessionListeners.set(event, fn),
      },
    },
    BrowserWindow,
  };
  const emit = (event: string, ...args: unknown[]) => (appListeners.get(event) ?? []).map((fn) => (fn as (...a: unknown[]) => unknown)(...args));
  return { electron, appListeners, ipcHandlers, windows, opened, exits, emit, headers: () => onHeaders, permission: () => onPermission, sessionListeners };
}

type ModuleInternals = { _resolveFilename: (request: string, parent: unknown, isMain: boolean, options?: unknown) => string; _cache: Record<string, unknown> };

describe('built Electron main bundle with a stand-in electron module', () => {
  const root = join(import.meta.dirname, '..', '..');
  const tmp = tempDir('nazorg-bundle-');
  const dataDir = join(tmp.dir, 'data');
  const stand = standInElectron(root);
  const internals = Module as unknown as ModuleInternals;
  const resolve = internals._resolveFilename;
  const argv = process.argv;
  const hadRoot = 'NAZORG_APP_ROOT' in process.env;
  let bundle: { main: string; preload: string };
  const ownPage = pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).href;
  const callApi = (url: string, method: string, input: unknown) =>
    stand.ipcHandlers.get(IPC_API_CHANNEL)!({ senderFrame: { url } } as never, method as never, input as never) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: unknown;
    }>;

  beforeAll(async () => {
    bundle = await buildElectronMain(join(tmp.dir, 'out'));
    const standInId = join(tmp.dir, 'electron-stand-in.cjs');
    internals._cache[standInId] = { id: standInId, filename: standInId, loaded: true, exports: stand.electron };
    // `electron` is the stand-in; the bundle's other externals (libSQL, pdfmake) come from the project, as when packaged.
    internals._resolveFilename = function (request, parent, isMain, options) {
      if (request === 'electron') return standInId;
      const fromBundle = (parent as { filename?: string } | undefined)?.filename?.startsWith(join(tmp.dir, 'out'));
      if (fromBundle && !request.startsWith('.') && !request.startsWith('node:')) return resolve.call(this, request, parent, isMain, { paths: [root] });
      return resolve.call(this, request, parent, isMain, options);
    };
    process.argv = [argv[0]!, bundle.main, '--data-dir', dataDir];
    createRequire(import.meta.url)(bundle.main);
    // app.whenReady() resolves on the next turn.
    await new Promise((r) => setImmediate(r));
  });

  afterAll(() => {
    internals._resolveFilename = resolve;
    process.argv = argv;
    if (!hadRoot) delete process.env['NAZORG_APP_ROOT'];
    tmp.cleanup();
  });

  it('registers the API handler, which refuses a foreign sender and answers our own page', async () => {
    expect([...stand.ipcHandlers.keys()]).toEqual([IPC_API_CHANNEL]);
    expect(await callApi('https://example.org/', 'vault.status', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Toegang geweigerd.' } });
    expect(await callApi(ownPage, 'vault.status', {})).toMatchObject({ ok: true, value: { state: 'no-vault', shell: 'electron' } });
  });

  it('sets the policy header, denies permissions, navigation and new windows', () => {
    let headers: unknown = null;
    stand.headers()!(
      { responseHeaders: { 'Content-Type': ['text/html'] } } as never,
      ((r: { responseHeaders: unknown }) => (headers = r.responseHeaders)) as never,
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });

    let granted: boolean | null = null;
    stand.permission()!(null as never, 'media' as never, ((g: boolean) => (granted = g)) as never);
    expect(granted).toBe(false);

    const contentsListeners = new Map<string, Fn>();
    let openHandler: Fn | null = null;
    stand.emit('web-contents-created', {}, { on: (e: string, fn: Fn) => contentsListeners.set(e, fn), setWindowOpenHandler: (fn: Fn) => (openHandler = fn) });
    let prevented = false;
    contentsListeners.get('will-navigate')!({ url: 'https://example.org/', preventDefault: () => (prevented = true) } as never);
    expect(prevented).toBe(true);
    expect(openHandler!({ url: 'https://example.org/' } as never)).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'mailto:zorgpartner@example.org' } as never)).toEqual({ action: 'deny' });
    expect(stand.opened).toEqual(['mailto:zorgpartner@example.org']);
  });

  it('opens one sandboxed window on our UI, with the preload the build wrote beside the main bundle', () => {
    expect(stand.windows).toHaveLength(1);
    const [win] = stand.windows;
    expect(win!.options.webPreferences).toMatchObject({ preload: bundle.preload, contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(existsSync(bundle.preload)).toBe(true);
    expect(win!.loaded).toBe(join(root, 'dist', 'renderer', 'index.html'));
  });

  it('tells the window when the vault state changes', async () => {
    const pw = 'fiets regen lantaarn koffie';
    const begun = (await callApi(ownPage, 'vault.beginSetup', { password: pw, repeat: pw })) as { value: { recoveryCode: string } };
    await callApi(ownPage, 'vault.completeSetup', { lastGroup: begun.value.recoveryCode.slice(-4) });
    await callApi(ownPage, 'vault.lock', {});
    const told = stand.windows[0]!.sent.filter(([channel]) => channel === IPC_VAULT_STATE_CHANNEL).map(
      ([, e]) => (e as { status: { state: string } }).status.state,
    );
    expect(told).toEqual(['setup-pending', 'unlocked', 'locked']);
  });

  it('makes a finished download readable for this user only', () => {
    const saved = join(tmp.dir, 'opgeslagen.pdf');
    writeFileSync(saved, 'x', { mode: 0o644 });
    chmodSync(saved, 0o644);
    let done: Fn | null = null;
    const item = { getSavePath: () => saved, once: (event: string, fn: Fn) => event === 'done' && (done = fn) };
    stand.sessionListeners.get('will-download')!({} as never, item as never);
    expect(statSync(saved).mode & 0o777).toBe(0o644);
    (done as unknown as Fn)({} as never, 'completed' as never);
    if (process.platform !== 'win32') expect(statSync(saved).mode & 0o777).toBe(0o600);
  });

  it('quits through lock and release of the instance lock, then exits', async () => {
    await callApi(ownPage, 'vault.unlock', { password: 'fiets regen lantaarn koffie' });
    expect(existsSync(lockPath(dataDir))).toBe(true);
    let prevented = false;
    await Promise.all(stand.emit('before-quit', { preventDefault: () => (prevented = true) }));
    expect(prevented).toBe(true);
    expect(stand.exits).toEqual([0]);
    expect(existsSync(lockPath(dataDir))).toBe(false);
    expect(await callApi(ownPage, 'vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});
