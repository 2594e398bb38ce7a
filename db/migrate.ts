import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { AppError } from '../common/errors.js';

/**
 * Applies the committed drizzle-kit migrations in order, like Signal Desktop's migration list:
 * they only go up, all pending ones run in one transaction, and a vault written by a newer
 * app version (a migration index we do not know) is refused before anything is written.
 */
interface JournalEntry {
  idx: number;
  tag: string;
}

export interface Migration {
  idx: number;
  tag: string;
  statements: string[];
}

export function loadMigrations(migrationsDir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const entries = [...journal.entries].sort((a, b) => a.idx - b.idx);
  entries.forEach((e, i) => {
    if (e.idx !== i) throw new Error(`Migration journal is not contiguous at ${e.tag}`);
  });
  return entries.map((e) => ({
    idx: e.idx,
    tag: e.tag,
    statements: readFileSync(join(migrationsDir, `${e.tag}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
}

export const MIGRATIONS_TABLE = '__nazorg_migrations';

export async function appliedMigrationIndex(client: Client): Promise<number> {
  const exists = await client.execute({ sql: "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", args: [MIGRATIONS_TABLE] });
  if (exists.rows.length === 0) return -1;
  const res = await client.execute(`SELECT max(idx) AS m FROM ${MIGRATIONS_TABLE}`);
  const m = res.rows[0]?.['m'];
  return m === null || m === undefined ? -1 : Number(m);
}

export async function migrate(client: Client, migrations: Migration[]): Promise<{ applied: string[]; version: number }> {
  const latestKnown = migrations.length - 1;
  const current = await appliedMigrationIndex(client);
  if (current > latestKnown) throw new AppError('VAULT_TOO_NEW');
  const pending = migrations.filter((m) => m.idx > current);
  if (pending.length === 0) return { applied: [], version: current };
  const now = new Date().toISOString();
  await client.batch(
    [
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      ...pending.flatMap((m) => [
        ...m.statements,
        { sql: `INSERT INTO ${MIGRATIONS_TABLE} (idx, tag, applied_at) VALUES (?, ?, ?)`, args: [m.idx, m.tag, now] },
      ]),
    ],
    'write',
  );
  return { applied: pending.map((m) => m.tag), version: latestKnown };
}
