import { afterEach, beforeEach } from 'vitest';
import { dossiers } from '../../db/schema.js';
import { createVault, generateRecoveryCode, unlockVault, type Db, type OpenVault } from '../../db/vault.js';
import { TEST_PASSWORD } from './core.js';
import { migrations } from './migrations.js';
import { tempDir } from './tmp.js';

/** A new encrypted vault with TEST_PASSWORD in a temporary folder, open; `close` closes it and removes the folder. */
export async function tempVault(): Promise<{ v: OpenVault; dir: string; close: () => void }> {
  const tmp = tempDir();
  const v = await createVault(tmp.dir, TEST_PASSWORD, generateRecoveryCode(), migrations());
  return {
    v,
    dir: tmp.dir,
    close: () => {
      v.close();
      tmp.cleanup();
    },
  };
}

/** A new vault for each test of the describe block this is called in: `use` gets it before the test runs. */
export function vaultPerTest(use: (v: OpenVault) => void): void {
  let current: Awaited<ReturnType<typeof tempVault>> | undefined;
  beforeEach(async () => {
    current = await tempVault();
    use(current.v);
  });
  afterEach(() => current?.close());
}

/**
 * A dossier row written straight into the vault (no rules, no audit line), for a test of what reads or builds on
 * it: "Testmans, Fictus" made at `now` unless `values` say otherwise. Returns its id.
 */
export async function insertDossier(db: Db, now: string, values: Partial<typeof dossiers.$inferInsert> = {}): Promise<number> {
  const [row] = await db
    .insert(dossiers)
    .values({ achternaam: 'Testmans', voornamen: 'Fictus', createdAt: now, updatedAt: now, ...values })
    .returning({ id: dossiers.id });
  return row!.id;
}

/**
 * A demo vault of `count` made-up dossiers, made the way the app makes it and unlocked with TEST_PASSWORD, for
 * `use`; closed and removed afterwards. The demo maker is loaded only here, so other tests do not load it.
 */
export async function withDemoVault(count: number, use: (v: OpenVault) => Promise<void>): Promise<void> {
  const { createDemoVault } = await import('../../electron/cli/demo-vault.js');
  const tmp = tempDir();
  try {
    await createDemoVault(tmp.dir, TEST_PASSWORD, { dossiers: count });
    const v = await unlockVault(tmp.dir, TEST_PASSWORD, migrations());
    try {
      await use(v);
    } finally {
      v.close();
    }
  } finally {
    tmp.cleanup();
  }
}
