import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { listName } from '../../common/people/names.js';
import { AppError } from '../../common/errors.js';
import type { MeetingDetail, MeetingSummary } from '../../common/meetings/types.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { dossiers, meetingActions, meetingDecisions, meetingItems, meetingPartners, meetings, partners, planActions } from '../schema.js';
import type { Db } from '../vault.js';
import { addAction } from './plan-actions.js';
import { actionWithPartner } from './plan-view.js';
import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

/**
 * Allocation meetings (regie- en toedelingsoverleg). Every change that touches more than one row runs
 * in one transaction; actions agreed in a meeting are real plan actions, linked to the agenda item.
 */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

export interface MeetingFields {
  title: string;
  date: string;
  startTime: string;
  place: string;
  partnerIds: number[];
  dossierIds: number[];
}

async function requireMeeting(conn: Conn, id: number) {
  const [m] = await conn.select().from(meetings).where(eq(meetings.id, id));
  if (!m) throw new AppError('NOT_FOUND');
  return m;
}

async function requireItem(conn: Conn, itemId: number) {
  const [it] = await conn.select().from(meetingItems).where(eq(meetingItems.id, itemId));
  if (!it) throw new AppError('NOT_FOUND');
  return it;
}

async function checkIds(conn: Conn, f: Pick<MeetingFields, 'partnerIds' | 'dossierIds'>) {
  const pIds = [...new Set(f.partnerIds)];
  const dIds = [...new Set(f.dossierIds)];
  if (pIds.length > 0) {
    const found = await conn.select({ id: partners.id }).from(partners).where(inArray(partners.id, pIds));
    if (found.length !== pIds.length) throw new AppError('VALIDATION', undefined, { fields: { partnerIds: msg('choosePartnersRegister') } });
  }
  if (dIds.length > 0) {
    const found = await conn.select({ id: dossiers.id }).from(dossiers).where(inArray(dossiers.id, dIds));
    if (found.length !== dIds.length) throw new AppError('VALIDATION', undefined, { fields: { dossierIds: msg('chosenCaseFileDoesNot') } });
  }
}

async function setPartners(tx: Tx, meetingId: number, partnerIds: number[]) {
  await tx.delete(meetingPartners).where(eq(meetingPartners.meetingId, meetingId));
  const ids = [...new Set(partnerIds)];
  if (ids.length > 0) await tx.insert(meetingPartners).values(ids.map((partnerId) => ({ meetingId, partnerId })));
}

/** Keeps existing items (with their decisions and actions) for dossiers that stay, in the new order. */
async function setAgenda(tx: Tx, meetingId: number, dossierIds: number[]) {
  const ids = [...new Set(dossierIds)];
  const existing = await tx.select().from(meetingItems).where(eq(meetingItems.meetingId, meetingId));
  const gone = existing.filter((e) => !ids.includes(e.dossierId)).map((e) => e.id);
  if (gone.length > 0) await tx.delete(meetingItems).where(inArray(meetingItems.id, gone));
  for (const [position, dossierId] of ids.entries()) {
    const it = existing.find((e) => e.dossierId === dossierId);
    if (it) await tx.update(meetingItems).set({ position }).where(eq(meetingItems.id, it.id));
    else await tx.insert(meetingItems).values({ meetingId, dossierId, position });
  }
}

export async function listMeetings(db: Conn): Promise<MeetingSummary[]> {
  const rows = await db.select().from(meetings).orderBy(asc(meetings.date), asc(meetings.id));
  const items = await db.select({ meetingId: meetingItems.meetingId, n: count() }).from(meetingItems).groupBy(meetingItems.meetingId);
  const present = await db.select({ meetingId: meetingPartners.meetingId, n: count() }).from(meetingPartners).groupBy(meetingPartners.meetingId);
  return rows
    .map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      place: m.place,
      dossierCount: items.find((i) => i.meetingId === m.id)?.n ?? 0,
      partnerCount: present.find((p) => p.meetingId === m.id)?.n ?? 0,
    }))
    .reverse();
}

export async function getMeeting(db: Conn, id: number): Promise<MeetingDetail> {
  const m = await requireMeeting(db, id);
  const present = await db
    .select({ id: partners.id, name: partners.name })
    .from(meetingPartners)
    .innerJoin(partners, eq(partners.id, meetingPartners.partnerId))
    .where(eq(meetingPartners.meetingId, id))
    .orderBy(asc(partners.name));
  const items = await db
    .select({
      id: meetingItems.id,
      dossierId: meetingItems.dossierId,
      position: meetingItems.position,
      note: meetingItems.note,
      achternaam: dossiers.achternaam,
      tussenvoegsel: dossiers.tussenvoegsel,
      voornamen: dossiers.voornamen,
    })
    .from(meetingItems)
    .innerJoin(dossiers, eq(dossiers.id, meetingItems.dossierId))
    .where(eq(meetingItems.meetingId, id))
    .orderBy(asc(meetingItems.position));
  const itemIds = items.map((i) => i.id);
  const decisions = itemIds.length
    ? await db.select().from(meetingDecisions).where(inArray(meetingDecisions.itemId, itemIds)).orderBy(asc(meetingDecisions.id))
    : [];
  const actions = itemIds.length
    ? await db
        .select({ itemId: meetingActions.itemId, ...actionWithPartner, partnerId: planActions.partnerId })
        .from(meetingActions)
        .innerJoin(planActions, eq(planActions.id, meetingActions.actionId))
        .leftJoin(partners, eq(partners.id, planActions.partnerId))
        .where(inArray(meetingActions.itemId, itemIds))
        .orderBy(asc(planActions.id))
    : [];
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    place: m.place,
    partners: present,
    items: items.map((i) => ({
      id: i.id,
      dossierId: i.dossierId,
      position: i.position,
      note: i.note,
      clientName: listName(i),
      decisions: decisions.filter((d) => d.itemId === i.id).map((d) => ({ id: d.id, text: d.text })),
      actions: actions.filter((a) => a.itemId === i.id).map(({ itemId: _, ...a }) => a),
    })),
  };
}

export async function createMeeting(db: Conn, f: MeetingFields, now: string): Promise<number> {
  await checkIds(db, f);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ title: f.title, date: f.date, startTime: f.startTime, place: f.place, createdAt: now, updatedAt: now })
      .returning({ id: meetings.id });
    await setPartners(tx, row!.id, f.partnerIds);
    await setAgenda(tx, row!.id, f.dossierIds);
    return row!.id;
  });
}

export async function updateMeeting(db: Conn, id: number, patch: Partial<MeetingFields>, now: string): Promise<void> {
  await requireMeeting(db, id);
  await checkIds(db, { partnerIds: patch.partnerIds ?? [], dossierIds: patch.dossierIds ?? [] });
  await db.transaction(async (tx) => {
    const { partnerIds, dossierIds, ...fields } = patch;
    await tx
      .update(meetings)
      .set({ ...fields, updatedAt: now })
      .where(eq(meetings.id, id));
    if (partnerIds) await setPartners(tx, id, partnerIds);
    if (dossierIds) await setAgenda(tx, id, dossierIds);
  });
}

/** Removes the meeting with its agenda and decisions; the plan actions agreed there stay in the plans. */
export async function deleteMeeting(db: Conn, id: number): Promise<void> {
  await requireMeeting(db, id);
  await db.delete(meetings).where(eq(meetings.id, id));
}

export async function setItemNote(db: Db, itemId: number, note: string): Promise<number> {
  const it = await requireItem(db, itemId);
  await db.update(meetingItems).set({ note }).where(eq(meetingItems.id, itemId));
  return it.meetingId;
}

export async function addDecision(db: Db, itemId: number, text: string, now: string): Promise<number> {
  const it = await requireItem(db, itemId);
  await db.insert(meetingDecisions).values({ itemId, text, createdAt: now });
  return it.meetingId;
}

export async function removeDecision(db: Db, id: number): Promise<number> {
  const [d] = await db
    .select({ meetingId: meetingItems.meetingId })
    .from(meetingDecisions)
    .innerJoin(meetingItems, eq(meetingItems.id, meetingDecisions.itemId))
    .where(eq(meetingDecisions.id, id));
  if (!d) throw new AppError('NOT_FOUND');
  await db.delete(meetingDecisions).where(eq(meetingDecisions.id, id));
  return d.meetingId;
}

export interface MeetingActionInput {
  itemId: number;
  title: string;
  partnerId: number;
  deadline: string;
  domainKey: string | null;
}

/** Adds the action to the dossier's plan and links it to the agenda item, in one transaction. */
export async function addMeetingAction(
  db: Conn,
  input: MeetingActionInput,
  clock: Clock,
  config: PlanConfig,
): Promise<{ meetingId: number; actionId: number }> {
  const it = await requireItem(db, input.itemId);
  return db.transaction(async (tx) => {
    // The plan's own rules (known partner, known domain, no deadline before today) apply unchanged;
    // its transaction nests as a savepoint inside this one.
    const actionId = await addAction(
      tx as unknown as Db,
      {
        dossierId: it.dossierId,
        title: input.title,
        domainKey: input.domainKey,
        partnerId: input.partnerId,
        contactId: null,
        deadline: input.deadline,
        confirmPastDeadline: false,
      },
      clock,
      config,
    );
    await tx.insert(meetingActions).values({ itemId: it.id, actionId });
    return { meetingId: it.meetingId, actionId };
  });
}

/** Ids of the plan actions agreed in a meeting, per partner id (null: not allocated). */
export async function meetingActionIds(db: Conn, meetingId: number): Promise<number[]> {
  const rows = await db
    .select({ actionId: meetingActions.actionId })
    .from(meetingActions)
    .innerJoin(meetingItems, eq(meetingItems.id, meetingActions.itemId))
    .where(and(eq(meetingItems.meetingId, meetingId)));
  return rows.map((r) => r.actionId);
}
