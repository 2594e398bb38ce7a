import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, verifyCopy } from '../../db/backup.js';
import { createVault, generateRecoveryCode, openVaultWithKey, vaultPaths } from '../../db/vault.js';
import { seededRandom } from '../../db/demo/synthetic.js';
import { bundleChild } from '../helpers/child-bundle.js';
import { migrations } from '../helpers/migrations.js';
import { tempDir } from '../helpers/tmp.js';

const PW = 'fiets regen lantaarn koffie';
const ROWS = 200;
let child = '';

interface Round {
  stdout: string;
  hotJournal: boolean;
}

/** Starts the child, waits until it is writing, then kills it with SIGKILL after a random pause. */
function killRound(dir: string, keyHex: string, mode: 'write' | 'restore', pauseMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child], {
      env: { ...process.env, FAULT_DIR: dir, FAULT_KEY: keyHex, FAULT_MODE: mode, FAULT_ROWS: String(ROWS), NAZORG_QUIET: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    p.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!armed && stdout.includes('ready\n')) {
        armed = true;
        setTimeout(() => p.kill('SIGKILL'), pauseMs);
      }
    });
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}): ${stderr.slice(0, 2000)}`));
      // Looked at before anything reopens the database: a journal left behind means the kill hit a transaction.
      else resolve({ stdout, hotJournal: existsSync(`${vaultPaths(dir).db}-journal`) });
    });
  });
}

const committed = (stdout: string) => [...stdout.matchAll(/^committed (\d+)$/gm)].map((m) => Number(m[1]));

describe('SIGKILL in the middle of large writes', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  let keyHex: string;
  beforeAll(async () => {
    child = await bundleChild(join(import.meta.dirname, '..', 'helpers', 'fault-child.ts'), 'fault-child');
    tmp = tempDir('nazorg-kill-');
    dir = join(tmp.dir, 'data');
    const v = await createVault(dir, PW, generateRecoveryCode(), migrations());
    await v.client.execute(
      'CREATE TABLE fault_rows (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, seq INTEGER NOT NULL, payload TEXT NOT NULL, UNIQUE (batch, seq))',
    );
    const key = v.copyDataKey();
    keyHex = key.toString('hex');
    key.fill(0);
    v.close();
  });
  afterAll(() => {
    tmp.cleanup();
    rmSync(child, { force: true });
  });

  async function checkVault(): Promise<Map<number, number>> {
    // Opens as the app does (quick_check + migrations), then the full integrity_check.
    const v = await openVaultWithKey(dir, Buffer.from(keyHex, 'hex'), migrations());
    try {
      expect((await v.client.execute('PRAGMA integrity_check')).rows[0]![0]).toBe('ok');
      const res = await v.client.execute('SELECT batch, count(*), min(seq), max(seq) FROM fault_rows GROUP BY batch');
      const batches = new Map<number, number>();
      for (const r of res.rows) {
        // Every batch is whole: all its rows, numbered 0..ROWS-1, or not there at all.
        expect([Number(r[1]), Number(r[2]), Number(r[3])]).toEqual([ROWS, 0, ROWS - 1]);
        batches.set(Number(r[0]), Number(r[1]));
      }
      return batches;
    } finally {
      v.close();
    }
  }

  it('20 kills while writing batches and backups: the vault always opens, intact, with whole batches only', async () => {
    const rand = seededRandom(2026);
    let hot = 0;
    const verified = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const { stdout, hotJournal } = await killRound(dir, keyHex, 'write', 20 + Math.floor(rand() * 400));
      if (hotJournal) hot++;
      const batches = await checkVault();
      // What the child saw committed survived the kill.
      for (const b of committed(stdout)) expect(batches.has(b)).toBe(true);
      // Published backups are whole; an interrupted one never has a final name.
      const folder = join(dir, 'backups');
      if (existsSync(folder)) {
        for (const f of readdirSync(folder).filter((x) => x.endsWith('.backup') && !verified.has(x))) {
          await verifyCopy(join(folder, f), Buffer.from(keyHex, 'hex'), 1000);
          verified.add(f);
        }
      }
    }
    // The kills did land inside transactions (a hot journal was left behind), so the rollback was exercised.
    expect(hot).toBeGreaterThan(0);
    const final = await checkVault();
    expect(final.size).toBeGreaterThan(0);
  }, 240_000);

  it('8 kills while a restore replaces the database: it is always one whole copy, never a mix', async () => {
    const folder = join(dir, 'backups');
    const vaultId = JSON.parse(readFileSync(vaultPaths(dir).key, 'utf8')).vaultId as string;
    const copies = listBackups(folder, vaultId);
    expect(copies.length).toBeGreaterThan(0);
    const before = await checkVault();
    const allowed = new Set([...copies.map((c) => c.counts['fault_rows']), [...before.values()].reduce((a, b) => a + b, 0)]);
    const rand = seededRandom(7);
    for (let round = 0; round < 8; round++) {
      await killRound(dir, keyHex, 'restore', 10 + Math.floor(rand() * 150));
      const batches = await checkVault();
      const total = [...batches.values()].reduce((a, b) => a + b, 0);
      expect(allowed.has(total)).toBe(true);
    }
  }, 120_000);
});
