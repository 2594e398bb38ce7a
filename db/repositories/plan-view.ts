import { asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { dueState, type ActionStatus } from '../../common/plan/actions.js';
import { daysBetween } from '../../common/calendar.js';
import { completeBasis, type BasisKey, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { countdownText, notYetInOrder, proposeCountdown, redateForRelease } from '../../common/plan/countdown.js';
import type { ActionView, GoalStatus, PlanView } from '../../common/plan/types.js';
import { dossiers, domainScores, partnerContacts, partners, planActions, planBasis, planGoals, plans } from '../schema.js';
import { type Conn } from './plan-history.js';
import { requireDossierFields } from './dossier-touch.js';

/** A dossier's plan as the plan tab shows it, and the helpers every plan change shares. */

/** Dossier status whose open actions no longer count (closed: nobody chases them). */
export const CLOSED_STATUS = 'afgesloten';

export const OPEN_STATUSES: ActionStatus[] = ['open', 'bezig'];

import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

/** The dossier with its expected release date (the plan counts down to it). */
export function requireDossier(conn: Conn, dossierId: number) {
  return requireDossierFields(conn, dossierId, { id: dossiers.id, release: dossiers.verwachteVrijlating, status: dossiers.status });
}

export async function ensurePlan(tx: Conn, dossierId: number, now: string) {
  await tx.insert(plans).values({ dossierId, updatedAt: now }).onConflictDoNothing();
  const [p] = await tx.select().from(plans).where(eq(plans.dossierId, dossierId));
  return p!;
}

/** An action with the name of its partner, as the meeting view and the spreadsheet exports list it. */
export const actionWithPartner = {
  id: planActions.id,
  title: planActions.title,
  partnerName: partners.name,
  deadline: planActions.deadline,
  status: planActions.status,
};

const actionColumns = {
  id: planActions.id,
  dossierId: planActions.dossierId,
  title: planActions.title,
  domainKey: planActions.domainKey,
  partnerId: planActions.partnerId,
  partnerName: partners.name,
  contactId: planActions.contactId,
  contactName: partnerContacts.name,
  deadline: planActions.deadline,
  status: planActions.status,
  completedOn: planActions.completedOn,
  resultNote: planActions.resultNote,
  templateKey: planActions.templateKey,
  appointmentTime: planActions.appointmentTime,
  appointmentPlace: planActions.appointmentPlace,
  lastReminderOn: planActions.lastReminderOn,
  createdOn: planActions.createdOn,
};

type ActionRow = Omit<ActionView, 'due' | 'status'> & { status: string };

export function toActionView(r: ActionRow, today: string, soonDays: number): ActionView {
  const status = r.status as ActionStatus;
  return { ...r, status, due: dueState({ status, deadline: r.deadline }, today, soonDays) };
}

/** Actions joined with their partner and contact names; the caller adds the where clause. */
export function selectActions(conn: Conn) {
  return conn
    .select(actionColumns)
    .from(planActions)
    .leftJoin(partners, eq(partners.id, planActions.partnerId))
    .leftJoin(partnerContacts, eq(partnerContacts.id, planActions.contactId));
}

/** These actions (by id), with partner and contact names. */
export async function actionsWithIds(conn: Conn, ids: number[]) {
  return ids.length ? selectActions(conn).where(inArray(planActions.id, ids)) : [];
}

/** The actions allocated to these partners, with partner and contact names. */
export async function actionsOfPartners(conn: Conn, partnerIds: number[]) {
  return partnerIds.length ? selectActions(conn).where(inArray(planActions.partnerId, partnerIds)) : [];
}

export async function getPlan(db: Conn, dossierId: number, clock: Clock, config: PlanConfig): Promise<PlanView> {
  const d = await requireDossier(db, dossierId);
  const [planRow] = await db.select().from(plans).where(eq(plans.dossierId, dossierId));
  const basisRows = await db.select().from(planBasis).where(eq(planBasis.dossierId, dossierId));
  const basis = completeBasis(basisRows.map((b) => ({ key: b.key as BasisKey, state: b.state as BasisState, note: b.note, changedOn: b.changedOn })));
  const scores = await db
    .select({ id: domainScores.id, domainKey: domainScores.domainKey, score: domainScores.score, assessedOn: domainScores.assessedOn, note: domainScores.note })
    .from(domainScores)
    .where(eq(domainScores.dossierId, dossierId))
    .orderBy(asc(domainScores.assessedOn), asc(domainScores.id));
  const goals = (
    await db
      .select({ id: planGoals.id, domainKey: planGoals.domainKey, text: planGoals.text, status: planGoals.status })
      .from(planGoals)
      .where(eq(planGoals.dossierId, dossierId))
      .orderBy(asc(planGoals.id))
  ).map((g) => ({ ...g, status: g.status as GoalStatus }));
  const actions = (
    await selectActions(db)
      .where(eq(planActions.dossierId, dossierId))
      .orderBy(sql`${planActions.deadline} IS NULL`, asc(planActions.deadline), asc(planActions.id))
  ).map((r) => toActionView(r, clock.today, config.soonDays));

  const release = d.release;
  const template = config.countdownTemplate;
  const releaseMove = pendingReleaseMove(planRow?.countdownRelease ?? null, release, actions, config);
  const dropped = JSON.parse(planRow?.droppedTemplates ?? '[]') as string[];
  const taken = [...dropped, ...actions.filter((a) => a.templateKey).map((a) => a.templateKey!)];
  // Proposals only make sense before release, and not while a move of the existing ones awaits confirmation.
  const proposals =
    release && d.status !== CLOSED_STATUS && daysBetween(clock.today, release) >= 0 && !releaseMove
      ? proposeCountdown(template, release, clock.today, { takenKeys: taken, basis })
      : [];
  return {
    dossierId,
    today: clock.today,
    releaseDate: release,
    countdownText: countdownText(release, clock.today),
    basis,
    scores,
    goals,
    actions,
    proposals,
    releaseMove,
    notInOrder: notYetInOrder(basis, actions, release),
    lifeDomains: config.lifeDomains,
    soonDays: config.soonDays,
  };
}

function pendingReleaseMove(countdownRelease: string | null, release: string | null, actions: ActionView[], config: PlanConfig): PlanView['releaseMove'] {
  if (!countdownRelease || countdownRelease === release) return null;
  const redates = release ? redateForRelease(actions, config.countdownTemplate, countdownRelease, release) : [];
  const openTemplate = actions.some((a) => a.templateKey && (a.status === 'open' || a.status === 'bezig'));
  if (!openTemplate) return null;
  return { from: countdownRelease, to: release, redates };
}

export async function touchPlan(tx: Conn, dossierId: number, now: string, set: Partial<typeof plans.$inferInsert> = {}) {
  await ensurePlan(tx, dossierId, now);
  await tx
    .update(plans)
    .set({ ...set, updatedAt: now })
    .where(eq(plans.dossierId, dossierId));
}

export function requireKnownDomain(config: PlanConfig, key: string | null, field = 'domainKey') {
  if (key === null) return;
  const d = config.lifeDomains.find((x) => x.key === key);
  if (!d || !d.active) throw new AppError('VALIDATION', undefined, { fields: { [field]: msg('chooseLifeDomainList') } });
}
