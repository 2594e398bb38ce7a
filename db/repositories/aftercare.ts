import { and, asc, count, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import {
  failedSinceReached,
  FIRST_CONTACT_HOW_LABELS,
  firstContactDueBy,
  firstContactState,
  followupState,
  completeCheckinBasis,
  isoAddDays,
  isUnreachable,
  plannedMoments,
  FOLLOWUP_DUE_AHEAD_DAYS,
  ATTEMPT_CHANNEL_LABELS,
  ATTEMPT_RESULT_LABELS,
  type AttemptChannel,
  type AttemptResult,
  type FirstContactHow,
  type ReclasseringContact,
  type WorkState,
} from '../../common/aftercare/rules.js';
import type { AftercareToday, AftercareView, ContactAttemptView, DayOneRecord, FollowupView } from '../../common/aftercare/types.js';
import { BASIS_STATE_INFO, basisDef, completeBasis, type BasisKey, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import { DASHBOARD_LIST_MAX } from '../../common/dossiers/types.js';
import type { DossierStatus } from '../../common/dossiers/status.js';
import { listName } from '../../common/people/names.js';
import type { Settings } from '../../common/settings.js';
import { contactAttempts, dayOneBasis, dossiers, firstContacts, followups, planBasis } from '../schema.js';
import type { Db } from '../vault.js';
import { recordAudits } from './audit.js';
import { recordChange, recordHistories, requireDossierFields, touchDossiers, type Conn } from './dossier-touch.js';
import { chunks, insertRows, insertRowsWith, selectIn } from './exchange/batches.js';
import { getSettings } from './settings.js';
import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

/** The dossier with its actual release date. */
function requireDossier(conn: Conn, dossierId: number) {
  return requireDossierFields(conn, dossierId, { id: dossiers.id, status: dossiers.status, release: dossiers.werkelijkeVrijlating });
}

function refuse(field: string, message: string): never {
  throw new AppError('VALIDATION', undefined, { fields: { [field]: message } });
}

function requireReleased(d: { release: string | null }, today: string, field: string): string {
  if (!d.release) refuse(field, msg('fillActualReleaseDateFirst'));
  if (d.release > today) refuse(field, msg('clientNotReleasedYet'));
  return d.release;
}

/**
 * Called inside the transaction that sets or changes the actual release date. The first time, the day-one record
 * is written from the plan's basisvoorwaarden as they stand and the follow-up moments are made from the
 * template; later changes of the date keep the record and move only the moments not yet done.
 */
export async function onReleaseDateSet(tx: Conn, dossierId: number, releaseDate: string, now: string): Promise<void> {
  await onReleaseDatesSet(tx, [{ dossierId, releaseDate }], now);
}

/**
 * The same for many dossiers at once (an import of released clients): a few multi-row statements per table
 * instead of some ten statements per dossier, with the same rows, history lines and audit lines.
 */
export async function onReleaseDatesSet(tx: Conn, list: readonly { dossierId: number; releaseDate: string }[], now: string): Promise<void> {
  if (list.length === 0) return;
  const ids = list.map((x) => x.dossierId);
  const recorded = new Set<number>();
  for (const c of chunks(ids)) {
    const rows = await tx.selectDistinct({ dossierId: dayOneBasis.dossierId }).from(dayOneBasis).where(inArray(dayOneBasis.dossierId, c));
    for (const r of rows) recorded.add(r.dossierId);
  }
  const settings = await getSettings(tx);
  const first = list.filter((x) => !recorded.has(x.dossierId));
  const plan = await selectIn(
    first.map((x) => x.dossierId),
    (c) => tx.select().from(planBasis).where(inArray(planBasis.dossierId, c)),
  );
  const dayOne: (typeof dayOneBasis.$inferInsert)[] = [];
  const lines: Parameters<typeof recordHistories>[1][number][] = [];
  for (const { dossierId, releaseDate } of first) {
    const rows = plan.get(dossierId) ?? [];
    const basis = completeBasis(rows.map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note })));
    dayOne.push(...basis.map((b) => ({ dossierId, key: b.key, state: b.state, note: b.note, releaseDate, recordedAt: now })));
    const summary = basis.map((b) => `${basisDef(b.key).label}: ${BASIS_STATE_INFO[b.state].label}`).join('; ');
    lines.push({ dossierId, at: now, field: 'dayOne', oldValue: null, newValue: summary });
  }
  await insertRows(tx, dayOneBasis, dayOne);
  await recordHistories(tx, lines);
  await touchDossiers(
    tx,
    first.map((x) => x.dossierId),
    now,
  );
  await recordAudits(
    tx,
    'aftercare.day_one',
    first.map((x) => ({ id: x.dossierId })),
    now,
  );
  const moments = list.flatMap(({ dossierId, releaseDate }) =>
    plannedMoments(releaseDate, settings.followupMoments).map((m) => ({
      dossierId,
      momentKey: m.key,
      label: m.label,
      dueOn: m.dueOn,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await insertRowsWith(followups, moments, (rows) =>
    tx
      .insert(followups)
      .select(rows)
      .onConflictDoUpdate({
        target: [followups.dossierId, followups.momentKey],
        set: { dueOn: sql`excluded.due_on`, updatedAt: sql`excluded.updated_at` },
        setWhere: isNull(followups.doneOn),
      }),
  );
}

export async function getDayOne(conn: Conn, dossierId: number): Promise<DayOneRecord | null> {
  const rows = await conn.select().from(dayOneBasis).where(eq(dayOneBasis.dossierId, dossierId));
  if (rows.length === 0) return null;
  const stored = completeBasis(rows.map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note })));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return {
    releaseDate: rows[0]!.releaseDate,
    recordedAt: rows[0]!.recordedAt,
    entries: stored.map((s) => ({
      key: s.key,
      state: s.state,
      note: s.note,
      correctedAt: byKey.get(s.key)?.correctedAt ?? null,
      correctionReason: byKey.get(s.key)?.correctionReason ?? '',
    })),
  };
}

/** Corrects one line of the day-one record; the reason is required and the old value stays in the history. */
export async function correctDayOne(
  db: Conn,
  input: { dossierId: number; key: BasisKey; state: BasisState; note: string; reason: string },
  clock: Clock,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [old] = await tx
      .select()
      .from(dayOneBasis)
      .where(and(eq(dayOneBasis.dossierId, input.dossierId), eq(dayOneBasis.key, input.key)));
    if (!old) refuse('state', msg('thereNoRecordDayRelease'));
    if (old.state === input.state && old.note === input.note) refuse('state', msg('nothingChanged'));
    await tx
      .update(dayOneBasis)
      .set({ state: input.state, note: input.note, correctedAt: clock.now, correctionReason: input.reason })
      .where(and(eq(dayOneBasis.dossierId, input.dossierId), eq(dayOneBasis.key, input.key)));
    const label = basisDef(input.key).label;
    const show = (state: BasisState, note: string) => `${label}: ${BASIS_STATE_INFO[state].label}${note ? ` (${note})` : ''}`;
    await recordChange(
      tx,
      input.dossierId,
      clock.now,
      `dayOne.${input.key}`,
      show(old.state as BasisState, old.note),
      `${show(input.state, input.note)} — reden: ${input.reason}`,
    );
  });
}

export async function recordFirstContact(
  db: Conn,
  input: { dossierId: number; contactAt: string; who: string; how: FirstContactHow; outcome: string },
  clock: Clock,
): Promise<void> {
  await db.transaction(async (tx) => {
    const d = await requireDossier(tx, input.dossierId);
    const release = requireReleased(d, clock.today, 'contactAt');
    if (input.contactAt.slice(0, 10) < release) refuse('contactAt', msg('contactBeforeDayRelease'));
    if (input.contactAt.slice(0, 10) > clock.today) refuse('contactAt', msg('contactCannotFuture'));
    const [old] = await tx.select().from(firstContacts).where(eq(firstContacts.dossierId, input.dossierId));
    if (old) refuse('contactAt', msg('firstContactAfterReleaseAlready'));
    await tx.insert(firstContacts).values({ ...input, recordedAt: clock.now });
    await recordChange(
      tx,
      input.dossierId,
      clock.now,
      'firstContact',
      null,
      `${input.contactAt.replace('T', ' ')}, ${FIRST_CONTACT_HOW_LABELS[input.how]}, ${input.who}`,
    );
  });
}

export interface CheckinInput {
  followupId: number;
  doneOn: string;
  reached: 'ja' | 'nee';
  basis: Partial<Record<BasisKey, BasisState>>;
  work: WorkState;
  reclassering: ReclasseringContact;
  note: string;
}

/** Records the check-in of one follow-up moment. */
export async function recordFollowup(db: Conn, input: CheckinInput, clock: Clock): Promise<number> {
  return db.transaction(async (tx) => {
    const [f] = await tx.select().from(followups).where(eq(followups.id, input.followupId));
    if (!f) throw new AppError('NOT_FOUND');
    if (f.doneOn) refuse('doneOn', msg('followUpMomentAlreadyRecorded'));
    const d = await requireDossier(tx, f.dossierId);
    const release = requireReleased(d, clock.today, 'doneOn');
    if (input.doneOn < release) refuse('doneOn', msg('dateBeforeDayRelease'));
    if (input.doneOn > clock.today) refuse('doneOn', msg('dateCannotFuture'));
    await tx
      .update(followups)
      .set({
        doneOn: input.doneOn,
        reached: input.reached,
        basis: JSON.stringify(completeCheckinBasis(input.basis)),
        work: input.work,
        reclassering: input.reclassering,
        note: input.note,
        updatedAt: clock.now,
      })
      .where(eq(followups.id, f.id));
    await recordChange(tx, f.dossierId, clock.now, 'followup', null, `${f.label}: ${input.reached === 'ja' ? 'cliënt bereikt' : 'cliënt niet bereikt'}`);
    return f.dossierId;
  });
}

export async function addContactAttempt(
  db: Conn,
  input: { dossierId: number; date: string; channel: AttemptChannel; result: AttemptResult; note: string },
  clock: Clock,
): Promise<void> {
  await db.transaction(async (tx) => {
    await requireDossier(tx, input.dossierId);
    if (input.date > clock.today) refuse('date', msg('attemptCannotFuture'));
    await tx.insert(contactAttempts).values({ ...input, createdAt: clock.now });
    await recordChange(
      tx,
      input.dossierId,
      clock.now,
      'contactAttempt',
      null,
      `${input.date}: ${ATTEMPT_CHANNEL_LABELS[input.channel]}, ${ATTEMPT_RESULT_LABELS[input.result]}`,
    );
  });
}

export async function getAftercare(db: Conn, dossierId: number, today: string, settings: Settings): Promise<AftercareView> {
  const d = await requireDossier(db, dossierId);
  const [dayOne, [fc], fRows, aRows] = await Promise.all([
    getDayOne(db, dossierId),
    db.select().from(firstContacts).where(eq(firstContacts.dossierId, dossierId)),
    db.select().from(followups).where(eq(followups.dossierId, dossierId)).orderBy(asc(followups.dueOn)),
    db.select().from(contactAttempts).where(eq(contactAttempts.dossierId, dossierId)).orderBy(asc(contactAttempts.date), asc(contactAttempts.id)),
  ]);
  const attempts: ContactAttemptView[] = aRows.map((a) => ({
    id: a.id,
    date: a.date,
    channel: a.channel as AttemptChannel,
    result: a.result as AttemptResult,
    note: a.note,
  }));
  const failed = failedSinceReached(attempts);
  const items: FollowupView[] = fRows.map((f) => ({
    id: f.id,
    momentKey: f.momentKey,
    label: f.label,
    dueOn: f.dueOn,
    doneOn: f.doneOn,
    state: followupState(f, today),
    reached: (f.reached as 'ja' | 'nee' | null) ?? null,
    basis: completeCheckinBasis(JSON.parse(f.basis) as Record<string, string>),
    work: f.work as WorkState,
    reclassering: f.reclassering as ReclasseringContact,
    note: f.note,
  }));
  return {
    dossierId,
    status: d.status as DossierStatus,
    releaseDate: d.release,
    today,
    dayOne,
    firstContact: fc ? { contactAt: fc.contactAt, who: fc.who, how: fc.how as FirstContactHow, outcome: fc.outcome } : null,
    firstContactState: firstContactState(d.release, Boolean(fc), today, settings.firstContactHours),
    firstContactDueBy: d.release ? firstContactDueBy(d.release, settings.firstContactHours) : null,
    firstContactHours: settings.firstContactHours,
    followups: items,
    attempts,
    failedAttempts: failed,
    unreachableAfter: settings.unreachableAfterAttempts,
    unreachable: isUnreachable(failed, settings.unreachableAfterAttempts),
  };
}

/** A missed first contact stays on Vandaag this many days after release; after that it is history, not a task. */
export const FIRST_CONTACT_WATCH_DAYS = 30;

const nameColumns = {
  dossierId: dossiers.id,
  achternaam: dossiers.achternaam,
  tussenvoegsel: dossiers.tussenvoegsel,
  voornamen: dossiers.voornamen,
  roepnaam: dossiers.roepnaam,
  releaseDate: dossiers.werkelijkeVrijlating,
};

/** Vandaag's part after release: first contacts due or missed, follow-up moments due or overdue, clients not reachable. */
export async function aftercareToday(db: Db, today: string, settings: Settings): Promise<AftercareToday> {
  const fcWhere = and(
    eq(dossiers.status, 'nazorg'),
    gte(dossiers.werkelijkeVrijlating, isoAddDays(today, -FIRST_CONTACT_WATCH_DAYS)),
    lte(dossiers.werkelijkeVrijlating, today),
    sql`NOT EXISTS (SELECT 1 FROM ${firstContacts} WHERE ${firstContacts.dossierId} = ${dossiers.id})`,
  );
  const openDue = and(isNull(followups.doneOn), lte(followups.dueOn, isoAddDays(today, FOLLOWUP_DUE_AHEAD_DAYS)));
  // The count: all open moments due, less those of dossiers not in nazorg. Both parts come from covering indexes
  // (never the wide dossier rows), and the set probed per moment is the dossiers outside nazorg, not the whole
  // caseload in nazorg that Vandaag is about. Every moment has its dossier (foreign key), so the difference is exact.
  const notInNazorg = sql`${followups.dossierId} IN (SELECT ${dossiers.id} FROM ${dossiers} WHERE ${dossiers.status} <> 'nazorg')`;
  const fuCountSql = sql`SELECT (SELECT count(*) FROM ${followups} WHERE ${openDue})
    - (SELECT count(*) FROM ${followups} WHERE ${and(openDue, notInNazorg)}) AS n`;
  // The list reads each shown moment's dossier row for the name anyway, so it tests the status on that row: building
  // the set of every dossier in nazorg would cost more than the few rows the list reads before it has its 50.
  const fuListWhere = and(openDue, eq(dossiers.status, 'nazorg'));
  // Failed attempts with no later attempt that reached the client.
  const failedSql = sql`SELECT a.dossier_id AS id, count(*) AS n FROM ${contactAttempts} a
    WHERE a.result <> 'bereikt' AND NOT EXISTS (
      SELECT 1 FROM ${contactAttempts} b WHERE b.dossier_id = a.dossier_id AND b.result = 'bereikt'
      AND (b.date > a.date OR (b.date = a.date AND b.id > a.id)))
    GROUP BY a.dossier_id HAVING count(*) >= ${settings.unreachableAfterAttempts}`;
  const [fcRows, [fcTotal], fuRows, [fuTotal], unreachableRows] = await Promise.all([
    db.select(nameColumns).from(dossiers).where(fcWhere).orderBy(asc(dossiers.werkelijkeVrijlating), asc(dossiers.sortName)).limit(DASHBOARD_LIST_MAX),
    db.select({ n: count() }).from(dossiers).where(fcWhere),
    db
      .select({ ...nameColumns, followupId: followups.id, momentKey: followups.momentKey, label: followups.label, dueOn: followups.dueOn })
      .from(followups)
      .innerJoin(dossiers, eq(dossiers.id, followups.dossierId))
      .where(fuListWhere)
      .orderBy(asc(followups.dueOn), asc(followups.id))
      .limit(DASHBOARD_LIST_MAX),
    db.all<{ n: number }>(fuCountSql),
    db.all<{ id: number; n: number }>(sql`SELECT f.id, f.n FROM (${failedSql}) f JOIN ${dossiers} d ON d.id = f.id WHERE d.status = 'nazorg'`),
  ]);
  const unreachableIds = unreachableRows.slice(0, DASHBOARD_LIST_MAX);
  const names = unreachableIds.length
    ? await db
        .select(nameColumns)
        .from(dossiers)
        .where(
          sql`${dossiers.id} IN (${sql.join(
            unreachableIds.map((r) => sql`${r.id}`),
            sql`, `,
          )})`,
        )
    : [];
  const failedById = new Map(unreachableIds.map((r) => [Number(r.id), Number(r.n)]));
  return {
    firstContacts: fcRows.map((r) => {
      const dueBy = firstContactDueBy(r.releaseDate!, settings.firstContactHours);
      return { dossierId: r.dossierId, name: listName(r), releaseDate: r.releaseDate!, dueBy, state: today > dueBy ? ('missed' as const) : ('due' as const) };
    }),
    followups: fuRows.map((r) => ({
      dossierId: r.dossierId,
      name: listName(r),
      releaseDate: r.releaseDate ?? '',
      followupId: r.followupId,
      momentKey: r.momentKey,
      label: r.label,
      dueOn: r.dueOn,
      state: r.dueOn < today ? ('overdue' as const) : ('due' as const),
    })),
    unreachable: names.map((r) => ({ dossierId: r.dossierId, name: listName(r), releaseDate: r.releaseDate ?? '', failed: failedById.get(r.dossierId) ?? 0 })),
    totals: { firstContacts: fcTotal?.n ?? 0, followups: Number(fuTotal?.n ?? 0), unreachable: unreachableRows.length },
  };
}
