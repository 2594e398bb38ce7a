import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../main/paths.js';

/**
 * Finds the Electron binary without triggering the electron package's own download
 * (requiring 'electron' from Node would try to fetch it). Returns a reason when there is none.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  if (process.env['ELECTRON_PATH'] && existsSync(process.env['ELECTRON_PATH'])) return { path: process.env['ELECTRON_PATH'] };
  const pkg = join(appRoot(), 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pkg)) return { reason: 'het pakket electron is niet geïnstalleerd' };
  if (!existsSync(pathTxt)) return { reason: 'het Electron-programma is niet gedownload (geen internettoegang tot de downloadserver?)' };
  const bin = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(bin)) return { reason: `het Electron-programma ontbreekt (${bin})` };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { reason: 'er is geen grafisch scherm (DISPLAY) beschikbaar' };
  }
  return { path: bin };
}
