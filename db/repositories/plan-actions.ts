import { eq, inArray } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { formatDateNl } from '../../common/dates.js';
import { ACTION_STATUS_LABELS, completionDateFor, deadlineBeforeCreation, type ActionStatus } from '../../common/plan/actions.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { actionReminders, partnerContacts, partners, planActions } from '../schema.js';
import type { Db } from '../vault.js';
import { recordPlanHistory, type Conn } from './plan-history.js';
import { recordProvision } from './provisions.js';

import { requireDossier, touchPlan, requireKnownDomain } from './plan-view.js';
import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

/** Plan actions: adding and changing them, and recording a reminder sent to a partner. */

export async function checkPartner(conn: Conn, partnerId: number | null, contactId: number | null) {
  if (partnerId === null) {
    if (contactId !== null) throw new AppError('VALIDATION', undefined, { fields: { contactId: msg('chooseOrganisationFirst') } });
    return;
  }
  const [p] = await conn.select({ id: partners.id, archivedAt: partners.archivedAt }).from(partners).where(eq(partners.id, partnerId));
  if (!p || p.archivedAt) throw new AppError('VALIDATION', undefined, { fields: { partnerId: msg('choosePartnerRegister') } });
  if (contactId !== null) {
    const [c] = await conn.select({ partnerId: partnerContacts.partnerId }).from(partnerContacts).where(eq(partnerContacts.id, contactId));
    if (!c || c.partnerId !== partnerId) throw new AppError('VALIDATION', undefined, { fields: { contactId: msg('contactPersonDoesNotBelong') } });
  }
}

export const PAST_DEADLINE_MESSAGE = msg('deadlineBeforeDayActionCreated');

export function refusePastDeadline(deadline: string | null, createdOn: string, confirmed: boolean) {
  if (deadlineBeforeCreation(deadline, createdOn) && !confirmed)
    throw new AppError('VALIDATION', PAST_DEADLINE_MESSAGE, { fields: { deadline: PAST_DEADLINE_MESSAGE }, needsConfirmation: 'pastDeadline' });
}

export function actionSummary(a: { title: string; status: string; deadline: string | null }) {
  return `${a.title} — ${ACTION_STATUS_LABELS[a.status as ActionStatus] ?? a.status}${a.deadline ? `, deadline ${formatDateNl(a.deadline)}` : ''}`;
}

function appointmentText(a: { appointmentTime: string | null; appointmentPlace: string }): string {
  return [a.appointmentTime, a.appointmentPlace].filter(Boolean).join(', ');
}

export interface NewAction {
  dossierId: number;
  title: string;
  domainKey: string | null;
  partnerId: number | null;
  contactId: number | null;
  deadline: string | null;
  /** An appointment with the client: a time on the deadline day, and a place. */
  appointmentTime?: string | null;
  appointmentPlace?: string;
  confirmPastDeadline: boolean;
}

/** A time needs a day: the deadline is the appointment's date. */
function refuseTimeWithoutDate(deadline: string | null, time: string | null | undefined) {
  if (time && !deadline) throw new AppError('VALIDATION', undefined, { fields: { deadline: msg('appointmentTimeNeedsDate') } });
}

export async function addAction(db: Conn, input: NewAction, clock: Clock, config: PlanConfig): Promise<number> {
  await requireDossier(db, input.dossierId);
  requireKnownDomain(config, input.domainKey);
  refusePastDeadline(input.deadline, clock.today, input.confirmPastDeadline);
  refuseTimeWithoutDate(input.deadline, input.appointmentTime);
  return db.transaction(async (tx) => {
    await checkPartner(tx, input.partnerId, input.contactId);
    const [row] = await tx
      .insert(planActions)
      .values({
        dossierId: input.dossierId,
        title: input.title,
        domainKey: input.domainKey,
        partnerId: input.partnerId,
        contactId: input.contactId,
        deadline: input.deadline,
        appointmentTime: input.appointmentTime ?? null,
        appointmentPlace: input.appointmentPlace ?? '',
        createdOn: clock.today,
        createdAt: clock.now,
        updatedAt: clock.now,
      })
      .returning({ id: planActions.id });
    await touchPlan(tx, input.dossierId, clock.now);
    await recordPlanHistory(tx, input.dossierId, clock.now, 'action', null, actionSummary({ ...input, status: 'open' }));
    return row!.id;
  });
}

export interface ActionPatch {
  id: number;
  title?: string;
  domainKey?: string | null;
  partnerId?: number | null;
  contactId?: number | null;
  deadline?: string | null;
  status?: ActionStatus;
  resultNote?: string;
  appointmentTime?: string | null;
  appointmentPlace?: string;
  confirmPastDeadline: boolean;
}

export async function updateAction(db: Db, patch: ActionPatch, clock: Clock, config: PlanConfig): Promise<number> {
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(planActions).where(eq(planActions.id, patch.id));
    if (!a) throw new AppError('NOT_FOUND');
    if (patch.domainKey !== undefined && patch.domainKey !== a.domainKey) requireKnownDomain(config, patch.domainKey);
    if (patch.deadline !== undefined && patch.deadline !== a.deadline) refusePastDeadline(patch.deadline, a.createdOn, patch.confirmPastDeadline);
    const partnerId = patch.partnerId !== undefined ? patch.partnerId : a.partnerId;
    // A new organisation without a new contact drops the old organisation's contact.
    const contactId = patch.contactId !== undefined ? patch.contactId : partnerId === a.partnerId ? a.contactId : null;
    if (partnerId !== a.partnerId || contactId !== a.contactId) await checkPartner(tx, partnerId, contactId);
    const status = patch.status ?? (a.status as ActionStatus);
    const next = {
      title: patch.title ?? a.title,
      domainKey: patch.domainKey !== undefined ? patch.domainKey : a.domainKey,
      partnerId,
      contactId,
      deadline: patch.deadline !== undefined ? patch.deadline : a.deadline,
      status,
      completedOn: completionDateFor(status, { status: a.status as ActionStatus, completedOn: a.completedOn }, clock.today),
      resultNote: patch.resultNote ?? a.resultNote,
      appointmentTime: patch.appointmentTime !== undefined ? patch.appointmentTime : a.appointmentTime,
      appointmentPlace: patch.appointmentPlace ?? a.appointmentPlace,
    };
    refuseTimeWithoutDate(next.deadline, next.appointmentTime);
    await tx
      .update(planActions)
      .set({ ...next, updatedAt: clock.now })
      .where(eq(planActions.id, a.id));
    await touchPlan(tx, a.dossierId, clock.now);
    const h = (field: string, o: unknown, n: unknown) =>
      o === n
        ? Promise.resolve()
        : recordPlanHistory(
            tx,
            a.dossierId,
            clock.now,
            `action.${field}`,
            o === null ? null : `${a.title}: ${String(o)}`,
            n === null ? null : `${next.title}: ${String(n)}`,
          );
    await h('title', a.title, next.title);
    await h('status', a.status, next.status);
    await h('deadline', a.deadline && formatDateNl(a.deadline), next.deadline && formatDateNl(next.deadline));
    await h('partner', a.partnerId, next.partnerId);
    await h('contact', a.contactId, next.contactId);
    await h('domain', a.domainKey, next.domainKey);
    await h('result', a.resultNote || null, next.resultNote || null);
    await h('appointment', appointmentText(a) || null, appointmentText(next) || null);
    return a.dossierId;
  });
}

export async function recordReminder(db: Conn, input: { partnerId: number | null; actionIds: number[] }, clock: Clock): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: planActions.id, dossierId: planActions.dossierId, title: planActions.title, partnerId: planActions.partnerId })
      .from(planActions)
      .where(inArray(planActions.id, input.actionIds));
    if (rows.length !== new Set(input.actionIds).size) throw new AppError('NOT_FOUND');
    if (rows.some((r) => r.partnerId !== input.partnerId)) throw new AppError('CONFLICT', msg('oneActionsDoesNotBelong'));
    for (const r of rows) {
      await tx.insert(actionReminders).values({ actionId: r.id, partnerId: r.partnerId, sentOn: clock.today, sentAt: clock.now });
      await tx.update(planActions).set({ lastReminderOn: clock.today }).where(eq(planActions.id, r.id));
      await recordPlanHistory(tx, r.dossierId, clock.now, 'action.reminder', null, `${r.title}: herinnering verstuurd`);
    }
    if (input.partnerId !== null) {
      // A reminder names clients to a partner: a provision of data, so it goes in the register too.
      const [p] = await tx.select({ name: partners.name }).from(partners).where(eq(partners.id, input.partnerId));
      await recordProvision(tx, {
        kind: 'rappel',
        what: `Herinnering over ${rows.length} ${rows.length === 1 ? 'actie' : 'acties'}`,
        recipient: p?.name ?? '',
        purpose: 'Rappel: afspraken uit het nazorgplan',
        dossierIds: [...new Set(rows.map((r) => r.dossierId))],
      });
    }
    return rows.length;
  });
}
