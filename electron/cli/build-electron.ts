import { build } from 'esbuild';
import { join } from 'node:path';
import { appRoot } from '../main/paths.js';

/**
 * Bundles the Electron main and preload scripts to CommonJS (Electron's sandboxed preload needs one file), into
 * dist/electron or, for the bundle smoke test, into a folder of the caller's choice.
 */
export async function buildElectronMain(outDir = join(appRoot(), 'dist', 'electron')): Promise<{ main: string; preload: string }> {
  const root = appRoot();
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    sourcemap: true,
    logLevel: 'warning' as const,
    external: ['electron', '@libsql/*', 'libsql', 'pdfmake', 'tesseract.js'],
  };
  const out = { main: join(outDir, 'main.cjs'), preload: join(outDir, 'preload.cjs') };
  await build({ ...common, entryPoints: [join(root, 'electron', 'main.ts')], outfile: out.main });
  await build({ ...common, entryPoints: [join(root, 'electron', 'preload.ts')], outfile: out.preload });
  return out;
}

if (process.argv[1] && /build-electron\.ts$/.test(process.argv[1])) await buildElectronMain();
