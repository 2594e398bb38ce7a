import { join } from 'node:path';
import { createVault, generateRecoveryCode, type Db } from '../../db/vault.js';
import { migrations } from '../helpers/migrations.js';
import { timeRuns } from './harness.js';
import { plainDb } from './plain-session.js';

const PW = 'benchmark wachtwoord lang genoeg';

/**
 * One query timed on an encrypted vault and on the same schema and data in a plain SQLite file, to show what
 * encryption costs. `fill` puts the data in each; `first` is the query's answer on the vault (for the goal line).
 * The two are timed in turns over 21 rounds, after two warm-up runs each, so a load on the shared machine weighs
 * on both alike.
 */
export async function encryptedVsPlain<F, T>(
  dir: string,
  fill: (db: Db) => Promise<F>,
  query: (db: Db) => Promise<T>,
): Promise<{ filled: F; first: T; enc: number[]; pl: number[] }> {
  const vault = await createVault(join(dir, 'vault'), PW, generateRecoveryCode(), migrations());
  const { client: plainClient, db: plain } = await plainDb(join(dir, 'plain.db'));
  const filled = await fill(vault.db);
  await fill(plain);
  const first = await query(vault.db);
  const enc: number[] = [];
  const pl: number[] = [];
  for (let r = 0; r < 21; r++) {
    enc.push(...(await timeRuns(1, async () => void (await query(vault.db)), r === 0 ? 2 : 0)));
    pl.push(...(await timeRuns(1, async () => void (await query(plain)), r === 0 ? 2 : 0)));
  }
  vault.close();
  plainClient.close();
  return { filled, first, enc, pl };
}
