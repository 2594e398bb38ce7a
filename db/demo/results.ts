import { and, asc, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { addDaysIso, localTodayIso } from '../../common/calendar.js';
import { DEFAULT_COUNTDOWN_TEMPLATE } from '../../common/plan/countdown.js';
import { LEAD_TIME_KINDS } from '../../common/results/definitions.js';
import { dossiers, partners, planActions } from '../schema.js';
import type { Db } from '../vault.js';
import { seededRandom } from './synthetic.js';

/**
 * How the countdown went for the residents already released in a demo vault, so the Resultaten screen has lead
 * times and partners to compare: each released dossier gets the reported countdown actions, dated against its
 * release. Partners differ on purpose: a third are punctual (done a few days before the deadline), a third
 * mixed, a third mostly late, with some actions still open. Straight into the table (one insert), as history.
 */
export async function seedResultsHistory(db: Db, seed: number): Promise<void> {
  const rand = seededRandom(seed);
  const today = localTodayIso();
  const now = new Date().toISOString();
  const partnerIds = (await db.select({ id: partners.id }).from(partners).where(isNull(partners.archivedAt)).orderBy(asc(partners.id))).map((p) => p.id);
  if (partnerIds.length === 0) return;
  const released = await db
    .select({ id: dossiers.id, release: dossiers.werkelijkeVrijlating })
    .from(dossiers)
    .where(and(inArray(dossiers.status, ['nazorg', 'afgesloten']), isNotNull(dossiers.werkelijkeVrijlating), lte(dossiers.werkelijkeVrijlating, today)))
    .orderBy(asc(dossiers.id));
  const rows: (typeof planActions.$inferInsert)[] = [];
  for (const [n, d] of released.entries()) {
    for (const [k, kind] of LEAD_TIME_KINDS.entries()) {
      const item = DEFAULT_COUNTDOWN_TEMPLATE.find((i) => i.key === kind.key)!;
      const deadline = addDaysIso(d.release!, item.offsetDays);
      const p = (n + k) % partnerIds.length;
      const profile = p % 3;
      const late = profile === 0 ? rand() < 0.1 : profile === 1 ? rand() < 0.4 : rand() < 0.8;
      const open = profile === 2 && rand() < 0.25;
      const shift = late ? 1 + Math.floor(rand() * (profile === 2 ? 25 : 8)) : -Math.floor(rand() * 8);
      const completedOn = addDaysIso(deadline, shift);
      const done = !open && completedOn <= today;
      rows.push({
        dossierId: d.id,
        title: item.title,
        domainKey: item.domainKey,
        partnerId: partnerIds[p]!,
        deadline,
        status: done ? 'gedaan' : 'open',
        completedOn: done ? completedOn : null,
        resultNote: done ? 'Afgerond.' : '',
        templateKey: item.key,
        createdOn: addDaysIso(deadline, -14),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  if (rows.length === 0) return;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 50)
      await tx
        .insert(planActions)
        .values(rows.slice(i, i + 50))
        .onConflictDoNothing();
  });
}
