import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const APP_FOLDERS = ['common', 'db', 'electron', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|mjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

const files = APP_FOLDERS.flatMap((f) => sourceFiles(join(root, f)));

describe('the code explains its domain from inside the repository', () => {
  it('cites no brief outside the repository', () => {
    const outside = files.filter((f) => /DOMAIN\.md|DESIGN\.md|\.\.\/shared\//.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(outside).toEqual([]);
  });

  it('every docs/ page a comment names exists', () => {
    const missing: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bdocs\/[\w./-]+\.md\b/g)) {
        const target = join(root, m[0]);
        if (!existsSync(target) || !statSync(target).isFile()) missing.push(`${relative(root, f)} -> ${m[0]}`);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
