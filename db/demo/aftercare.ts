import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import {
  ATTEMPT_CHANNELS,
  ATTEMPT_RESULTS,
  DEFAULT_FOLLOWUP_MOMENTS,
  FIRST_CONTACT_HOW,
  isoAddDays,
  plannedMoments,
  RECLASSERING_CONTACT,
  WORK_STATES,
} from '../../common/aftercare/rules.js';
import { clockAt, type Clock } from '../../common/calendar.js';
import { BASIS_KEYS } from '../../common/plan/basisvoorwaarden.js';
import { addContactAttempt, correctDayOne, getDayOne, recordFirstContact, recordFollowup } from '../repositories/aftercare.js';
import { getSettings } from '../repositories/settings.js';
import { dossiers, followups } from '../schema.js';
import type { Db } from '../vault.js';
import { seededRandom } from './synthetic.js';

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

/**
 * After-release data for the released dossiers of a demo vault, through the repositories as the coordinator would
 * record it: a few corrections of the day-one record (with a reason), first contacts (some missed), follow-up check-ins (some done, some overdue) and contact attempts that leave a few
 * clients unreachable. Which dossier gets what depends on its position, so a small demo vault still shows each case.
 */
export async function seedAftercareRealistic(db: Db, seed: number): Promise<void> {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const clock: Clock = clockAt(new Date());
  const { today } = clock;
  const settings = await getSettings(db);
  const released = await db
    .select({ id: dossiers.id, status: dossiers.status, release: dossiers.werkelijkeVrijlating })
    .from(dossiers)
    .where(and(inArray(dossiers.status, ['nazorg', 'afgesloten']), isNotNull(dossiers.werkelijkeVrijlating), lte(dossiers.werkelijkeVrijlating, today)))
    .orderBy(asc(dossiers.id));
  const notes = ['Gaat goed, afspraken nagekomen.', 'Woont tijdelijk bij familie.', 'Heeft hulp nodig bij de post.', ''];
  let nazorgIndex = 0;
  for (const d of released) {
    const release = d.release!;
    const open = d.status === 'nazorg';
    const n = open ? nazorgIndex++ : -1;
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      // Now and then a line of the day-one record turns out wrong and is corrected with a reason.
      if (open && n % 3 === 0) {
        const day = await getDayOne(tx, d.id);
        const line = day?.entries.find((e) => e.state !== 'geregeld');
        if (line)
          await correctDayOne(
            tx,
            { dossierId: d.id, key: line.key, state: 'geregeld', note: '', reason: 'Stond anders in het plan; nagevraagd bij de casemanager van de PI.' },
            clock,
          );
      }
      // The first contact: missed for every third open dossier, otherwise within a day or two.
      if (!open || n % 3 !== 1) {
        const on = minIso(isoAddDays(release, Math.floor(rand() * 3)), today);
        await recordFirstContact(
          tx,
          {
            dossierId: d.id,
            contactAt: `${on}T${String(9 + Math.floor(rand() * 8)).padStart(2, '0')}:00`,
            who: 'T. Testcoördinator',
            how: pick(FIRST_CONTACT_HOW),
            outcome: pick(notes) || 'Kennisgemaakt, afspraken gemaakt.',
          },
          clock,
        );
      }
      const moments = await tx.select().from(followups).where(eq(followups.dossierId, d.id)).orderBy(asc(followups.dueOn));
      for (const [i, f] of moments.entries()) {
        if (f.dueOn >= today) continue;
        // Closed dossiers had their past check-ins; of the open ones about one in three past moments is overdue.
        if (open && (n + i) % 3 === 0) continue;
        const reached = rand() < 0.85 ? ('ja' as const) : ('nee' as const);
        const basis = Object.fromEntries(BASIS_KEYS.filter(() => rand() < 0.6).map((k) => [k, pick(['geregeld', 'in_gang', 'niet_geregeld', 'nvt'] as const)]));
        await recordFollowup(
          tx,
          {
            followupId: f.id,
            doneOn: minIso(isoAddDays(f.dueOn, Math.floor(rand() * 5)), today),
            reached,
            basis: reached === 'ja' ? basis : {},
            work: reached === 'ja' ? pick(WORK_STATES) : 'onbekend',
            reclassering: reached === 'ja' ? pick(RECLASSERING_CONTACT) : 'onbekend',
            note: reached === 'ja' ? pick(notes) : 'Niet bereikt; opnieuw proberen.',
          },
          clock,
        );
      }
      // Contact attempts: every fourth open dossier (from the second) is unreachable; some others were reached after a try.
      if (open && n % 4 === 1) {
        for (let a = 0; a < settings.unreachableAfterAttempts; a++) {
          const date = minIso(isoAddDays(release, 3 + a * 2), today);
          await addContactAttempt(
            tx,
            {
              dossierId: d.id,
              date,
              channel: pick(ATTEMPT_CHANNELS.filter((c) => c !== 'huisbezoek')),
              result: pick(ATTEMPT_RESULTS.filter((r) => r !== 'bereikt')),
              note: '',
            },
            clock,
          );
        }
      } else if (open && rand() < 0.4) {
        const date = minIso(isoAddDays(release, 2), today);
        await addContactAttempt(tx, { dossierId: d.id, date, channel: 'telefoon', result: 'geen_gehoor', note: '' }, clock);
        await addContactAttempt(tx, { dossierId: d.id, date, channel: 'sms', result: 'bereikt', note: 'Teruggebeld na sms.' }, clock);
      }
    });
  }
}

function minIso(a: string, b: string): string {
  return a < b ? a : b;
}
