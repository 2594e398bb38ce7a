import { AppError } from '../../common/errors.js';
import { loadMigrations } from '../../db/migrate.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { updateSettings } from '../../db/repositories/settings.js';
import { createVault, generateRecoveryCode, vaultExists, type OpenVault } from '../../db/vault.js';
import { assetsDir, migrationsDir } from '../main/paths.js';
import { seedDossiersRealistic } from '../../db/demo/dossiers.js';
import { seedPlansRealistic } from '../../db/demo/plans.js';
import { seedExchangeDemo } from '../../db/demo/exchange.js';
import { seedMeetingsDemo } from '../../db/demo/meetings.js';
import { seedAftercareRealistic } from '../../db/demo/aftercare.js';
import { seedResultsHistory } from '../../db/demo/results.js';
import { seedCostsRealistic } from '../../db/demo/costs.js';

export const DEMO_PASSWORD = 'demo wachtwoord nazorg';

/**
 * Fills a new vault with synthetic data for trying things safely. Each area that adds data adds a
 * seeding step to DEMO_SEEDERS; all of it is fictional (generated names, BSNs that pass the 11-proef).
 */
export type DemoSeeder = (vault: OpenVault, opts: { dossiers: number; seed: number }) => Promise<void>;

export const DEMO_SEEDERS: DemoSeeder[] = [
  async (vault) => {
    await updateSettings(vault.db, {
      municipalityName: 'Gemeente Fictiefdorp',
      municipalityAddress: 'Voorbeeldplein 1\n9999 ZZ Fictiefdorp',
      coordinatorName: 'T. Testcoördinator',
      coordinatorPhone: '0000-000000',
      coordinatorEmail: 'nazorg@fictiefdorp.example',
    });
  },
  async (vault, { dossiers, seed }) => {
    await seedDossiersRealistic(vault.db, dossiers, seed);
  },
  async (vault, { seed }) => {
    await seedPlansRealistic(vault.db, seed + 1);
  },
  async (vault, { seed }) => {
    await seedAftercareRealistic(vault.db, seed + 2);
  },
  async (vault, { seed }) => {
    await seedResultsHistory(vault.db, seed + 3);
  },
  async (vault, { seed }) => {
    await seedCostsRealistic(vault.db, seed + 4);
  },
  async (vault) => {
    await seedMeetingsDemo(vault.db, assetsDir());
  },
  async (vault) => {
    await seedExchangeDemo(vault.db);
  },
];

export async function createDemoVault(dataDir: string, password: string, opts: { dossiers?: number; seed?: number } = {}): Promise<{ recoveryCode: string }> {
  if (vaultExists(dataDir)) throw new AppError('VAULT_EXISTS');
  const recoveryCode = generateRecoveryCode();
  const vault = await createVault(dataDir, password, recoveryCode, loadMigrations(migrationsDir()));
  try {
    for (const seed of DEMO_SEEDERS) await seed(vault, { dossiers: opts.dossiers ?? 40, seed: opts.seed ?? 2026 });
    await recordAudit(vault.db, 'demo.created', { dossiers: opts.dossiers ?? 40 });
  } finally {
    vault.close();
  }
  return { recoveryCode };
}
