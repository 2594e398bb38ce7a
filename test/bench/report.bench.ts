import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatcher } from '../../electron/main/dispatch.js';
import { createHandlers } from '../../electron/main/handlers/index.js';
import { VaultSession } from '../../electron/main/session.js';
import { applyImport, readImportFile } from '../../electron/main/exchange/exchange-service.js';
import { checkIntegrity, createVault, generateRecoveryCode, openVaultWithKey, unlockVault, type Db } from '../../db/vault.js';
import { migrate } from '../../db/migrate.js';
import * as schema from '../../db/schema.js';
import { dossiers } from '../../db/schema.js';
import { EXCHANGE_SECTIONS } from '../../common/exchange/payload.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { seedActionsBulk } from '../../db/demo/plans.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult, type Wanted } from './harness.js';
import { expectOk, plainSession } from './plain-session.js';

const PW = 'benchmark wachtwoord lang genoeg';
const PASS = 'zeilboot tulp kompas wafel regen molen';
const DOSSIERS = 10_000;
const ACTIONS = 100_000;
const EXCHANGED = 1_000;

/**
 * The report of issue 8: one vault of 10,000 dossiers and 100,000 actions, and the same rows in a plain SQLite file
 * behind the same handlers. Every figure goes through the API dispatcher the UI uses, except unlock (the vault
 * module itself, so the day's first-unlock backup does not run inside the timing).
 */
export async function benchReport(dir: string, want: Wanted = () => true): Promise<BenchResult[]> {
  const dataDir = join(dir, 'vault');
  const session = new VaultSession({ dataDir, migrations: migrations(), shell: 'web', appVersion: 'bench' });
  const { recoveryCode } = await session.beginSetup(PW);
  await session.completeSetup(recoveryCode.slice(-4));
  const plainPath = join(dir, 'plain.db');
  const plain = plainSession(plainPath);
  await migrate(plain.client, migrations());
  for (const db of [session.requireVault().db, plain.db]) {
    await seedDossiersBulk(db, DOSSIERS, 2026);
    await seedActionsBulk(db, ACTIONS, 2027);
  }
  const enc = createDispatcher(session, createHandlers({ session }));
  const ids = (await plain.db.select({ id: dossiers.id }).from(dossiers)).map((r) => r.id);
  const out: BenchResult[] = [];

  // Both sides run alternately, so load on the machine hits both alike.
  const pair = async (name: string, runs: number, warm: number, f: (d: typeof enc) => Promise<unknown>, goal: string) => {
    if (!want(name)) return;
    const e: number[] = [];
    const p: number[] = [];
    for (let r = 0; r < runs; r++) {
      e.push(...(await timeRuns(1, async () => void (await f(enc)), r === 0 ? warm : 0)));
      p.push(...(await timeRuns(1, async () => void (await f(plain.dispatch)), r === 0 ? warm : 0)));
    }
    out.push(result(name, e, p, goal));
  };

  await pair('report.search', 31, 2, (d) => expectOk(d, 'dossiers.search', { query: 'voorbeeldink' }), 'search by partial name, 10k dossiers');
  await pair(
    'report.list',
    31,
    2,
    (d) => expectOk(d, 'dossiers.list', { statuses: ['detentie', 'vrijlating_nadert'], sort: 'release', direction: 'asc', limit: 100 }),
    'first page, filtered and sorted',
  );
  await pair(
    'report.dashboard',
    21,
    2,
    async (d) => {
      await expectOk(d, 'dossiers.dashboard', {});
      await expectOk(d, 'plans.figures', {});
    },
    'Vandaag: releases, counts, overdue over 100k actions',
  );
  await pair('report.action_plan_pdf', 11, 2, (d) => expectOk(d, 'documents.actionPlan', { dossierId: ids[7]! }), 'one Actieplan PDF (10 actions)');
  const exportInput = { dossierIds: ids.slice(0, EXCHANGED), sections: [...EXCHANGE_SECTIONS], recipient: 'Benchmark', purpose: 'Benchmark', passphrase: PASS };
  let file = '';
  if (want('report.import_1000') && !want('report.export_1000')) file = ((await expectOk(enc, 'exchange.export', exportInput)) as { base64: string }).base64;
  await pair(
    'report.export_1000',
    3,
    1,
    async (d) => {
      file = ((await expectOk(d, 'exchange.export', exportInput)) as { base64: string }).base64;
    },
    '1,000 dossiers with plans and actions, scrypt 128 MiB included',
  );

  // Import into a new, empty store each run; only the import (decrypt, check, one write transaction) is timed.
  const bytes = Buffer.from(file, 'base64');
  const importEnc: number[] = [];
  const importPlain: number[] = [];
  for (let run = -1; want('report.import_1000') && run < 3; run++) {
    const dst = await createVault(join(dir, `import-${run + 1}`), PW, generateRecoveryCode(), migrations());
    const pc = createClient({ url: pathToFileURL(join(dir, `import-plain-${run + 1}.db`)).href });
    await migrate(pc, migrations());
    try {
      const importInto = async (db: Db, times: number[]) => {
        const t0 = performance.now();
        const r = await applyImport(db, await readImportFile(bytes, PASS), {});
        if (r.created !== EXCHANGED) throw new Error(`import created ${r.created}`);
        if (run >= 0) times.push(performance.now() - t0);
      };
      await importInto(dst.db, importEnc);
      await importInto(drizzle(pc, { schema }) as unknown as Db, importPlain);
    } finally {
      dst.close();
      pc.close();
    }
  }
  if (want('report.import_1000')) out.push(result('report.import_1000', importEnc, importPlain, 'into an empty vault, scrypt 128 MiB included'));
  if (!want('report.unlock') && !want('report.open_checked')) {
    await session.shutdown();
    plain.client.close();
    return out;
  }

  // Unlock of the full vault: KDF + open + quick_check + migrations; and the same without the KDF beside plain SQLite.
  const dataKey = session.requireVault().copyDataKey();
  await session.shutdown();
  plain.client.close();
  const unlock = await timeRuns(5, async () => (await unlockVault(dataDir, PW, migrations())).close(), 1);
  out.push(result('report.unlock', unlock, undefined, 'scrypt 128 MiB + open + quick_check + migrations, 10k/100k vault'));
  const openEnc: number[] = [];
  const openPlain: number[] = [];
  for (let r = -1; r < 7; r++) {
    const t0 = performance.now();
    (await openVaultWithKey(dataDir, Buffer.from(dataKey), migrations())).close();
    const t1 = performance.now();
    const pc = createClient({ url: pathToFileURL(plainPath).href });
    await pc.execute('SELECT count(*) FROM sqlite_master');
    if (!(await checkIntegrity(pc, 'quick_check'))) throw new Error('plain quick_check failed');
    await migrate(pc, migrations());
    pc.close();
    if (r >= 0) {
      openEnc.push(t1 - t0);
      openPlain.push(performance.now() - t1);
    }
  }
  dataKey.fill(0);
  out.push(result('report.open_checked', openEnc, openPlain, 'unlock without the KDF: open + quick_check + migrations'));
  return out;
}
