import { beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, closeSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@libsql/client';
import { AppError } from '../../common/errors.js';
import { BACKUP_KEY_FILE, listBackups } from '../../db/backup.js';
import { listAudit, recordAudit } from '../../db/repositories/audit.js';
import { unlockVault, unlockVaultWithRecovery, openClient, vaultPaths } from '../../db/vault.js';
import { BackupService } from '../../electron/main/backups.js';
import { VaultSession } from '../../electron/main/session.js';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { migrations } from '../helpers/migrations.js';
import { tempDirPerTest } from '../helpers/tmp.js';
import { damagePages } from '../helpers/damage.js';
import { okValue as value, sessionPerTest, setUpVault, unlockedCoreAt } from '../helpers/core.js';

const PW = 'fiets regen lantaarn koffie';

/** Rows that stand for dossier data until the dossiers area lands: synthetic names in a probe table. */
async function addProbeRows(session: VaultSession, n: number, seed: number): Promise<string[]> {
  const { client } = session.requireVault();
  await client.execute('CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, name TEXT, bsn TEXT)');
  const rand = seededRandom(seed);
  const people = Array.from({ length: n }, (_, i) => syntheticPerson(rand, i + 1));
  await client.batch(
    people.map((p) => ({ sql: 'INSERT INTO probe (name, bsn) VALUES (?, ?)', args: [`${p.voornamen} ${p.achternaam}`, p.bsn] })),
    'write',
  );
  return people.map((p) => p.achternaam);
}

async function probeCount(session: VaultSession): Promise<number> {
  const r = await session.requireVault().client.execute('SELECT count(*) FROM probe');
  return Number(r.rows[0]![0]);
}

describe('backups: encrypted copies, verified, rotated, restorable', () => {
  let clock: Date;
  let session: VaultSession;
  let service: BackupService;
  let dir: string;
  beforeEach(() => {
    clock = new Date('2026-11-23T09:00:00');
  });
  sessionPerTest(
    () => clock.getTime(),
    (s, d) => {
      session = s;
      dir = d;
      service = new BackupService(session, { now: () => clock });
      service.install();
    },
    'data',
  );

  it('VACUUM INTO on the encrypted connection writes an encrypted copy that opens only with the data key', async () => {
    await setUpVault(session);
    const names = await addProbeRows(session, 200, 11);
    const entry = await service.backup(session.requireVault(), 'handmatig');
    const folder = join(dir, 'data', 'backups');
    const file = join(folder, entry.name);
    expect(entry.name).toMatch(/^nazorgdossier-2026-11-23-\d{2}\.backup$/);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    for (const n of names.slice(0, 30)) expect(bytes.includes(Buffer.from(n))).toBe(false);
    expect(entry.counts['probe']).toBe(200);
    expect(entry.counts['audit_log']).toBeGreaterThan(0);

    // Without a key and with a wrong key the copy cannot be read; with the data key it can and is intact.
    const plain = createClient({ url: pathToFileURL(file).href });
    await expect(plain.execute('SELECT count(*) FROM probe')).rejects.toThrow();
    plain.close();
    const wrong = openClient(file, randomBytes(32));
    await expect(wrong.execute('SELECT count(*) FROM probe')).rejects.toThrow();
    wrong.close();
    const key = session.requireVault().copyDataKey();
    const right = openClient(file, key);
    expect((await right.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
    expect(Number((await right.execute('SELECT count(*) FROM probe')).rows[0]![0])).toBe(200);
    right.close();

    // The manifest beside it carries counts but no names.
    const manifest = readFileSync(`${file}.json`, 'utf8');
    for (const n of names) expect(manifest.includes(n)).toBe(false);
    expect(readdirSync(folder).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('a copy opens with the same password and with the recovery code, using the key file beside the backups', async () => {
    const code = await setUpVault(session);
    await addProbeRows(session, 20, 12);
    const entry = await service.backup(session.requireVault(), 'handmatig');
    const folder = join(dir, 'data', 'backups');
    // The whole data folder is lost; only the backup folder (USB stick) survives.
    const fresh = join(dir, 'nieuwe-computer');
    mkdirSync(fresh);
    copyFileSync(join(folder, entry.name), vaultPaths(fresh).db);
    copyFileSync(join(folder, BACKUP_KEY_FILE), vaultPaths(fresh).key);
    const v = await unlockVault(fresh, PW, migrations());
    expect(Number((await v.client.execute('SELECT count(*) FROM probe')).rows[0]![0])).toBe(20);
    v.close();
    const r = await unlockVaultWithRecovery(fresh, code, 'een nieuw wachtwoord voor later', migrations());
    r.close();

    // After a password change the key file beside the backups follows (at the next status check),
    // so the copies open with the new password.
    await session.changePassword(PW, 'het nieuwe wachtwoord van vandaag');
    await service.status(session.requireVault());
    const later = join(dir, 'nog-een-computer');
    mkdirSync(later);
    copyFileSync(join(folder, entry.name), vaultPaths(later).db);
    copyFileSync(join(folder, BACKUP_KEY_FILE), vaultPaths(later).key);
    (await unlockVault(later, 'het nieuwe wachtwoord van vandaag', migrations())).close();
  });

  it('backs up at the first unlock of a day and at shutdown, not at every unlock', async () => {
    await setUpVault(session);
    const folder = join(dir, 'data', 'backups');
    const id = session.requireVault().vaultId;
    // Set-up counts as the first unlock of the day.
    expect(listBackups(folder, id).map((b) => b.reason)).toEqual(['dagelijks']);
    await session.lock('manual');
    await session.unlock(PW);
    expect(listBackups(folder, id)).toHaveLength(1);
    await session.lock('idle');
    expect(listBackups(folder, id)).toHaveLength(1);
    clock = new Date('2026-11-24T08:30:00');
    await session.unlock(PW);
    expect(listBackups(folder, id).map((b) => b.date)).toEqual(['2026-11-24', '2026-11-23']);
    await session.shutdown();
    expect(listBackups(folder, id).map((b) => `${b.date}/${b.reason}`)).toEqual(['2026-11-24/afsluiten', '2026-11-24/dagelijks', '2026-11-23/dagelijks']);
    // The next day, rotation keeps only the newest copy of 24-11.
    clock = new Date('2026-11-25T08:30:00');
    await session.unlock(PW);
    expect(listBackups(folder, id).map((b) => `${b.date}/${b.reason}`)).toEqual(['2026-11-25/dagelijks', '2026-11-24/afsluiten', '2026-11-23/dagelijks']);
  });

  it('rotation keeps 7 daily, 4 weekly and 12 monthly copies over more than a year of use', async () => {
    await setUpVault(session);
    const vault = session.requireVault();
    // Every fourth day for a year, then every day for three weeks (fewer copies keep the test quick).
    for (let d = 0; d < 420; d++) {
      if (d < 400 && d % 4 !== 0) continue;
      clock = new Date(new Date('2025-10-01T10:00:00').getTime() + d * 86_400_000);
      await service.backup(vault, 'dagelijks');
    }
    const kept = listBackups(join(dir, 'data', 'backups'), vault.vaultId);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12);
    // Newest seven days are all there.
    const last = new Date(`${kept[0]!.date}T12:00:00`).getTime();
    const sevenDays = Array.from({ length: 7 }, (_, i) => new Date(last - i * 86_400_000).toISOString().slice(0, 10));
    expect(kept.slice(0, 7).map((b) => b.date)).toEqual(sevenDays);
    // Each of the last 12 months has a copy.
    expect(new Set(kept.map((b) => b.date.slice(0, 7))).size).toBe(12);
    // The files on disk match the list: nothing left behind from deleted copies.
    const files = readdirSync(join(dir, 'data', 'backups')).filter((f) => f.endsWith('.backup'));
    expect(files.sort()).toEqual(kept.map((b) => b.name).sort());
  });

  it('restore: picks a copy, backs up the present state first, and brings the old state back', async () => {
    const core = await unlockedCoreAt(join(dir, 'core'));
    try {
      await addProbeRows(core.session, 10, 13);
      const made = value<{ name: string; counts: Record<string, number> }>(await core.dispatch('backup.create', {}));
      expect(made.counts['probe']).toBe(10);
      await addProbeRows(core.session, 5, 14);
      expect(await probeCount(core.session)).toBe(15);

      const list = value<{ backups: { name: string; counts: Record<string, number> }[] }>(await core.dispatch('backup.list', {}));
      expect(list.backups.map((b) => b.name)).toContain(made.name);

      // A name outside the list is refused with a field message; nothing changes.
      expect(await core.dispatch('backup.restore', { name: '../vault.key' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await core.dispatch('backup.restore', { name: 'nazorgdossier-2001-01-01-01.backup' })).toMatchObject({
        ok: false,
        error: { code: 'BACKUP_NOT_FOUND' },
      });
      expect(await probeCount(core.session)).toBe(15);

      value(await core.dispatch('backup.restore', { name: made.name }));
      expect(core.session.status().state).toBe('unlocked');
      expect(await probeCount(core.session)).toBe(10);

      // The state before the restore was saved as a copy of its own and can be restored in turn.
      const after = value<{ backups: { name: string; reason: string; counts: Record<string, number> }[] }>(await core.dispatch('backup.list', {}));
      const saved = after.backups.find((b) => b.reason === 'voor-herstel')!;
      expect(saved.counts['probe']).toBe(15);
      const audit = await listAudit(core.session.requireVault().db, 50, 0);
      expect(audit.entries.map((e) => e.event)).toContain('backup.restored');
      value(await core.dispatch('backup.restore', { name: saved.name }));
      expect(await probeCount(core.session)).toBe(15);
    } finally {
      await core.session.shutdown();
    }
  });

  it('a damaged copy is refused before anything is touched', async () => {
    await setUpVault(session);
    await addProbeRows(session, 300, 15);
    const entry = await service.backup(session.requireVault(), 'handmatig');
    damagePages(join(dir, 'data', 'backups', entry.name));
    await addProbeRows(session, 1, 16);
    await expect(service.restore(entry.name)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'BACKUP_DAMAGED');
    expect(await probeCount(session)).toBe(301);
  });

  it('warns when the last good copy is older than 7 days or the folder is unreachable', async () => {
    await setUpVault(session);
    const vault = session.requireVault();
    expect((await service.status(vault)).warning).toBeNull();
    clock = new Date('2026-12-02T09:00:00');
    expect((await service.status(vault)).warning).toBe('stale');
    const usb = join(dir, 'usb-stick');
    mkdirSync(usb);
    await service.setFolder(vault, usb);
    await service.backup(vault, 'handmatig');
    expect((await service.status(vault)).warning).toBeNull();
    rmSync(usb, { recursive: true });
    expect((await service.status(vault)).warning).toBe('unreachable');
    await expect(service.backup(vault, 'handmatig')).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'BACKUP_FOLDER_UNREACHABLE');
    // A folder that does not exist is refused when chosen (not made: it may be a typing error), with a field message.
    await expect(service.setFolder(vault, join(dir, 'bestand-geen-map', 'x'))).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'BACKUP_FOLDER_UNREACHABLE' && !!e.details?.['fields'],
    );
    const notAFolder = join(dir, 'gewoon-bestand');
    copyFileSync(vaultPaths(join(dir, 'data')).key, notAFolder);
    await expect(service.setFolder(vault, join(notAFolder, 'sub'))).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'BACKUP_FOLDER_UNREACHABLE' && !!e.details?.['fields'],
    );
  });
});

describe('integrity check at unlock', () => {
  const tmp = tempDirPerTest();

  it('finds a damaged database, explains, and restores the newest good copy while locked', async () => {
    const dataDir = join(tmp.dir, 'data');
    const core = await unlockedCoreAt(dataDir);
    try {
      await addProbeRows(core.session, 400, 21);
      value(await core.dispatch('backup.create', {}));
      await recordAudit(core.session.requireVault().db, 'test.after_backup');
      await core.dispatch('vault.lock', {});
      damagePages(vaultPaths(dataDir).db);
      const damagedBytes = readFileSync(vaultPaths(dataDir).db);

      const res = await core.dispatch('vault.unlock', { password: PW });
      expect(res).toMatchObject({ ok: false });
      const err = (res as { ok: false; error: { code: string; message: string } }).error;
      expect(['VAULT_INTEGRITY', 'VAULT_CORRUPT']).toContain(err.code);
      expect(err.message).toMatch(/reservekopie/);
      expect(readFileSync(vaultPaths(dataDir).db).equals(damagedBytes)).toBe(true);

      const offer = value<{ count: number; newest: string }>(await core.dispatch('backup.availableWhileLocked', {}));
      expect(offer.count).toBeGreaterThanOrEqual(1);

      expect(await core.dispatch('backup.restoreNewestWhileLocked', { password: 'niet het wachtwoord' })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSWORD' },
      });
      expect(readFileSync(vaultPaths(dataDir).db).equals(damagedBytes)).toBe(true);

      value(await core.dispatch('backup.restoreNewestWhileLocked', { password: PW }));
      expect(core.session.status().state).toBe('unlocked');
      expect(await probeCount(core.session)).toBe(400);
      const ok = await core.session.requireVault().client.execute('PRAGMA integrity_check');
      expect(ok.rows[0]![0]).toBe('ok');
      // The damaged file is kept aside, never destroyed.
      expect(readdirSync(dataDir).some((f) => f.startsWith('vault.db.beschadigd-'))).toBe(true);
      const events = (await listAudit(core.session.requireVault().db, 50, 0)).entries.map((e) => e.event);
      expect(events).toContain('backup.restored');
      expect(events).toContain('vault.unlock_after_restore');
    } finally {
      await core.session.shutdown();
    }
  });

  it('a damaged key file is replaced by the copy beside the backups', async () => {
    const dataDir = join(tmp.dir, 'data');
    const core = await unlockedCoreAt(dataDir);
    try {
      await core.dispatch('vault.lock', {});
      const keyPath = vaultPaths(dataDir).key;
      const k = readFileSync(keyPath);
      rmSync(keyPath);
      copyFileSync(join(tmp.dir, 'data', 'backups', BACKUP_KEY_FILE), join(tmp.dir, 'check.key'));
      expect(readFileSync(join(tmp.dir, 'check.key')).equals(k)).toBe(true);
      // Truncated key file: unlock cannot read it.
      const fd = openSync(keyPath, 'w');
      writeSync(fd, k.subarray(0, 30));
      closeSync(fd);
      expect(await core.dispatch('vault.unlock', { password: PW })).toMatchObject({ ok: false, error: { code: 'KEYFILE_CORRUPT' } });
      value(await core.dispatch('backup.restoreNewestWhileLocked', { password: PW }));
      expect(core.session.status().state).toBe('unlocked');
      expect(readFileSync(keyPath).equals(k)).toBe(true);
      expect(existsSync(vaultPaths(dataDir).db)).toBe(true);
    } finally {
      await core.session.shutdown();
    }
  });
});
