import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`: typecheck, lint, build the UI, then every vitest project (unit, integration, browser,
 * Electron). Ends with one line "N passed, N failed, N skipped" over everything, and a non-zero exit on any failure.
 * Typecheck and lint count as one check each.
 */
const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NAZORG_QUIET: process.env['NAZORG_QUIET'] ?? '1' } });
  return r.status === 0;
}

const node = process.execPath;
const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];
const check = (label: string, ok: boolean) => {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
};

check('typecheck', run('typecheck (tsc)', node, [bin('typescript', 'bin/tsc'), '-p', '.']));
check(
  'lint',
  run('lint (eslint + prettier)', node, [bin('eslint', 'bin/eslint.js'), '.']) &&
    run('format', node, [bin('prettier', 'bin/prettier.cjs'), '--check', '.', '--log-level', 'warn']),
);
const built = run('build renderer (vite)', node, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']);
check('build', built);

const jsonOut = join(results, 'vitest.json');
rmSync(jsonOut, { force: true });
const extra = process.argv.slice(2);
run('vitest', node, [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonOut}`, ...extra]);
if (existsSync(jsonOut)) {
  const r = JSON.parse(readFileSync(jsonOut, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    success: boolean;
    numFailedTestSuites: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest test(s)`);
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) {
    failed += r.numFailedTestSuites;
    failures.push(`${r.numFailedTestSuites} test file(s) failed to load`);
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
