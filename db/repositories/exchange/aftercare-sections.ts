import { and, asc, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../../common/calendar.js';
import type { AftercareSection } from '../../../common/exchange/payload.js';
import type { Bundle } from '../../../common/exchange/sections.js';
import { freshItems, itemKey } from '../../../common/exchange/sections.js';
import type { AttemptChannel, AttemptResult, FirstContactHow, ReclasseringContact, WorkState } from '../../../common/aftercare/rules.js';
import type { BasisKey, BasisState } from '../../../common/plan/basisvoorwaarden.js';
import { contactAttempts, dayOneBasis, firstContacts, followups } from '../../schema.js';
import type { Conn, Tx } from '../dossier-fields.js';
import { chunks, insertRows, insertRowsWith, selectIn, type ImportItems } from './batches.js';

/** The after-release section (payload version 3) of these bundles, for export, preview and import. */
export async function readAftercareSection(db: Conn, bundles: Bundle[]): Promise<void> {
  const ids = bundles.map((b) => b.id);
  const dayOne = await selectIn(ids, (c) => db.select().from(dayOneBasis).where(inArray(dayOneBasis.dossierId, c)).orderBy(asc(dayOneBasis.key)));
  const first = await selectIn(ids, (c) => db.select().from(firstContacts).where(inArray(firstContacts.dossierId, c)));
  const moments = await selectIn(ids, (c) =>
    db.select().from(followups).where(inArray(followups.dossierId, c)).orderBy(asc(followups.dueOn), asc(followups.id)),
  );
  const attempts = await selectIn(ids, (c) =>
    db.select().from(contactAttempts).where(inArray(contactAttempts.dossierId, c)).orderBy(asc(contactAttempts.date), asc(contactAttempts.id)),
  );
  for (const b of bundles) {
    const d = dayOne.get(b.id) ?? [];
    const fc = first.get(b.id)?.[0];
    b.aftercare = {
      dayOne: d.length
        ? {
            releaseDate: d[0]!.releaseDate,
            recordedAt: d[0]!.recordedAt,
            entries: d.map((r) => ({
              key: r.key as BasisKey,
              state: r.state as BasisState,
              note: r.note,
              correctedAt: r.correctedAt,
              correctionReason: r.correctionReason,
            })),
          }
        : null,
      firstContact: fc ? { contactAt: fc.contactAt, who: fc.who, how: fc.how as FirstContactHow, outcome: fc.outcome } : null,
      followups: (moments.get(b.id) ?? []).map((f) => ({
        momentKey: f.momentKey,
        label: f.label,
        dueOn: f.dueOn,
        doneOn: f.doneOn,
        reached: (f.reached as 'ja' | 'nee' | null) ?? null,
        basis: JSON.parse(f.basis) as AftercareSection['followups'][number]['basis'],
        work: f.work as WorkState,
        reclassering: f.reclassering as ReclasseringContact,
        note: f.note,
      })),
      attempts: (attempts.get(b.id) ?? []).map((a) => ({
        date: a.date,
        channel: a.channel as AttemptChannel,
        result: a.result as AttemptResult,
        note: a.note,
      })),
    };
  }
}

/**
 * The after-release section of an import, inside the import's transaction. A day-one record or first contact that
 * was here before the import is kept: it is recorded once and only corrected by hand. One made during this import
 * (a new dossier, or a release date taken from the file) gives way to the file's. Moments are matched by their key: an
 * open moment here takes the file's check-in, a done one is kept. Attempts not here yet are added.
 */
export async function addAftercareItems(tx: Tx, list: ImportItems[], clock: Clock): Promise<void> {
  const taking = list.filter((x) => x.sections.has('aftercare') && x.inc.aftercare);
  if (taking.length === 0) return;
  const dayOneIds = taking.filter((x) => !x.cur.aftercare?.dayOne && x.inc.aftercare!.dayOne).map((x) => x.dossierId);
  for (const c of chunks(dayOneIds)) await tx.delete(dayOneBasis).where(inArray(dayOneBasis.dossierId, c));
  await insertRows(
    tx,
    dayOneBasis,
    taking.flatMap(({ dossierId, inc, cur }) => {
      const d = inc.aftercare!.dayOne;
      if (!d || cur.aftercare?.dayOne) return [];
      return d.entries.map((e) => ({ dossierId, ...e, releaseDate: d.releaseDate, recordedAt: d.recordedAt }));
    }),
  );
  await insertRowsWith(
    firstContacts,
    taking.flatMap(({ dossierId, inc, cur }) => {
      const f = inc.aftercare!.firstContact;
      return f && !cur.aftercare?.firstContact ? [{ dossierId, ...f, recordedAt: clock.now }] : [];
    }),
    (rows) => tx.insert(firstContacts).select(rows).onConflictDoNothing(),
  );
  await insertRowsWith(
    followups,
    taking.flatMap(({ dossierId, inc }) =>
      inc.aftercare!.followups.map((f) => ({ dossierId, ...f, basis: JSON.stringify(f.basis), createdAt: clock.now, updatedAt: clock.now })),
    ),
    (rows) =>
      tx
        .insert(followups)
        .select(rows)
        .onConflictDoUpdate({
          target: [followups.dossierId, followups.momentKey],
          set: {
            doneOn: sql`excluded.done_on`,
            reached: sql`excluded.reached`,
            basis: sql`excluded.basis`,
            work: sql`excluded.work`,
            reclassering: sql`excluded.reclassering`,
            note: sql`excluded.note`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: and(isNull(followups.doneOn), isNotNull(sql`excluded.done_on`)),
        }),
  );
  await insertRows(
    tx,
    contactAttempts,
    taking.flatMap(({ dossierId, inc, cur }) =>
      freshItems(inc.aftercare!.attempts, cur.aftercare?.attempts, itemKey.attempts).map((a) => ({ dossierId, ...a, createdAt: clock.now })),
    ),
  );
}
