import { beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultStateEvent } from '../../common/api/events.js';
import { AppError } from '../../common/errors.js';
import { createDemoVault, DEMO_PASSWORD } from '../../electron/cli/demo-vault.js';
import { VaultSession } from '../../electron/main/session.js';
import { vaultPaths } from '../../db/vault.js';
import { sessionPerTest } from '../helpers/core.js';
import { damagePages } from '../helpers/damage.js';

const PW = 'fiets regen lantaarn koffie';
const codeOf = (e: unknown) => (e as AppError).code;

/**
 * The session's states on real vault files: every path the session takes (a move outside common/vault-states.ts's
 * table would throw an internal error here), and what its listeners hear — only where it comes to rest, once.
 */
describe('vault session states and their events', () => {
  let clock: number;
  let session: VaultSession;
  let dir: string;
  let heard: string[];
  const told = (e: VaultStateEvent) => heard.push(`${e.status.state}${e.status.demo ? ' (demo)' : ''}`);
  beforeEach(() => {
    clock = Date.parse('2026-11-23T09:00:00Z');
    heard = [];
  });
  sessionPerTest(
    () => clock,
    (s, d) => {
      session = s;
      dir = d;
      session.onStateChange(told);
    },
    'data',
  );

  it('set-up, lock, a wrong password, unlock, a restore and the idle timer', async () => {
    expect(session.state).toBe('no-vault');
    await session.beginSetup(PW);
    await session.cancelSetup();
    const { recoveryCode } = await session.beginSetup(PW);
    await expect(session.completeSetup('ZZZZ')).rejects.toSatisfy((e) => codeOf(e) === 'SETUP_CONFIRMATION_MISMATCH');
    expect(session.state).toBe('setup-pending');
    await session.completeSetup(recoveryCode.slice(-4));
    await session.lock();
    await expect(session.unlock('niet het wachtwoord')).rejects.toSatisfy((e) => codeOf(e) === 'WRONG_PASSWORD');
    expect(session.state).toBe('locked');
    clock += 60_000;
    await session.unlock(PW);

    // A restore: replacing while the file is swapped, open again afterwards; the renderer hears nothing of it.
    const during = await session.replaceDatabase(async () => session.state, 'vault.reopened_after_restore');
    expect(during).toBe('replacing');
    expect(session.state).toBe('unlocked');

    clock += 11 * 60_000;
    expect(await session.checkIdle()).toBe(true);
    expect(session.state).toBe('locked');
    expect(heard).toEqual(['setup-pending', 'no-vault', 'setup-pending', 'unlocked', 'locked', 'unlocked', 'locked']);
  });

  it('an unconfirmed set-up lapses into no vault when asked after half an hour', async () => {
    await session.beginSetup(PW);
    clock += 31 * 60_000;
    expect(session.status().state).toBe('no-vault');
    expect(heard).toEqual(['setup-pending', 'no-vault']);
  });

  it('locking the demo closes it: the coordinator is back at their own (here: not yet made) vault', async () => {
    const create = (dir: string) => createDemoVault(dir, DEMO_PASSWORD).then(() => undefined);
    await session.openDemo(create, DEMO_PASSWORD);
    expect(session.state).toBe('demo');
    expect(session.status()).toMatchObject({ state: 'unlocked', demo: true });
    clock += 11 * 60_000;
    expect(await session.checkIdle()).toBe(true);
    expect(session.state).toBe('no-vault');
    expect(session.status()).toMatchObject({ state: 'no-vault', demo: false });
    // The set-up screen that follows works on the coordinator's own folder.
    await session.openDemo(create, DEMO_PASSWORD);
    await session.closeDemo();
    expect(heard).toEqual(['unlocked (demo)', 'no-vault', 'unlocked (demo)', 'no-vault']);
  });

  it('damage found at unlock is a state of its own until a repair opens the vault', async () => {
    const { recoveryCode } = await session.beginSetup(PW);
    await session.completeSetup(recoveryCode.slice(-4));
    await session.lock();
    const paths = vaultPaths(session.dataDir);
    const good = join(dir, 'good.db');
    copyFileSync(paths.db, good);
    expect(readdirSync(session.dataDir).filter((f) => f.includes('-wal') && statSync(join(session.dataDir, f)).size > 0)).toEqual([]);
    damagePages(paths.db);

    await expect(session.unlock(PW)).rejects.toSatisfy((e) => ['VAULT_INTEGRITY', 'VAULT_CORRUPT'].includes(codeOf(e)));
    expect(session.state).toBe('damaged');
    expect(session.status().state).toBe('damaged');
    // A wrong password does not make the damage forgotten.
    await expect(session.unlock('niet het wachtwoord')).rejects.toSatisfy((e) => codeOf(e) === 'WRONG_PASSWORD');
    expect(session.state).toBe('damaged');
    clock += 60_000;

    await session.repairAndUnlock(PW, null, async (p) => copyFileSync(good, p.db));
    expect(session.state).toBe('unlocked');
    expect(heard).toEqual(['setup-pending', 'unlocked', 'locked', 'damaged', 'unlocked']);
  });

  it('a listener that fails does not stop the session or the other listeners', async () => {
    session.onStateChange(() => {
      throw new Error('venster is weg');
    });
    session.onStateChange((e) => heard.push(`after: ${e.status.state}`));
    const stop = session.onStateChange((e) => heard.push(`stopped: ${e.status.state}`));
    stop();
    await session.beginSetup(PW);
    expect(session.state).toBe('setup-pending');
    expect(heard).toEqual(['setup-pending', 'after: setup-pending']);
  });
});
