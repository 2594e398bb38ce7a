import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

/**
 * Where the app's own files live. The Electron entry sets NAZORG_APP_ROOT to app.getAppPath();
 * under tsx (web mode, tests) we walk up from the working directory to the package root.
 */
export function appRoot(): string {
  if (process.env['NAZORG_APP_ROOT']) return process.env['NAZORG_APP_ROOT'];
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'db', 'migrations'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function migrationsDir(): string {
  return join(appRoot(), 'db', 'migrations');
}

/** Fonts and other files the app ships; the only place PDF rendering may read from. */
export function assetsDir(): string {
  return join(appRoot(), 'assets');
}

export function rendererDistDir(): string {
  return join(appRoot(), 'dist', 'renderer');
}

/** The per-user app-data folder, as Electron's app.getPath('userData') would give it. */
export function defaultDataDir(): string {
  if (process.env['NAZORG_DATA_DIR']) return resolve(process.env['NAZORG_DATA_DIR']);
  if (process.platform === 'win32') return join(process.env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Nazorgdossier');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Nazorgdossier');
  return join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Nazorgdossier');
}
