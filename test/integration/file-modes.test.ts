import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vaultPaths } from '../../db/vault.js';
import { createCore, type Core } from '../../electron/main/core.js';
import { TEST_PASSWORD } from '../helpers/core.js';
import { tempDir } from '../helpers/tmp.js';
import { damagePages } from '../helpers/damage.js';

const mode = (p: string) => statSync(p).mode & 0o777;
const posix = process.platform !== 'win32';

async function setUp(core: Core): Promise<void> {
  const { recoveryCode } = await core.session.beginSetup(TEST_PASSWORD);
  await core.session.completeSetup(recoveryCode.slice(-4));
}

/** Every file and folder the app made, with its mode, so a failure lists exactly what is too open. */
function tooOpen(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (mode(d) !== 0o700) out.push(`${d} ${mode(d).toString(8)}`);
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (mode(p) !== 0o600) out.push(`${p} ${mode(p).toString(8)}`);
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(!posix)('files on disk are for this OS user only (issue 13 points 5 and 6)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let oldUmask: number;
  beforeEach(() => {
    tmp = tempDir();
    // The usual desktop umask: without care, new files would be readable by every user of the computer.
    oldUmask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(oldUmask);
    vi.restoreAllMocks();
    tmp.cleanup();
  });

  it('data folder and backup folder 0700; database, journal, backups, manifests, key copies and set-aside copies 0600', async () => {
    const dataDir = join(tmp.dir, 'data');
    const core = createCore({ dataDir, shell: 'web' });
    try {
      await setUp(core);
      const { client } = core.session.requireVault();
      await client.execute('CREATE TABLE probe (id INTEGER PRIMARY KEY, v TEXT)');
      await client.execute("INSERT INTO probe (v) VALUES ('x')");
      expect(await core.dispatch('backup.create', {})).toMatchObject({ ok: true });
      // A write in flight leaves the journal (or WAL) on disk: it must be as private as the database.
      const tx = await client.transaction('write');
      await tx.execute("INSERT INTO probe (v) VALUES ('y')");
      const side = readdirSync(dataDir).filter((f) => /^vault\.db-(journal|wal|shm)$/.test(f));
      expect(side.length).toBeGreaterThan(0);
      for (const f of side) expect(mode(join(dataDir, f)), f).toBe(0o600);
      await tx.rollback();
      expect(tooOpen(dataDir)).toEqual([]);
      expect(readdirSync(join(dataDir, 'backups')).some((f) => f.endsWith('.backup'))).toBe(true);

      // A damaged database is set aside and the newest copy put back: both private.
      await core.session.lock();
      damagePages(vaultPaths(dataDir).db);
      expect(await core.dispatch('vault.unlock', { password: TEST_PASSWORD })).toMatchObject({ ok: false });
      expect(await core.dispatch('backup.restoreNewestWhileLocked', { password: TEST_PASSWORD })).toMatchObject({ ok: true });
      expect(readdirSync(dataDir).some((f) => f.includes('beschadigd'))).toBe(true);
      expect(tooOpen(dataDir)).toEqual([]);
    } finally {
      await core.session.shutdown();
    }
  });

  it('at start, wider modes are tightened and logged without paths; a stray backup temporary is removed', async () => {
    const dataDir = join(tmp.dir, 'Jansen-data');
    const first = createCore({ dataDir, shell: 'web' });
    await setUp(first);
    expect(await first.dispatch('backup.create', {})).toMatchObject({ ok: true });
    await first.session.shutdown();
    // As an older version (or a copy by hand) left them: readable by group and others.
    const backups = join(dataDir, 'backups');
    for (const d of [dataDir, backups]) chmodSync(d, 0o755);
    for (const d of [dataDir, backups]) for (const f of readdirSync(d)) if (statSync(join(d, f)).isFile()) chmodSync(join(d, f), 0o644);
    // A copy killed half-way (kill -9 during VACUUM INTO) and an interrupted restore.
    const stray = join(backups, 'nazorgdossier-2026-11-23-02.backup.tmp');
    writeFileSync(stray, 'half');
    writeFileSync(join(dataDir, 'vault.db.herstel.tmp'), 'half');
    // Someone else's file in a chosen folder is not ours to change.
    mkdirSync(join(backups, 'eigen-map'));
    writeFileSync(join(backups, 'eigen-notitie.txt'), 'niet van de app');
    chmodSync(join(backups, 'eigen-notitie.txt'), 0o644);

    const lines: string[] = [];
    const prevQuiet = process.env['NAZORG_QUIET'];
    delete process.env['NAZORG_QUIET'];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const second = createCore({ dataDir, shell: 'web' });
    if (prevQuiet !== undefined) process.env['NAZORG_QUIET'] = prevQuiet;
    vi.restoreAllMocks();
    try {
      // At start, before any unlock.
      expect(second.session.status().state).toBe('locked');
      expect(existsSync(stray)).toBe(false);
      expect(existsSync(join(dataDir, 'vault.db.herstel.tmp'))).toBe(false);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(backups)).toBe(0o700);
      for (const f of readdirSync(dataDir)) if (statSync(join(dataDir, f)).isFile()) expect(mode(join(dataDir, f)), f).toBe(0o600);
      for (const f of readdirSync(backups).filter((f) => f.startsWith('nazorgdossier'))) expect(mode(join(backups, f)), f).toBe(0o600);
      expect(mode(join(backups, 'eigen-notitie.txt'))).toBe(0o644);
      const log = lines.join('');
      expect(log).toMatch(/files\.permissions_tightened folders=2 files=\d+/);
      expect(log).toMatch(/files\.stale_temporaries_removed count=2/);
      expect(log).not.toContain(tmp.dir);
      expect(log).not.toContain('Jansen');
    } finally {
      await second.session.shutdown();
    }
  });
});
