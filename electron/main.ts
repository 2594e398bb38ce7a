import { app, BrowserWindow, ipcMain, Menu, session as electronSession, shell, dialog } from 'electron';
import { join } from 'node:path';
import { IPC_API_CHANNEL, IPC_VAULT_STATE_CHANNEL } from '../common/api/events.js';
import { AppError } from '../common/errors.js';
import { restrictFile } from '../db/private-files.js';
import { parseStartArgs } from './cli/args.js';
import { createCore } from './main/core.js';
import { acquireInstanceLock } from './main/instance-lock.js';
import { rendererDistDir } from './main/paths.js';
import {
  createIpcApi,
  createQuitFlow,
  mainWindowOptions,
  mayGrantPermission,
  mayNavigate,
  windowOpenDecision,
  withPolicyHeaders,
} from './main/shell-policy.js';

/**
 * The Electron adapter: it only wires Electron's events to the rules in main/shell-policy.ts and to the core.
 * This file and preload.ts are the only ones that import `electron` (lint); test/electron/main-bundle.test.ts loads
 * the built bundle with a stand-in Electron to check the wiring.
 */
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
  let win: BrowserWindow | null = null;
  const core = createCore({
    dataDir,
    shell: 'electron',
    capabilities: {
      // The system's folder dialog for the backup folder; the main side checks the choice before keeping it.
      chooseFolder: async (current) => {
        const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], defaultPath: current };
        const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
  });

  const api = createIpcApi({ rendererDir: rendererDistDir(), dispatch: core.dispatch });
  ipcMain.handle(IPC_API_CHANNEL, (event, method: unknown, input: unknown) => api(event.senderFrame?.url, method, input));
  core.session.onStateChange((e) => win?.webContents.send(IPC_VAULT_STATE_CHANNEL, e));

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e) => {
      if (!mayNavigate(e.url)) e.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const { action, openExternally } = windowOpenDecision(url);
      if (openExternally) void shell.openExternal(openExternally);
      return { action };
    });
  });

  void app.whenReady().then(() => {
    electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withPolicyHeaders(details.responseHeaders) });
    });
    electronSession.defaultSession.setPermissionRequestHandler((_wc, permission, cb) => cb(mayGrantPermission(permission)));
    // What the coordinator saves (CSV, PDF, .nazorg, an attachment) is for their account only, like the vault.
    electronSession.defaultSession.on('will-download', (_e, item) => {
      item.once('done', (_ev, state) => {
        if (state === 'completed') restrictFile(item.getSavePath());
      });
    });
    Menu.setApplicationMenu(null);
    win = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
    win.on('closed', () => (win = null));
    void win.loadFile(join(rendererDistDir(), 'index.html'));
  });

  app.on('window-all-closed', () => app.quit());
  app.on(
    'before-quit',
    createQuitFlow({
      shutdown: () => core.session.shutdown(),
      release: () => lock?.release(),
      exit: (code) => app.exit(code),
    }),
  );
}
