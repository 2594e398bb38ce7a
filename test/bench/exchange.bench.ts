import { join } from 'node:path';
import { DEFAULT_KDF, startSealing } from '../../electron/main/exchange/envelope.js';
import { createVault, generateRecoveryCode } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { seedPlansForBench } from '../../db/demo/exchange.js';
import { migrations } from '../helpers/migrations.js';
import { exportDossiers, applyImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { EXCHANGE_SECTIONS } from '../../common/exchange/payload.js';
import { dossiers } from '../../db/schema.js';
import { result, timeRuns, type BenchResult, type Wanted } from './harness.js';
import { plainDb } from './plain-session.js';

const PW = 'benchmark wachtwoord lang genoeg';
const PASS = 'zeilboot tulp kompas wafel regen molen';
const N = 1_000;

/**
 * exchange.export_1000 and exchange.import_1000: 1,000 dossiers with contacts, notes, plans and actions,
 * through the real service with the default KDF (scrypt N=2^17, 128 MiB) included in every run.
 */
export async function benchExchange(dir: string, want: Wanted = () => true): Promise<BenchResult[]> {
  const src = await createVault(join(dir, 'src'), PW, generateRecoveryCode(), migrations());
  await seedDossiersBulk(src.db, N, 2027);
  const ids = (await src.db.select({ id: dossiers.id }).from(dossiers)).map((r) => r.id);
  const extra = await seedPlansForBench(src.db, ids, 2027);
  const req = { dossierIds: ids, sections: [...EXCHANGE_SECTIONS], recipient: 'Benchmark', purpose: 'Benchmark', passphrase: PASS };
  const sender = { organisation: 'Gemeente Benchmark', coordinator: 'Bench', appVersion: 'bench' };
  let file: Buffer = Buffer.alloc(0);
  // Without the export figure the file is still made once, for the import.
  const exportTimes = await timeRuns(want('exchange.export_1000') ? 5 : 0, async () => {
    file = (await exportDossiers(src.db, req, sender)).bytes;
  });
  src.close();
  const out: BenchResult[] = [];
  const what = () => `1,000 dossiers${extra}, ${(file.length / 1024 / 1024).toFixed(1)} MB file`;
  if (exportTimes.length) out.push(result('exchange.export_1000', exportTimes, undefined, `≤ 600 ms (${what()})`));
  if (!want('exchange.import_1000')) return out;

  // Each import goes into a new empty vault, and the same import into a new plain SQLite file, in turn; only the
  // import itself (decrypt, check, write) is timed. The plain figure shows what the vault's encryption adds.
  const importOnly: number[] = [];
  const importPlain: number[] = [];
  // The same runs split in two: reading the file (KDF, decrypt, check) and writing it (the one transaction).
  const reads: number[] = [];
  const writes: number[] = [];
  const writesPlain: number[] = [];
  for (let run = -1; run < 5; run++) {
    const dst = await createVault(join(dir, `dst-${run + 1}`), PW, generateRecoveryCode(), migrations());
    const plain = await plainDb(join(dir, `plain-${run + 1}.db`));
    try {
      for (const [db, times, writeTimes] of [
        [dst.db, importOnly, writes],
        [plain.db, importPlain, writesPlain],
      ] as const) {
        const t0 = performance.now();
        const payload = await readImportFile(file, PASS);
        const t1 = performance.now();
        const r = await applyImport(db, payload, {});
        if (r.created !== N) throw new Error(`import created ${r.created}`);
        if (run < 0) continue;
        times.push(performance.now() - t0);
        writeTimes.push(performance.now() - t1);
        if (db === dst.db) reads.push(t1 - t0);
      }
    } finally {
      dst.close();
      plain.client.close();
    }
  }
  out.push(result('exchange.import_1000', importOnly, importPlain, `≤ 800 ms (${what()})`));
  out.push(result('exchange.import_1000.read', reads, undefined, 'of which reading the file: KDF, decrypt, unzip, check'));
  out.push(result('exchange.import_1000.write', writes, writesPlain, 'of which writing: the one transaction'));
  // The key derivation alone, through the envelope's own code (a key derived and wiped): the part of the import figure no change to writing can shorten.
  const kdf = await timeRuns(5, () => startSealing(PASS).discard());
  out.push(result('exchange.kdf', kdf, undefined, `part of each import and export (scrypt N=2^${DEFAULT_KDF.log2N}, r=${DEFAULT_KDF.r})`));
  return out;
}
