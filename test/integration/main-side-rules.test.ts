import { beforeEach, describe, expect, it } from 'vitest';
import { openSync, closeSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';
import { BACKUP_KEY_FILE } from '../../db/backup.js';
import { listAudit } from '../../db/repositories/audit.js';
import { vaultPaths } from '../../db/vault.js';
import { BackupService } from '../../electron/main/backups.js';
import { createCore } from '../../electron/main/core.js';
import { VaultSession } from '../../electron/main/session.js';
import { tempDirPerTest } from '../helpers/tmp.js';
import { sessionPerTest, setUpVault, unlockedCoreAt } from '../helpers/core.js';

const PW = 'fiets regen lantaarn koffie';
const NEW_PW = 'nieuwe zin met vier woorden';
const code = (e: unknown) => (e as AppError).code;

/** A core on a new vault with an extra table `probe`, for rows that must survive (or not) a restore. */
async function coreWithProbe(dataDir: string) {
  const core = await unlockedCoreAt(dataDir);
  const { client } = core.session.requireVault();
  await client.execute('CREATE TABLE probe (id INTEGER PRIMARY KEY, v TEXT)');
  return { core, client };
}

async function rowsOf(session: VaultSession): Promise<number> {
  const r = await session.requireVault().client.execute('SELECT count(*) FROM probe');
  return Number(r.rows[0]![0]);
}

describe('backup.restoreNewestWhileLocked refuses a healthy vault (issue 13 point 7)', () => {
  const tmp = tempDirPerTest();

  it('a healthy database is not replaced by the morning copy: refused, nothing changed, later work kept', async () => {
    const dataDir = join(tmp.dir, 'data');
    const { core, client } = await coreWithProbe(dataDir);
    try {
      await client.execute("INSERT INTO probe (v) VALUES ('voor de kopie')");
      expect(await core.dispatch('backup.create', {})).toMatchObject({ ok: true });
      // Made after the copy: it must survive.
      await client.execute("INSERT INTO probe (v) VALUES ('na de kopie')");
      await core.dispatch('vault.lock', {});
      const before = readFileSync(vaultPaths(dataDir).db);

      const r = await core.dispatch('backup.restoreNewestWhileLocked', { password: PW });
      expect(r).toMatchObject({ ok: false, error: { code: 'VAULT_NOT_DAMAGED' } });
      expect(core.session.status().state).toBe('locked');
      expect(readFileSync(vaultPaths(dataDir).db).equals(before)).toBe(true);
      expect(readdirSync(dataDir).filter((f) => f.includes('beschadigd'))).toEqual([]);

      expect(await core.dispatch('vault.unlock', { password: PW })).toMatchObject({ ok: true });
      expect(await rowsOf(core.session)).toBe(2);
    } finally {
      await core.session.shutdown();
    }
  });

  it('only the key file damaged: its copy is put back and the (healthy) database with later work stays', async () => {
    const dataDir = join(tmp.dir, 'data');
    const { core, client } = await coreWithProbe(dataDir);
    try {
      expect(await core.dispatch('backup.create', {})).toMatchObject({ ok: true });
      await client.execute("INSERT INTO probe (v) VALUES ('na de kopie')");
      await core.dispatch('vault.lock', {});
      const keyPath = vaultPaths(dataDir).key;
      const key = readFileSync(keyPath);
      rmSync(keyPath);
      const fd = openSync(keyPath, 'w');
      writeSync(fd, key.subarray(0, 30));
      closeSync(fd);
      expect(await core.dispatch('vault.unlock', { password: PW })).toMatchObject({ ok: false, error: { code: 'KEYFILE_CORRUPT' } });

      expect(await core.dispatch('backup.restoreNewestWhileLocked', { password: PW })).toMatchObject({ ok: true, value: { restored: BACKUP_KEY_FILE } });
      expect(readFileSync(keyPath).equals(key)).toBe(true);
      expect(await rowsOf(core.session)).toBe(1);
      const events = (await listAudit(core.session.requireVault().db, 20, 0)).entries.map((e) => e.event);
      expect(events).toContain('backup.key_restored');
      expect(events).not.toContain('backup.restored');
    } finally {
      await core.session.shutdown();
    }
  });
});

describe('vault.changePassword counts wrong current passwords like unlock does (issue 13 point 8)', () => {
  let clock: number;
  let session: VaultSession;
  let dir: string;
  beforeEach(() => {
    clock = new Date('2026-11-23T09:00:00').getTime();
  });
  sessionPerTest(
    () => clock,
    (s, d) => {
      session = s;
      dir = d;
      new BackupService(session).install();
    },
  );

  it('after three wrong tries the growing delay applies, also to the right password and to unlock', async () => {
    await setUpVault(session);
    for (let i = 0; i < 3; i++) await expect(session.changePassword('geraden wachtwoord', NEW_PW)).rejects.toSatisfy((e) => code(e) === 'WRONG_PASSWORD');
    expect(session.status().retryAfterSeconds).toBe(5);
    // The next try waits, even with the right password: no unwrapping happens at all.
    await expect(session.changePassword(PW, NEW_PW)).rejects.toSatisfy((e) => code(e) === 'TOO_MANY_ATTEMPTS');
    // One count with the lock screen: locking does not reset it.
    await session.lock();
    await expect(session.unlock(PW)).rejects.toSatisfy((e) => code(e) === 'TOO_MANY_ATTEMPTS');
    clock += 5000;
    await session.unlock(PW);
    // The failures while unlocked were audited at once, not as unlock failures.
    const events = (await listAudit(session.requireVault().db, 50, 0)).entries.map((e) => e.event);
    expect(events.filter((e) => e === 'vault.password_change_failed')).toHaveLength(3);
    expect(events).not.toContain('vault.unlock_failed');
    await session.changePassword(PW, NEW_PW);
    expect(session.status().retryAfterSeconds).toBe(0);
  });

  it('through the dispatcher: the fourth wrong try is refused with the wait in seconds', async () => {
    const core = createCore({ dataDir: join(dir, 'api'), shell: 'web' });
    try {
      await setUpVault(core.session);
      for (let i = 0; i < 3; i++)
        expect(await core.dispatch('vault.changePassword', { currentPassword: 'fout', newPassword: NEW_PW, repeat: NEW_PW })).toMatchObject({
          ok: false,
          error: { code: 'WRONG_PASSWORD' },
        });
      const r = await core.dispatch('vault.changePassword', { currentPassword: 'fout', newPassword: NEW_PW, repeat: NEW_PW });
      expect(r).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Probeer het over \d+ seconden opnieuw/) } });
    } finally {
      await core.session.shutdown();
    }
  });
});
