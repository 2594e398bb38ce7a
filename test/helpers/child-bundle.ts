import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Bundles a TypeScript child-process script once into test-results/, so each of the many child
 * processes in the fault tests starts in a fraction of a second instead of compiling through tsx.
 * Native and driver packages stay external and load from node_modules as in the app.
 */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outDir = join(root, 'test-results', 'children');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}
