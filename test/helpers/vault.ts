import { afterEach, beforeEach } from 'vitest';
import { createVault, generateRecoveryCode, type OpenVault } from '../../db/vault.js';
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
