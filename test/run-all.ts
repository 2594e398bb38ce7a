import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`: typecheck, lint, build the UI, then every vitest project (unit, integration, browser,
 * Electron). Ends with one line "N passed, N failed, N skipped" over everything, and a non-zero exit on any failure.
 * Typecheck and lint count as one check each.
 *
 * Two lanes run side by side, one per core: the browser lane (UI build, then the browser project, whose files wait
 * on Chromium and the server much of the time) and the check lane (typecheck, lint, format, then the unit and
 * integration project). Run one after the other they left a core idle for most of the browser tests. The browser
 * lane streams its output; each step of the check lane prints its output as a block when it ends.
 */
const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

interface StepResult {
  ok: boolean;
  seconds: number;
}

function run(label: string, cmd: string, args: string[], live: boolean): Promise<StepResult> {
  const start = Date.now();
  if (live) console.log(`\n=== ${label} ===`);
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NAZORG_QUIET: process.env['NAZORG_QUIET'] ?? '1' },
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      const seconds = Math.round((Date.now() - start) / 100) / 10;
      if (live) console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${seconds} s ===`);
      else {
        console.log(`\n=== ${label}: ${ok ? 'ok' : 'FAILED'} in ${seconds} s ===`);
        const out = Buffer.concat(chunks).toString('utf8').trimEnd();
        if (out) console.log(out);
      }
      resolve({ ok, seconds });
    };
    child.on('error', (e) => {
      chunks.push(Buffer.from(String(e)));
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
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

const extra = process.argv.slice(2);
// With a file filter from the command line one project may have nothing to run; that is not a failure.
const filterArgs = extra.length ? ['--passWithNoTests', ...extra] : [];

function vitest(lane: string, projects: string[], live: boolean): Promise<string> {
  const jsonOut = join(results, `vitest-${lane}.json`);
  rmSync(jsonOut, { force: true });
  const selected = projects.flatMap((p) => ['--project', p]);
  return run(
    `vitest ${projects.join(' + ')}`,
    node,
    [bin('vitest', 'vitest.mjs'), 'run', ...selected, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonOut}`, ...filterArgs],
    live,
  ).then(() => jsonOut);
}

function count(project: string, jsonOut: string): void {
  if (!existsSync(jsonOut)) {
    failed++;
    failures.push(`vitest ${project} produced no report`);
    return;
  }
  const r = JSON.parse(readFileSync(jsonOut, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest ${project} test(s)`);
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) {
    failed += r.numFailedTestSuites;
    failures.push(`${r.numFailedTestSuites} ${project} test file(s) failed to load`);
  }
}

const started = Date.now();
rmSync(join(results, 'vitest.json'), { force: true });

const browserLane = (async () => {
  const built = await run('build renderer (vite)', node, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], true);
  check('build', built.ok);
  return vitest('browser', ['browser', 'electron'], true);
})();

const checkLane = (async () => {
  check('typecheck', (await run('typecheck (tsc)', node, [bin('typescript', 'bin/tsc'), '-p', '.'], false)).ok);
  const lint = await run('lint (eslint)', node, [bin('eslint', 'bin/eslint.js'), '.'], false);
  const format = await run('format (prettier)', node, [bin('prettier', 'bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'], false);
  check('lint', lint.ok && format.ok);
  return vitest('unit', ['unit'], false);
})();

const [browserJson, unitJson] = await Promise.all([browserLane, checkLane]);
count('unit', unitJson);
count('browser', browserJson);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\nAll steps in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
