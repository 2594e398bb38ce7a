import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors.js';
import { passwordSchema } from '../../common/password.js';
import { createDemoVault } from './demo-vault.js';

/** `npm run demo -- --data-dir DIR --password PW [--dossiers N]`: a vault full of synthetic data. */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, password: { type: 'string' }, dossiers: { type: 'string' }, seed: { type: 'string' } },
});
const dataDir = values['data-dir'];
const password = values.password;
if (!dataDir || !password) {
  console.error('Gebruik: npm run demo -- --data-dir MAP --password WACHTWOORD [--dossiers N]');
  process.exit(2);
}
const pw = passwordSchema.safeParse(password);
if (!pw.success) {
  console.error(pw.error.issues[0]?.message);
  process.exit(2);
}
const dossiers = values.dossiers === undefined ? 40 : Number(values.dossiers);
if (!Number.isInteger(dossiers) || dossiers < 0 || dossiers > 100_000) {
  console.error('--dossiers moet een geheel getal tussen 0 en 100000 zijn.');
  process.exit(2);
}
process.env['NAZORG_QUIET'] = '1';
try {
  const { recoveryCode } = await createDemoVault(resolve(dataDir), password, { dossiers, seed: values.seed ? Number(values.seed) : undefined });
  console.log(`Demokluis aangemaakt in ${resolve(dataDir)} (alleen fictieve gegevens).`);
  console.log(`Herstelcode: ${recoveryCode}`);
  console.log(`Starten: npm start -- --data-dir ${resolve(dataDir)}`);
} catch (err) {
  console.error(err instanceof AppError ? err.message : 'De demokluis kon niet worden aangemaakt.');
  process.exit(1);
}
