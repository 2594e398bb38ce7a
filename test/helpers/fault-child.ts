import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { replaceDatabaseWith, writeBackup } from '../../db/backup.js';
import { openVaultWithKey, vaultPaths } from '../../db/vault.js';
// Bundled into test-results/children/ (two folders deep, like test/helpers/), so this path still finds db/migrations.
import { migrations } from './migrations.js';

/**
 * A child process for the fault tests, killed with SIGKILL by its parent at a random moment.
 * FAULT_MODE=write: open the vault through the real storage layer and write batches of rows, each batch
 *   in one transaction, with now and then a backup; report each commit on stdout.
 * FAULT_MODE=restore: put backup files in place of the database over and over (as a restore does).
 * The data key comes from the parent in the environment, so no KDF time is spent per round.
 */
const dir = process.env['FAULT_DIR']!;
const key = Buffer.from(process.env['FAULT_KEY']!, 'hex');
const mode = process.env['FAULT_MODE'] ?? 'write';
const rows = Number(process.env['FAULT_ROWS'] ?? 200);

async function writeLoop(): Promise<void> {
  const vault = await openVaultWithKey(dir, key, migrations());
  const last = await vault.client.execute('SELECT coalesce(max(batch), 0) FROM fault_rows');
  let batch = Number(last.rows[0]![0]);
  const payload = 'x'.repeat(500);
  process.stdout.write('ready\n');
  for (;;) {
    batch++;
    const tx = await vault.client.transaction('write');
    for (let i = 0; i < rows; i++) {
      await tx.execute({ sql: 'INSERT INTO fault_rows (batch, seq, payload) VALUES (?, ?, ?)', args: [batch, i, `${batch}:${i}:${payload}`] });
    }
    await tx.commit();
    process.stdout.write(`committed ${batch}\n`);
    if (batch % 4 === 0) {
      await writeBackup(vault, join(dir, 'backups'), { date: '2026-11-23', reason: 'test', latestKnownMigration: 1000, createFolder: true });
      process.stdout.write(`backup ${batch}\n`);
    }
  }
}

async function restoreLoop(): Promise<void> {
  const folder = join(dir, 'backups');
  const copies = readdirSync(folder)
    .filter((f) => f.endsWith('.backup'))
    .sort();
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await replaceDatabaseWith(vaultPaths(dir), join(folder, copies[i % copies.length]!), key, 1000);
    process.stdout.write(`restored ${copies[i % copies.length]}\n`);
  }
}

await (mode === 'restore' ? restoreLoop() : writeLoop());
