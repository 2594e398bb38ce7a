import { createClient, type Client } from '@libsql/client';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVault, generateRecoveryCode, unlockVault } from '../../db/vault.js';
import { KDF_MEMORY_BYTES } from '../../db/keyfile.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const PW = 'benchmark wachtwoord lang genoeg';

async function insert1k(client: Client, round: number): Promise<void> {
  const tx = await client.transaction('write');
  try {
    for (let i = 0; i < 1000; i++) {
      await tx.execute({ sql: 'INSERT INTO bench_rows (name, note) VALUES (?, ?)', args: [`Fictief persoon ${round}-${i}`, 'korte notitie bij de actie'] });
    }
    await tx.commit();
  } finally {
    tx.close();
  }
}

/** vault.unlock (KDF + open + migrations) and vault.write_1k (encrypted vs plain SQLite). */
export async function benchVault(dir: string): Promise<BenchResult[]> {
  const vaultDir = join(dir, 'vault');
  (await createVault(vaultDir, PW, generateRecoveryCode(), migrations())).close();
  const unlock = await timeRuns(7, async () => (await unlockVault(vaultDir, PW, migrations())).close());

  const v = await unlockVault(vaultDir, PW, migrations());
  await v.client.execute('CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)');
  const plain = createClient({ url: pathToFileURL(join(dir, 'plain.db')).href });
  await plain.execute('CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)');
  // Interleave encrypted and plain runs so machine noise hits both alike.
  const enc: number[] = [];
  const pl: number[] = [];
  for (let r = 0; r < 15; r++) {
    enc.push(...(await timeRuns(1, () => insert1k(v.client, r), r === 0 ? 1 : 0)));
    pl.push(...(await timeRuns(1, () => insert1k(plain, r), r === 0 ? 1 : 0)));
  }
  v.close();
  plain.close();
  return [
    result('vault.unlock', unlock, undefined, `<= 1000 ms, KDF scrypt ${KDF_MEMORY_BYTES / 1024 / 1024} MiB`),
    result('vault.write_1k', enc, pl, 'ratio <= 1.3'),
  ];
}
