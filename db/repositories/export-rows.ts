import { and, asc, eq, gte, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { DossierStatus } from '../../common/dossiers/status.js';
import { AppError } from '../../common/errors.js';
import type { ActionStatus } from '../../common/plan/actions.js';
import { dossiers, meetingActions, meetingItems, meetings, partnerContacts, partners, planActions } from '../schema.js';
import type { Db } from '../vault.js';
import { msg } from '../../common/messages/index.js';
import { actionWithPartner } from './plan-view.js';

/** The rows behind the spreadsheet and calendar exports (electron/main/exchange/exports.ts turns them into files). */

export type DossierExportRow = typeof dossiers.$inferSelect;

export async function dossierExportRows(db: Db, statuses: DossierStatus[]): Promise<DossierExportRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(statuses.length ? inArray(dossiers.status, statuses) : undefined)
    .orderBy(asc(dossiers.sortName), asc(dossiers.id));
}

function actionSelect(db: Db) {
  return db
    .select({
      ...actionWithPartner,
      dossierId: planActions.dossierId,
      domainKey: planActions.domainKey,
      appointmentTime: planActions.appointmentTime,
      appointmentPlace: planActions.appointmentPlace,
      contactName: partnerContacts.name,
      achternaam: dossiers.achternaam,
      tussenvoegsel: dossiers.tussenvoegsel,
      voornamen: dossiers.voornamen,
      geboortedatum: dossiers.geboortedatum,
    })
    .from(planActions)
    .innerJoin(dossiers, eq(dossiers.id, planActions.dossierId))
    .leftJoin(partners, eq(partners.id, planActions.partnerId))
    .leftJoin(partnerContacts, eq(partnerContacts.id, planActions.contactId));
}

async function actionRows(db: Db, where: (SQL | undefined)[]) {
  return actionSelect(db)
    .where(and(...where))
    .orderBy(asc(partners.name), asc(planActions.deadline), asc(planActions.id));
}

export type ActionExportRow = Awaited<ReturnType<typeof actionRows>>[number];

const OPEN: ActionStatus[] = ['open', 'bezig'];

/** The name of a partner chosen for an export; an unknown id is a wrong choice, not "all". */
export async function exportPartnerName(db: Db, partnerId: number): Promise<string> {
  const [p] = await db.select({ name: partners.name }).from(partners).where(eq(partners.id, partnerId));
  if (!p) throw new AppError('VALIDATION', undefined, { fields: { partnerId: msg('choosePartnerRegister') } });
  return p.name;
}

/** Actions by partner name and deadline, optionally of one partner and only the open ones. */
export async function actionExportRows(db: Db, opts: { partnerId: number | null; openOnly: boolean }): Promise<ActionExportRow[]> {
  return actionRows(db, [
    opts.partnerId ? eq(planActions.partnerId, opts.partnerId) : undefined,
    opts.openOnly ? inArray(planActions.status, OPEN) : undefined,
  ]);
}

/** Open actions with a deadline, for the calendar; optionally of one partner or one dossier. */
export async function deadlineExportRows(db: Db, opts: { partnerId: number | null; dossierId: number | null }): Promise<ActionExportRow[]> {
  return actionRows(db, [
    isNotNull(planActions.deadline),
    inArray(planActions.status, OPEN),
    opts.partnerId ? eq(planActions.partnerId, opts.partnerId) : undefined,
    opts.dossierId ? eq(planActions.dossierId, opts.dossierId) : undefined,
  ]);
}

/** The meeting and the actions allocated during it, in agenda order. */
export async function meetingActionExportRows(db: Db, meetingId: number) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw new AppError('NOT_FOUND');
  const rows = await actionSelect(db)
    .innerJoin(meetingActions, eq(meetingActions.actionId, planActions.id))
    .innerJoin(meetingItems, eq(meetingItems.id, meetingActions.itemId))
    .where(eq(meetingItems.meetingId, meetingId))
    .orderBy(asc(meetingItems.position), asc(planActions.id));
  return { meeting, rows };
}

/** Meetings from `today` on, by date. */
export async function upcomingMeetings(db: Db, today: string) {
  return db.select().from(meetings).where(gte(meetings.date, today)).orderBy(asc(meetings.date), asc(meetings.id));
}
