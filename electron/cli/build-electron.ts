import { build } from 'esbuild';
import { join } from 'node:path';
import { appRoot } from '../main/paths.js';

/** Bundles the Electron main and preload scripts to CommonJS (Electron's sandboxed preload needs one file). */
export async function buildElectronMain(): Promise<void> {
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
  await build({ ...common, entryPoints: [join(root, 'electron', 'main.ts')], outfile: join(root, 'dist', 'electron', 'main.cjs') });
  await build({ ...common, entryPoints: [join(root, 'electron', 'preload.ts')], outfile: join(root, 'dist', 'electron', 'preload.cjs') });
}

if (process.argv[1] && /build-electron\.ts$/.test(process.argv[1])) await buildElectronMain();
