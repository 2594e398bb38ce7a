import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder per test; removed afterwards. Vault files in tests are real files on disk. */
export function tempDir(prefix = 'nazorg-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh temporary folder for each test of the describe block this is called in, removed after it: `tmp.dir`. */
export function tempDirPerTest(prefix?: string): { readonly dir: string } {
  return tempDirFor(beforeEach, afterEach, prefix);
}

/** One temporary folder for all tests of the describe block this is called in, removed after the last: `tmp.dir`. */
export function tempDirPerFile(prefix?: string): { readonly dir: string } {
  return tempDirFor(beforeAll, afterAll, prefix);
}

function tempDirFor(before: typeof beforeEach, after: typeof afterEach, prefix?: string): { readonly dir: string } {
  let current: ReturnType<typeof tempDir> | undefined;
  before(() => {
    current = tempDir(prefix);
  });
  after(() => current?.cleanup());
  return {
    get dir() {
      if (!current) throw new Error('temporary folder asked for outside a test');
      return current.dir;
    },
  };
}
