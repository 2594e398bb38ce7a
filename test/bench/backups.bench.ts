import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { replaceDatabaseWith, writeBackup } from '../../db/backup.js';
import { migrate } from '../../db/migrate.js';
import * as schema from '../../db/schema.js';
import { checkIntegrity, createVault, generateRecoveryCode, type Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const PW = 'benchmark wachtwoord lang genoeg';
const N = 10_000;

/** The plain-SQLite equivalent of a backup: VACUUM INTO, then the full integrity_check of the copy. */
async function plainBackup(client: Client, target: string): Promise<void> {
  rmSync(target, { force: true });
  await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
  const copy = createClient({ url: pathToFileURL(target).href });
  try {
    await checkIntegrity(copy, 'integrity_check');
  } finally {
    copy.close();
  }
}

/**
 * backups.backup_10k (VACUUM INTO + integrity_check + counts of a 10,000-dossier vault),
 * backups.quick_check_10k (the integrity check every unlock now runs) and backups.restore_10k
 * (copy, verify, atomic rename), each beside the same work on plain SQLite.
 */
export async function benchBackups(dir: string): Promise<BenchResult[]> {
  const vault = await createVault(join(dir, 'vault'), PW, generateRecoveryCode(), migrations());
  await seedDossiersBulk(vault.db, N, 2026);
  const plain = createClient({ url: pathToFileURL(join(dir, 'plain.db')).href });
  await migrate(plain, migrations());
  await seedDossiersBulk(drizzle(plain, { schema }) as unknown as Db, N, 2026);

  const folder = join(dir, 'backups');
  let day = 0;
  const backup = await timeRuns(5, async () => {
    day++;
    await writeBackup(vault, folder, { date: `2026-01-${String(day).padStart(2, '0')}`, reason: 'bench', latestKnownMigration: 1000, createFolder: true });
  });
  const backupPlain = await timeRuns(5, () => plainBackup(plain, join(dir, 'plain-copy.db')));

  const quick = await timeRuns(7, async () => void (await checkIntegrity(vault.client, 'quick_check')));
  const quickPlain = await timeRuns(7, async () => void (await checkIntegrity(plain, 'quick_check')));

  const source = join(folder, 'nazorgdossier-2026-01-01-01.backup');
  const key = vault.copyDataKey();
  const paths = vault.paths;
  vault.close();
  const restore = await timeRuns(5, async () => void (await replaceDatabaseWith(paths, source, key, 1000)));
  key.fill(0);
  plain.close();
  return [
    result('backups.backup_10k', backup, backupPlain, 'VACUUM INTO + integrity_check'),
    result('backups.quick_check_10k', quick, quickPlain, 'runs at every unlock'),
    result('backups.restore_10k', restore, undefined, 'copy + verify + rename'),
  ];
}
