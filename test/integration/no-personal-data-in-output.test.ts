import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, syntheticPerson } from '../../db/demo/synthetic.js';
import { tempDir } from '../helpers/tmp.js';

const SEED = 4242;
const root = join(import.meta.dirname, '..', '..');

/** Every form in which a person could leak: full name, surname, and the BSN. */
function needles(): string[] {
  const rand = seededRandom(SEED);
  const people = Array.from({ length: 12 }, (_, i) => syntheticPerson(rand, i + 1));
  return people.flatMap((p) => [[p.voornamen, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' '), p.achternaam, p.bsn]);
}

function findLeaks(haystack: string, ns: readonly string[]): string[] {
  return ns.filter((n) => haystack.includes(n));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('no personal data in application output', () => {
  it('a child process that drives every API method with synthetic names and BSNs prints none of them, nor leaves them in clear files', async () => {
    const tmp = tempDir('nazorg-pii-');
    try {
      const dataDir = join(tmp.dir, 'data');
      const out = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
        const p = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'helpers', 'pii-child.ts')], {
          cwd: root,
          // Logging on: the point is to see everything the app would print.
          env: { ...process.env, NAZORG_QUIET: '0', PII_DIR: dataDir, PII_SEED: String(SEED) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        p.on('error', reject);
        p.on('exit', (code) => resolve({ stdout, stderr, code }));
      });
      const ns = needles();
      // The scanner finds what it looks for (so a pass means something) ...
      expect(findLeaks(`x ${ns[0]} y`, ns)).toContain(ns[0]);
      // ... the child really ran and really logged ...
      expect(out.code, out.stderr.slice(-2000)).toBe(0);
      expect(out.stdout).toMatch(/pii-child: \d+ calls done/);
      expect(out.stderr).toMatch(/\[nazorg\] .* vault\.unlock_failed/);
      expect(out.stderr).toMatch(/\[nazorg\] .* backup\.created/);
      // ... and nothing it printed names anyone.
      expect(findLeaks(out.stdout + out.stderr, ns)).toEqual([]);
      // Files the app keeps in the clear (state, attempts, manifests, key file) and the encrypted ones alike.
      for (const f of filesUnder(dataDir)) {
        expect(findLeaks(readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8'), ns), f).toEqual([]);
      }
    } finally {
      tmp.cleanup();
    }
  }, 180_000);
});
