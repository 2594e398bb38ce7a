import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { errorText } from '../../common/errors.js';
import { createCore, type Core } from '../../electron/main/core.js';
import { vaultPaths } from '../../db/vault.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * A full disk and a read-only data folder, on a real small file system: a tmpfs of 3 MB mounted for
 * this test (needs root, as in CI's container). Without it the mechanism is unavailable and the tests
 * say so instead of pretending.
 */
const PW = 'fiets regen lantaarn koffie';
const tmp = tempDir('nazorg-disk-');
const mnt = join(tmp.dir, 'mnt');
mkdirSync(mnt);
const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0755', 'tmpfs', mnt], { encoding: 'utf8' });
const mounted = mount.status === 0;
if (!mounted) {
  console.log(`Schijf-vol- en alleen-lezen-tests overgeslagen: kan geen tmpfs koppelen (${(mount.stderr || String(mount.error)).trim()}).`);
  tmp.cleanup();
}

/** Fills the file system until it refuses more; returns the filler's path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'vulling.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  // The last few bytes too.
  const fd2 = openSync(path, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512, 1));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
  return path;
}

type Res = { ok: boolean; error?: { code: string; message: string } };

describe.skipIf(!mounted)('full disk and read-only data folder (tmpfs)', () => {
  let core: Core;
  const dataDir = join(mnt, 'data');
  beforeAll(async () => {
    core = createCore({ dataDir, shell: 'web' });
    const setup = (await core.dispatch('vault.beginSetup', { password: PW, repeat: PW })) as { ok: true; value: { recoveryCode: string } };
    await core.dispatch('vault.completeSetup', { lastGroup: setup.value.recoveryCode.slice(-4) });
    await core.dispatch('settings.update', { municipalityName: 'Gemeente Fictiefdorp' });
  });
  afterAll(async () => {
    await core?.session.shutdown().catch(() => undefined);
    // libSQL releases a closed database's file handle only at garbage collection; a lazy unmount does not wait for it.
    if (mounted) spawnSync('umount', ['-l', mnt]);
    tmp.cleanup();
  });

  it('a full disk: a clear Dutch message, nothing half-saved, and the vault opens intact afterwards', async () => {
    const filler = fillDisk(mnt);
    try {
      const { client } = core.session.requireVault();
      // A large change in one transaction runs into the full disk and is rolled back as a whole.
      const big = await core.dispatch('settings.update', { municipalityAddress: 'Fictieve straat 1\n'.repeat(20) });
      const bulk = await client
        .batch(
          [
            'CREATE TABLE IF NOT EXISTS vol (id INTEGER PRIMARY KEY, payload TEXT)',
            ...Array.from({ length: 400 }, (_, i) => ({ sql: 'INSERT INTO vol (payload) VALUES (?)', args: [`${i}:${'y'.repeat(4000)}`] })),
          ],
          'write',
        )
        .then(
          () => 'ok',
          (err: unknown) => err,
        );
      expect(bulk).not.toBe('ok');
      const { classifyStorageError } = await import('../../db/vault.js');
      expect(classifyStorageError(bulk).code).toBe('DISK_FULL');
      // Through the API the coordinator sees the Dutch message (if the small change did not fit either).
      expect((big as Res).error).toEqual({ code: 'DISK_FULL', message: errorText('DISK_FULL') });
      const manual = (await core.dispatch('backup.create', {})) as Res;
      expect(manual.ok).toBe(false);
      expect(manual.error?.code).toBe('DISK_FULL');
      expect(manual.error?.message).toMatch(/schijf is vol/);
      // No half-written copy under a final name.
      const copies = readdirSync(join(dataDir, 'backups'));
      expect(copies.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(filler);
    }
    await core.dispatch('vault.lock', {});
    const again = (await core.dispatch('vault.unlock', { password: PW })) as Res;
    expect(again.ok).toBe(true);
    const { client } = core.session.requireVault();
    expect((await client.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
    const vol = await client.execute("SELECT count(*) FROM sqlite_master WHERE name = 'vol'");
    if (Number(vol.rows[0]![0]) > 0) expect(Number((await client.execute('SELECT count(*) FROM vol')).rows[0]![0])).toBe(0);
    const s = (await core.dispatch('settings.get', {})) as { ok: true; value: { municipalityName: string } };
    expect(s.value.municipalityName).toBe('Gemeente Fictiefdorp');
    // With space again, the copy works.
    expect(((await core.dispatch('backup.create', {})) as Res).ok).toBe(true);
  });

  it('a read-only data folder: unlock says so in Dutch, the vault is not touched, and works again when writable', async () => {
    await core.dispatch('vault.lock', {});
    // The same data folder seen through a read-only bind mount, as a write-protected share or stick would be.
    const roDir = join(tmp.dir, 'alleen-lezen');
    mkdirSync(roDir);
    const bind = spawnSync('mount', ['--bind', dataDir, roDir], { encoding: 'utf8' });
    expect(bind.status, bind.stderr).toBe(0);
    try {
      const ro = spawnSync('mount', ['-o', 'remount,bind,ro', roDir], { encoding: 'utf8' });
      expect(ro.status, ro.stderr).toBe(0);
      const before = readFileSync(vaultPaths(dataDir).db);
      const roCore = createCore({ dataDir: roDir, shell: 'web' });
      const res = (await roCore.dispatch('vault.unlock', { password: PW })) as Res;
      expect(res.ok).toBe(false);
      expect(res.error).toEqual({ code: 'READ_ONLY', message: errorText('READ_ONLY') });
      expect(roCore.session.status().state).toBe('locked');
      // Data calls stay refused: no half-open vault.
      expect(((await roCore.dispatch('settings.get', {})) as Res).error?.code).toBe('LOCKED');
      expect(readFileSync(vaultPaths(dataDir).db).equals(before)).toBe(true);
      expect(existsSync(`${vaultPaths(dataDir).db}-journal`)).toBe(false);
    } finally {
      spawnSync('umount', ['-l', roDir]);
    }
    const res = (await core.dispatch('vault.unlock', { password: PW })) as Res;
    expect(res.ok).toBe(true);
    const { client } = core.session.requireVault();
    expect((await client.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
  });
});
