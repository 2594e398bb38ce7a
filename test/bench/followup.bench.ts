import { sql } from 'drizzle-orm';
import { DEFAULT_SETTINGS } from '../../common/settings.js';
import { aftercareToday } from '../../db/repositories/aftercare.js';
import type { Db } from '../../db/vault.js';
import { seedDossiersBulk } from '../../db/demo/dossiers.js';
import { seedFollowupsBulk } from '../../db/demo/aftercare.js';
import { localTodayIso } from '../../common/calendar.js';
import { encryptedVsPlain } from './encrypted-vs-plain.js';
import { result, type BenchResult } from './harness.js';

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
  const today = localTodayIso();
  const { filled: moments, first, enc, pl } = await encryptedVsPlain(dir, fill, (db) => aftercareToday(db, today, DEFAULT_SETTINGS));
  return [
    result(
      'followup.due_10k',
      enc,
      pl,
      `<= 30 ms, ratio <= 1.3 (${moments} moments; ${first.totals.followups} due/overdue, ${first.totals.firstContacts} first contacts)`,
    ),
  ];
}
