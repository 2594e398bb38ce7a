import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { printTable, writeJson, type BenchResult } from './harness.js';
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

/** `npm run bench [-- --json FILE] [-- --only PREFIX]`: prints one table of figures; never fails on time. */
const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } } });
process.env['NAZORG_QUIET'] = '1';

const suites: { prefix: string; run: (dir: string) => Promise<BenchResult[]> }[] = [
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
  if (values.only && !s.prefix.startsWith(values.only) && !values.only.startsWith(s.prefix)) continue;
  const dir = mkdtempSync(join(tmpdir(), `nazorg-bench-${s.prefix}-`));
  try {
    results.push(...(await s.run(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `Nazorgdossier benchmarks — ${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
printTable(results);
if (values.json) writeJson(values.json, results);
