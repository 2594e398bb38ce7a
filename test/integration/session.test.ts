import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';
import { VaultSession } from '../../electron/main/session.js';
import { acquireInstanceLock, lockPath } from '../../electron/main/instance-lock.js';
import { createCore } from '../../electron/main/core.js';
import { createDemoVault, DEMO_PASSWORD } from '../../electron/cli/demo-vault.js';
import { getSettings } from '../../db/repositories/settings.js';
import { sessionPerTest, setUpVault } from '../helpers/core.js';
import { migrations } from '../helpers/migrations.js';
import { tempDir } from '../helpers/tmp.js';

const PW = 'fiets regen lantaarn koffie';

describe('vault session', () => {
  let clock: number;
  let session: VaultSession;
  let dir: string;
  beforeEach(() => {
    clock = Date.parse('2026-11-23T09:00:00Z');
  });
  sessionPerTest(
    () => clock,
    (s, d) => {
      session = s;
      dir = d;
    },
  );

  it('set-up needs the last group of the recovery code before anything is written', async () => {
    const { recoveryCode } = await session.beginSetup(PW);
    expect(session.status().state).toBe('setup-pending');
    await expect(session.completeSetup('ZZZZ')).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'SETUP_CONFIRMATION_MISMATCH');
    expect(session.status().state).toBe('setup-pending');
    await session.completeSetup(recoveryCode.slice(-4).toLowerCase());
    expect(session.status().state).toBe('unlocked');
  });

  it('a vault set up on the set-up screen starts with the first-run guide pending, at step 1', async () => {
    await setUpVault(session, PW);
    expect(await getSettings(session.requireVault().db)).toMatchObject({ firstRunGuide: 'pending', firstRunStep: 0 });
  });

  it('the demo vault is never offered the first-run guide', async () => {
    await session.openDemo((dir) => createDemoVault(dir, DEMO_PASSWORD).then(() => undefined), DEMO_PASSWORD);
    expect((await getSettings(session.requireVault().db)).firstRunGuide).toBe('not-offered');
    await session.closeDemo();
  });

  it('locks itself after the configured inactivity and forgets the database', async () => {
    await setUpVault(session, PW);
    clock += 9 * 60 * 1000;
    expect(await session.checkIdle()).toBe(false);
    session.touch();
    clock += 9 * 60 * 1000;
    expect(await session.checkIdle()).toBe(false);
    clock += 60 * 1000 + 1;
    expect(await session.checkIdle()).toBe(true);
    expect(session.status().state).toBe('locked');
    expect(() => session.requireVault()).toThrow(AppError);
  });

  it('imposes a growing delay after repeated wrong passwords, kept across restarts', async () => {
    await setUpVault(session, PW);
    await session.lock();
    for (let i = 0; i < 3; i++) await expect(session.unlock('verkeerd wachtwoord')).rejects.toSatisfy((e) => (e as AppError).code === 'WRONG_PASSWORD');
    expect(session.status().retryAfterSeconds).toBe(5);
    // Even the right password waits its turn.
    await expect(session.unlock(PW)).rejects.toSatisfy((e) => (e as AppError).code === 'TOO_MANY_ATTEMPTS');
    const restarted = new VaultSession({ dataDir: dir, migrations: migrations(), shell: 'web', appVersion: 'test', now: () => clock });
    expect(restarted.status().retryAfterSeconds).toBe(5);
    clock += 5000;
    await restarted.unlock(PW);
    expect(restarted.status().state).toBe('unlocked');
    expect(restarted.status().retryAfterSeconds).toBe(0);
    await restarted.shutdown();
  });

  it('the dispatcher refuses data calls while locked and records unlock in the audit log', async () => {
    const core = createCore({ dataDir: dir, shell: 'web' });
    const setup = await core.dispatch('vault.beginSetup', { password: PW, repeat: PW });
    expect(setup.ok).toBe(true);
    const code = (setup as { ok: true; value: { recoveryCode: string } }).value.recoveryCode;
    expect((await core.dispatch('vault.completeSetup', { lastGroup: code.slice(-4) })).ok).toBe(true);
    await core.dispatch('vault.lock', {});
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.dispatch('vault.unlock', { password: 'fout wachtwoord' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect((await core.dispatch('vault.unlock', { password: PW })).ok).toBe(true);
    const audit = await core.dispatch('audit.list', { limit: 50 });
    const events = (audit as { ok: true; value: { entries: { event: string; detail: Record<string, unknown> }[] } }).value.entries;
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['vault.created', 'vault.lock', 'vault.unlock']));
    expect(events.find((e) => e.event === 'vault.unlock')?.detail['failedAttemptsBefore']).toBe(1);
    await core.session.shutdown();
  });
});

describe('single instance', () => {
  it('a second copy on the same data folder is refused while the first lives; a stale lock is taken over', () => {
    const tmp = tempDir();
    const lock = acquireInstanceLock(tmp.dir, { url: 'http://127.0.0.1:1/' });
    expect(() => acquireInstanceLock(tmp.dir)).toThrow(/al geopend/);
    lock.release();
    // A lock left by a killed process (its pid no longer exists) does not block.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockPath(tmp.dir), JSON.stringify({ pid: Number(dead) }));
    const again = acquireInstanceLock(tmp.dir);
    expect(JSON.parse(readFileSync(lockPath(tmp.dir), 'utf8')).pid).toBe(process.pid);
    again.release();
    tmp.cleanup();
  });
  it('the start script says so in Dutch and exits, leaving the first copy running', () => {
    const tmp = tempDir();
    const lock = acquireInstanceLock(tmp.dir, { url: 'http://127.0.0.1:12345/' });
    const r = spawnSync(process.execPath, ['--import', 'tsx', join('electron', 'cli', 'start.ts'), '--web', '--no-open', '--data-dir', tmp.dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/Nazorgdossier is al geopend/);
    expect(JSON.parse(readFileSync(lockPath(tmp.dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
    tmp.cleanup();
  });
});
