import { and, asc, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../../common/calendar.js';
import type { AftercareSection } from '../../../common/exchange/payload.js';
import type { Bundle } from '../../../common/exchange/sections.js';
import { freshItems, itemKey } from '../../../common/exchange/sections.js';
import { contactAttempts, dayOneBasis, firstContacts, followups } from '../../schema.js';
import type { Conn, Tx } from '../dossier-fields.js';
import { insertRows, insertRowsWith, type ImportItems } from './batches.js';
import { listsOf, type ItemList } from './json-lists.js';

const DAY_ONE: ItemList = {
  table: dayOneBasis,
  fields: {
    releaseDate: dayOneBasis.releaseDate,
    recordedAt: dayOneBasis.recordedAt,
    key: dayOneBasis.key,
    state: dayOneBasis.state,
    note: dayOneBasis.note,
    correctedAt: dayOneBasis.correctedAt,
    correctionReason: dayOneBasis.correctionReason,
  },
  orderBy: [asc(dayOneBasis.key)],
};
const fc = firstContacts;
const FIRST_CONTACT: ItemList = { table: fc, fields: { contactAt: fc.contactAt, who: fc.who, how: fc.how, outcome: fc.outcome }, orderBy: [asc(fc.dossierId)] };
const FOLLOWUPS: ItemList = {
  table: followups,
  fields: {
    momentKey: followups.momentKey,
    label: followups.label,
    dueOn: followups.dueOn,
    doneOn: followups.doneOn,
    reached: followups.reached,
    // Stored as JSON text; it travels as the object it holds.
    basis: sql`json(${followups.basis})`,
    work: followups.work,
    reclassering: followups.reclassering,
    note: followups.note,
  },
  orderBy: [asc(followups.dueOn), asc(followups.id)],
};
const at = contactAttempts;
const ATTEMPTS: ItemList = {
  table: at,
  fields: { date: at.date, channel: at.channel, result: at.result, note: at.note },
  orderBy: [asc(at.date), asc(at.id)],
};

type DayOneEntry = NonNullable<AftercareSection['dayOne']>['entries'][number];

/** The after-release section (payload version 3) of these bundles, for export, preview and import. */
export async function readAftercareSection(db: Conn, bundles: Bundle[]): Promise<void> {
  const ids = bundles.map((b) => b.id);
  const dayOne = await listsOf<DayOneEntry & { releaseDate: string; recordedAt: string }>(db, ids, DAY_ONE);
  const first = await listsOf<NonNullable<AftercareSection['firstContact']>>(db, ids, FIRST_CONTACT);
  const moments = await listsOf<AftercareSection['followups'][number]>(db, ids, FOLLOWUPS);
  const attempts = await listsOf<AftercareSection['attempts'][number]>(db, ids, ATTEMPTS);
  for (const b of bundles) {
    const d = dayOne.get(b.id) ?? [];
    b.aftercare = {
      dayOne: d.length
        ? {
            releaseDate: d[0]!.releaseDate,
            recordedAt: d[0]!.recordedAt,
            entries: d.map((e) => ({ key: e.key, state: e.state, note: e.note, correctedAt: e.correctedAt, correctionReason: e.correctionReason })),
          }
        : null,
      firstContact: first.get(b.id)?.[0] ?? null,
      followups: moments.get(b.id) ?? [],
      attempts: attempts.get(b.id) ?? [],
    };
  }
}

/**
 * The after-release section of an import, inside the import's transaction. A day-one record or first contact that
 * was here before the import is kept: it is recorded once and only corrected by hand. A release date taken from the
 * file is settled after this (PendingReleaseDates), so the file's day-one record is the one kept and the moments are
 * then planned from the date here. Moments are matched by their key: an open moment here takes the file's check-in,
 * a done one is kept. Attempts not here yet are added.
 */
export async function addAftercareItems(tx: Tx, list: ImportItems[], clock: Clock): Promise<void> {
  const taking = list.filter((x) => x.sections.has('aftercare') && x.inc.aftercare);
  if (taking.length === 0) return;
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
