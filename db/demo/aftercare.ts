import { and, eq, isNotNull } from 'drizzle-orm';
import { plannedMoments, DEFAULT_FOLLOWUP_MOMENTS } from '../../common/aftercare/rules.js';
import { dossiers, followups } from '../schema.js';
import type { Db } from '../vault.js';

/**
 * Follow-up moments for every released dossier in nazorg, as a release would have made them (the default template):
 * for the benchmark of Vandaag over a large vault. `doneShare` of the moments already past are marked done.
 */
export async function seedFollowupsBulk(db: Db, doneShare = 0.6): Promise<number> {
  const released = await db
    .select({ id: dossiers.id, release: dossiers.werkelijkeVrijlating })
    .from(dossiers)
    .where(and(eq(dossiers.status, 'nazorg'), isNotNull(dossiers.werkelijkeVrijlating)));
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const rows: (typeof followups.$inferInsert)[] = [];
  for (const d of released) {
    for (const [i, m] of plannedMoments(d.release!, DEFAULT_FOLLOWUP_MOMENTS).entries()) {
      const done = m.dueOn < today && (d.id * 7 + i) % 10 < doneShare * 10;
      rows.push({
        dossierId: d.id,
        momentKey: m.key,
        label: m.label,
        dueOn: m.dueOn,
        doneOn: done ? m.dueOn : null,
        reached: done ? 'ja' : null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  await db.transaction(async (tx) => {
    for (let k = 0; k < rows.length; k += 50) await tx.insert(followups).values(rows.slice(k, k + 50));
  });
  return rows.length;
}
