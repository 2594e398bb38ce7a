import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupStatus } from '../../common/api/backups.js';
import { backupFolderProblem } from '../../electron/main/backups.js';
import { createCore, type Core } from '../../electron/main/core.js';
import { tempDir } from '../helpers/tmp.js';
import { inDutch } from '../helpers/messages.js';

/**
 * The backup folder is checked on the main side before it is kept: it must exist, be a folder and take a file.
 * Real folders in a temporary directory; the desktop's folder dialog is the one thing stood in for (Electron cannot
 * start here), with the same check behind it.
 */
const PW = 'fiets regen lantaarn koffie';
type Res<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: { fields?: Record<string, string> } } };

async function setUpVault(core: Core): Promise<void> {
  const setup = (await core.dispatch('vault.beginSetup', { password: PW, repeat: PW })) as Res<{ recoveryCode: string }>;
  if (!setup.ok) throw new Error(setup.error.code);
  await core.dispatch('vault.completeSetup', { lastGroup: setup.value.recoveryCode.slice(-4) });
}

/** A folder that refuses writes even to root: chmod first, and where root ignores that, a read-only tmpfs. */
function readOnlyFolder(parent: string): { dir: string; how: string; release(): void } | { skip: string } {
  const dir = join(parent, 'alleen-lezen');
  mkdirSync(dir);
  chmodSync(dir, 0o555);
  const probe = join(dir, 'proef');
  try {
    writeFileSync(probe, 'x');
    rmSync(probe);
  } catch {
    return { dir, how: 'chmod 555', release: () => chmodSync(dir, 0o755) };
  }
  // Running as root: the permission bits do not stop us. A read-only mount does.
  chmodSync(dir, 0o755);
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status === 0) return { dir, how: 'tmpfs ro', release: () => spawnSync('umount', ['-l', dir]) };
  return { skip: `root schrijft ondanks chmod 555 en een alleen-lezen tmpfs koppelen lukt niet (${(mount.stderr || String(mount.error)).trim()})` };
}

describe('backup folder: checked before it is kept', () => {
  const tmp = tempDir('nazorg-backupmap-');
  const ro = readOnlyFolder(tmp.dir);
  afterAll(() => {
    if ('release' in ro) ro.release();
    tmp.cleanup();
  });

  it('accepts an existing, writable folder and leaves no test file behind', () => {
    const ok = join(tmp.dir, 'usb-stick');
    mkdirSync(ok);
    expect(inDutch(backupFolderProblem(ok))).toBeNull();
    expect(readdirSync(ok)).toEqual([]);
  });

  it('names a missing folder, a file, and a relative path, and creates nothing', () => {
    const missing = join(tmp.dir, 'bestaat-niet', 'reservekopieen');
    expect(inDutch(backupFolderProblem(missing))).toMatch(/^Deze map bestaat niet\./);
    expect(readdirSync(tmp.dir)).not.toContain('bestaat-niet');
    const file = join(tmp.dir, 'gewoon-bestand.txt');
    writeFileSync(file, 'geen map');
    expect(inDutch(backupFolderProblem(file))).toBe('Dit is een bestand, geen map. Kies een map.');
    // A path "inside" a file is not there at all.
    expect(inDutch(backupFolderProblem(join(file, 'sub')))).toMatch(/^Deze map bestaat niet\./);
    expect(inDutch(backupFolderProblem('reservekopieen'))).toMatch(/^Geef het volledige pad van de map/);
  });

  it('names a folder that cannot be written to', (ctx) => {
    if ('skip' in ro) {
      console.log(`Alleen-lezen-map overgeslagen: ${ro.skip}.`);
      ctx.skip();
      return;
    }
    expect(inDutch(backupFolderProblem(ro.dir)), ro.how).toMatch(/^In deze map kan Nazorgdossier niet schrijven/);
  });
});

describe('backup folder through the API: typed in web mode, picked in the desktop app', () => {
  const tmp = tempDir('nazorg-backupmap-api-');
  let web: Core;
  let desktop: Core;
  let picked: string | null = null;
  const usb = join(tmp.dir, 'usb-stick');
  beforeAll(async () => {
    mkdirSync(usb);
    web = createCore({ dataDir: join(tmp.dir, 'web'), shell: 'web' });
    desktop = createCore({ dataDir: join(tmp.dir, 'desktop'), shell: 'electron', capabilities: { chooseFolder: async () => picked } });
    await setUpVault(web);
    await setUpVault(desktop);
  });
  afterAll(async () => {
    await web?.session.shutdown();
    await desktop?.session.shutdown();
    tmp.cleanup();
  });

  it('web mode: no folder dialog; a bad folder is refused on the field and the old folder stays', async () => {
    const status = (await web.dispatch('backup.status', {})) as Res<BackupStatus>;
    expect(status.ok && status.value.folderPicker).toBe(false);
    const pick = (await web.dispatch('backup.chooseFolder', {})) as Res<unknown>;
    expect(pick.ok).toBe(false);
    const bad = (await web.dispatch('backup.setFolder', { dir: join(tmp.dir, 'tikfout') })) as Res<BackupStatus>;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.fields?.['dir']).toMatch(/^Deze map bestaat niet\./);
    const after = (await web.dispatch('backup.status', {})) as Res<BackupStatus>;
    expect(after.ok && after.value.isDefaultFolder).toBe(true);
    const good = (await web.dispatch('backup.setFolder', { dir: usb })) as Res<BackupStatus>;
    expect(good.ok && good.value.folder).toBe(usb);
  });

  it('desktop: the picked folder is checked and kept; a cancelled dialog changes nothing', async () => {
    const status = (await desktop.dispatch('backup.status', {})) as Res<BackupStatus>;
    expect(status.ok && status.value.folderPicker).toBe(true);
    picked = null;
    const cancelled = (await desktop.dispatch('backup.chooseFolder', {})) as Res<{ chosen: boolean; status: BackupStatus }>;
    expect(cancelled.ok && cancelled.value.chosen).toBe(false);
    expect(cancelled.ok && cancelled.value.status.isDefaultFolder).toBe(true);
    const file = join(tmp.dir, 'bestand');
    writeFileSync(file, 'x');
    picked = file;
    const refused = (await desktop.dispatch('backup.chooseFolder', {})) as Res<unknown>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details?.fields?.['dir']).toBe('Dit is een bestand, geen map. Kies een map.');
    picked = usb;
    const chosen = (await desktop.dispatch('backup.chooseFolder', {})) as Res<{ chosen: boolean; status: BackupStatus }>;
    expect(chosen.ok && chosen.value.chosen).toBe(true);
    expect(chosen.ok && chosen.value.status.folder).toBe(usb);
  });
});
