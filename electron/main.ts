import { app, BrowserWindow, ipcMain, Menu, session as electronSession, shell, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkRequestSize } from '../common/api/request-limit.js';
import { AppError } from '../common/errors.js';
import { parseStartArgs } from './cli/args.js';
import { createCore } from './main/core.js';
import { acquireInstanceLock } from './main/instance-lock.js';
import { rendererDistDir } from './main/paths.js';
import { CONTENT_SECURITY_POLICY } from '../common/security-policy.js';

process.env['NAZORG_APP_ROOT'] ??= app.getAppPath();
// Without this the folder name follows package.json's lowercase "name" in development and the product name once
// packaged; one name keeps Electron, web mode (paths.defaultDataDir) and the installer on the same data folder.
app.setName('Nazorgdossier');

const args = parseStartArgs(process.argv.slice(app.isPackaged ? 1 : 2));
const dataDir = process.argv.some((a) => a.startsWith('--data-dir')) ? args.dataDir : app.getPath('userData');

if (!app.requestSingleInstanceLock()) {
  // The first copy gets 'second-instance' and comes to the front; this one leaves quietly.
  app.quit();
} else {
  let lock: { release(): void } | undefined;
  try {
    lock = acquireInstanceLock(dataDir);
  } catch (err) {
    const msg = err instanceof AppError ? err.message : 'Nazorgdossier kon niet starten.';
    dialog.showErrorBox('Nazorgdossier', msg);
    app.exit(3);
  }
  const core = createCore({ dataDir, shell: 'electron' });
  let win: BrowserWindow | null = null;

  ipcMain.handle('nazorg:api', (event, method: unknown, input: unknown) => {
    // Only our own page may call the API.
    const url = event.senderFrame?.url ?? '';
    if (!url.startsWith(pathToFileURL(rendererDistDir()).href)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Toegang geweigerd.' } };
    // The same size limit and message as web mode's HTTP body.
    const tooLarge = checkRequestSize(input);
    if (tooLarge) return { ok: false, error: tooLarge };
    return core.dispatch(String(method), input);
  });

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('mailto:')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  void app.whenReady().then(() => {
    electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    electronSession.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    Menu.setApplicationMenu(null);
    win = new BrowserWindow({
      width: 1280,
      height: 860,
      title: 'Nazorgdossier',
      webPreferences: {
        preload: join(__dirname, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: true,
        // Only for Chromium's built-in PDF viewer, which prints documents from a hidden frame.
        plugins: true,
      },
    });
    void win.loadFile(join(rendererDistDir(), 'index.html'));
  });

  app.on('window-all-closed', () => app.quit());
  let quitting = false;
  app.on('before-quit', (e) => {
    if (quitting) return;
    e.preventDefault();
    quitting = true;
    void core.session
      .shutdown()
      .catch(() => undefined)
      .finally(() => {
        lock?.release();
        app.exit(0);
      });
  });
}
