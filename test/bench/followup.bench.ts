import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../../common/settings.js';
import { migrate } from '../../db/migrate.js';
import { aftercareToday } from '../../db/repositories/aftercare.js';
import * as schema from '../../db/schema.js';
import { createVault, generateRecoveryCode, type Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { seedFollowupsBulk } from '../../db/demo/aftercare.js';
import { localTodayIso } from '../../common/calendar.js';
import { migrations } from '../helpers/migrations.js';
import { result, timeRuns, type BenchResult } from './harness.js';

const PW = 'benchmark wachtwoord lang genoeg';
const DOSSIERS = 10_000;

/** Every dossier released (spread over the last two years) and in nazorg, with its four follow-up moments. */
async function fill(db: Db): Promise<number> {
  await seedDossiersBulk(db, DOSSIERS, 21);
  await db.run(
    sql`UPDATE dossiers SET status = 'nazorg', closing_reason = NULL, closed_at = NULL, werkelijke_vrijlating = date('now', '-' || (id % 730) || ' days')`,
  );
  return seedFollowupsBulk(db);
}

/**
 * followup.due_10k: Vandaag's due and missed follow-up moments (and first contacts, unreachable clients: the whole
 * aftercare.today query the API runs) over 10,000 dossiers with 40,000 follow-up moments, encrypted vs plain SQLite.
 */
export async function benchFollowup(dir: string): Promise<BenchResult[]> {
  const vault = await createVault(join(dir, 'vault'), PW, generateRecoveryCode(), migrations());
  const plainClient: Client = createClient({ url: pathToFileURL(join(dir, 'plain.db')).href });
  await migrate(plainClient, migrations());
  const plain = drizzle(plainClient, { schema });
  const moments = await fill(vault.db);
  await fill(plain);
  const today = localTodayIso();
  const first = await aftercareToday(vault.db, today, DEFAULT_SETTINGS);
  const enc: number[] = [];
  const pl: number[] = [];
  for (let r = 0; r < 21; r++) {
    enc.push(...(await timeRuns(1, async () => void (await aftercareToday(vault.db, today, DEFAULT_SETTINGS)), r === 0 ? 2 : 0)));
    pl.push(...(await timeRuns(1, async () => void (await aftercareToday(plain, today, DEFAULT_SETTINGS)), r === 0 ? 2 : 0)));
  }
  vault.close();
  plainClient.close();
  return [
    result(
      'followup.due_10k',
      enc,
      pl,
      `<= 30 ms, ratio <= 1.3 (${moments} moments; ${first.totals.followups} due/overdue, ${first.totals.firstContacts} first contacts)`,
    ),
  ];
}
