import { spawn } from 'node:child_process';
import { buildElectronMain } from './build-electron.js';
import { parseStartArgs } from './args.js';
import { findElectronBinary } from './electron-binary.js';
import { runWebMode } from './web.js';
import { appRoot } from '../main/paths.js';
import { vaultExists } from '../../db/vault.js';
import { demoDataDir } from '../main/session.js';
import { createDemoVault, DEMO_PASSWORD } from './demo-vault.js';

/**
 * `npm start`: the Electron shell where its binary exists, otherwise web mode (and it says why).
 * `npm start -- --web --port N --data-dir DIR` forces web mode.
 */
const args = parseStartArgs(process.argv.slice(2));

if (args.demo) {
  // `npm start -- --demo`: a separate demo vault with synthetic data, so real data is never mixed in.
  args.dataDir = demoDataDir(args.dataDir);
  if (!vaultExists(args.dataDir)) {
    process.env['NAZORG_QUIET'] = '1';
    await createDemoVault(args.dataDir, DEMO_PASSWORD);
    delete process.env['NAZORG_QUIET'];
  }
  console.log(`Demokluis in ${args.dataDir} — wachtwoord: "${DEMO_PASSWORD}" (alleen fictieve gegevens).`);
}
const electron = args.web ? { reason: '--web' } : findElectronBinary();

if ('path' in electron) {
  await buildElectronMain();
  console.log('Nazorgdossier start als bureaubladprogramma (Electron).');
  const child = spawn(electron.path, [appRoot(), ...process.argv.slice(2).filter((a) => a !== '--demo'), '--data-dir', args.dataDir], {
    stdio: 'inherit',
    env: { ...process.env, NAZORG_APP_ROOT: appRoot() },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(args.web ? 'Webmodus gevraagd (--web).' : `Electron kan hier niet starten: ${electron.reason}. Nazorgdossier start in webmodus.`);
  await runWebMode(args);
}
