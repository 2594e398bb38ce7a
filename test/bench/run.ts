import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { printTable, writeJson, type BenchResult, type Wanted } from './harness.js';
import { benchVault } from './vault.bench.js';
import { benchDossiers } from './dossiers.bench.js';
import { benchDocuments } from './documents.bench.js';
import { benchExchange } from './exchange.bench.js';
import { benchBackups } from './backups.bench.js';
import { benchPlans } from './plans.bench.js';
import { benchReport } from './report.bench.js';
import { benchIntake } from './intake.bench.js';
import { benchFollowup } from './followup.bench.js';
import { benchResults } from './results.bench.js';

/**
 * `npm run bench [-- --json FILE] [-- --only NAMES]`: prints one table of figures; never fails on time.
 * NAMES is a comma-separated list of suites or cases (`exchange`, `report.dashboard,exchange.import_1000`): on a
 * shared machine one can then measure just the figures a change is about. Suites that know their cases skip the rest.
 */
const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } } });
process.env['NAZORG_QUIET'] = '1';
const only =
  values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];
const wanted: Wanted = (name) => only.length === 0 || only.some((o) => name.startsWith(o) || o.startsWith(`${name}.`));

const suites: { prefix: string; run: (dir: string, want: Wanted) => Promise<BenchResult[]> }[] = [
  { prefix: 'vault', run: benchVault },
  { prefix: 'dossiers', run: benchDossiers },
  { prefix: 'documents', run: () => benchDocuments() },
  { prefix: 'exchange', run: benchExchange },
  { prefix: 'backups', run: benchBackups },
  { prefix: 'plans', run: benchPlans },
  { prefix: 'report', run: benchReport },
  { prefix: 'intake', run: () => benchIntake() },
  { prefix: 'followup', run: benchFollowup },
  { prefix: 'results', run: benchResults },
];

const results: BenchResult[] = [];
for (const s of suites) {
  if (!wanted(s.prefix)) continue;
  const dir = mkdtempSync(join(tmpdir(), `nazorg-bench-${s.prefix}-`));
  try {
    results.push(...(await s.run(dir, wanted)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `Nazorgdossier benchmarks — ${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
printTable(results);
if (values.json) writeJson(values.json, results);
