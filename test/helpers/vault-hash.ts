import { createHash } from 'node:crypto';
import type { Client } from '@libsql/client';

/**
 * A content hash over every table of a vault (names from sqlite_master, rows in rowid order, BLOBs as hex):
 * equal hashes before and after an operation prove it wrote nothing.
 */
export async function vaultContentHash(client: Client): Promise<string> {
  const h = createHash('sha256');
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  for (const t of tables.rows) {
    const name = String(t['name']);
    h.update(`#${name}\n`);
    const rows = await client.execute(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY rowid`);
    for (const r of rows.rows) {
      h.update(JSON.stringify(Array.from(r as ArrayLike<unknown>, (v) => (v instanceof ArrayBuffer ? Buffer.from(v).toString('hex') : v))));
      h.update('\n');
    }
  }
  return h.digest('hex');
}
