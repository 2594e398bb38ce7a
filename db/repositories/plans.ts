import { and, asc, eq, inArray, isNotNull, lt, lte, ne, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { formatDateNl } from '../../common/dates.js';
import {
  ACTION_STATUS_LABELS,
  OVERDUE_DOSSIER_FILTER,
  completionDateFor,
  daysBetween,
  deadlineBeforeCreation,
  dueState,
  soonDueUntil,
  type ActionStatus,
} from '../../common/plan/actions.js';
import { BASIS_STATE_INFO, basisDef, completeBasis, encodeStrip, type BasisKey, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { countdownText, notYetInOrder, proposeCountdown, redateForRelease } from '../../common/plan/countdown.js';
import { domainLabel } from '../../common/plan/domains.js';
import type { ActionView, GoalStatus, PlanView } from '../../common/plan/types.js';
import { actionReminders, dossiers, domainScores, partnerContacts, partners, planActions, planBasis, planGoals, plans } from '../schema.js';
import type { Db } from '../vault.js';
import { recordPlanHistory, type Conn } from './plan-history.js';
import { recordProvision } from './provisions.js';
import { registerDossierFilter } from './dossier-filters.js';

/** Dossier status whose open actions no longer count (closed: nobody chases them). */
export const CLOSED_STATUS = 'afgesloten';
export const OPEN_STATUSES: ActionStatus[] = ['open', 'bezig'];

export interface Clock {
  /** Local calendar day, ISO yyyy-mm-dd: deadlines are calendar days. */
  today: string;
  /** Timestamp for history rows. */
  now: string;
}

async function requireDossier(conn: Conn, dossierId: number) {
  const [d] = await conn
    .select({ id: dossiers.id, release: dossiers.verwachteVrijlating, status: dossiers.status })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  if (!d) throw new AppError('NOT_FOUND');
  return d;
}

async function ensurePlan(tx: Conn, dossierId: number, now: string) {
  await tx.insert(plans).values({ dossierId, updatedAt: now }).onConflictDoNothing();
  const [p] = await tx.select().from(plans).where(eq(plans.dossierId, dossierId));
  return p!;
}

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

async function touchPlan(tx: Conn, dossierId: number, now: string, set: Partial<typeof plans.$inferInsert> = {}) {
  await ensurePlan(tx, dossierId, now);
  await tx
    .update(plans)
    .set({ ...set, updatedAt: now })
    .where(eq(plans.dossierId, dossierId));
}

export async function setBasis(db: Db, input: { dossierId: number; key: BasisKey; state: BasisState; note: string }, clock: Clock): Promise<void> {
  await requireDossier(db, input.dossierId);
  await db.transaction(async (tx) => {
    const [old] = await tx
      .select()
      .from(planBasis)
      .where(and(eq(planBasis.dossierId, input.dossierId), eq(planBasis.key, input.key)));
    const oldState = (old?.state ?? 'onbekend') as BasisState;
    if (old && old.state === input.state && old.note === input.note) return;
    // The "last changed" date marks a change of state; a corrected note keeps it.
    const changedOn = old && old.state === input.state ? old.changedOn : clock.today;
    await tx
      .insert(planBasis)
      .values({ dossierId: input.dossierId, key: input.key, state: input.state, note: input.note, changedOn })
      .onConflictDoUpdate({ target: [planBasis.dossierId, planBasis.key], set: { state: input.state, note: input.note, changedOn } });
    const rows = await tx.select().from(planBasis).where(eq(planBasis.dossierId, input.dossierId));
    const strip = encodeStrip(rows.map((r) => ({ key: r.key as BasisKey, state: r.state as BasisState, note: r.note, changedOn: r.changedOn })));
    await touchPlan(tx, input.dossierId, clock.now, { basisStrip: strip });
    const label = basisDef(input.key).label;
    const show = (state: BasisState, note: string) => `${BASIS_STATE_INFO[state].label}${note ? ` (${note})` : ''}`;
    await recordPlanHistory(
      tx,
      input.dossierId,
      clock.now,
      `basis.${input.key}`,
      old ? `${label}: ${show(oldState, old.note)}` : null,
      `${label}: ${show(input.state, input.note)}`,
    );
  });
}

function requireKnownDomain(config: PlanConfig, key: string | null, field = 'domainKey') {
  if (key === null) return;
  const d = config.lifeDomains.find((x) => x.key === key);
  if (!d || !d.active) throw new AppError('VALIDATION', undefined, { fields: { [field]: 'Kies een leefgebied uit de lijst.' } });
}

export async function addScore(
  db: Db,
  input: { dossierId: number; domainKey: string; score: number; assessedOn: string; note: string },
  clock: Clock,
  config: PlanConfig,
): Promise<void> {
  await requireDossier(db, input.dossierId);
  requireKnownDomain(config, input.domainKey);
  if (daysBetween(clock.today, input.assessedOn) > 0)
    throw new AppError('VALIDATION', undefined, { fields: { assessedOn: 'Een score kan niet in de toekomst liggen.' } });
  await db.transaction(async (tx) => {
    await tx.insert(domainScores).values({ ...input, createdAt: clock.now });
    await touchPlan(tx, input.dossierId, clock.now);
    await recordPlanHistory(
      tx,
      input.dossierId,
      clock.now,
      `score.${input.domainKey}`,
      null,
      `${domainLabel(config.lifeDomains, input.domainKey)}: ${input.score} op ${formatDateNl(input.assessedOn)}`,
    );
  });
}

export async function addGoal(db: Db, input: { dossierId: number; domainKey: string | null; text: string }, clock: Clock, config: PlanConfig): Promise<void> {
  await requireDossier(db, input.dossierId);
  requireKnownDomain(config, input.domainKey);
  await db.transaction(async (tx) => {
    await tx.insert(planGoals).values({ ...input, createdAt: clock.now, updatedAt: clock.now });
    await touchPlan(tx, input.dossierId, clock.now);
    await recordPlanHistory(tx, input.dossierId, clock.now, 'goal', null, input.text);
  });
}

export async function updateGoal(db: Db, input: { id: number; text?: string; status?: GoalStatus }, clock: Clock): Promise<number> {
  return db.transaction(async (tx) => {
    const [g] = await tx.select().from(planGoals).where(eq(planGoals.id, input.id));
    if (!g) throw new AppError('NOT_FOUND');
    const next = { text: input.text ?? g.text, status: input.status ?? g.status };
    await tx
      .update(planGoals)
      .set({ ...next, updatedAt: clock.now })
      .where(eq(planGoals.id, g.id));
    await touchPlan(tx, g.dossierId, clock.now);
    await recordPlanHistory(tx, g.dossierId, clock.now, 'goal', `${g.text} (${g.status})`, `${next.text} (${next.status})`);
    return g.dossierId;
  });
}

async function checkPartner(conn: Conn, partnerId: number | null, contactId: number | null) {
  if (partnerId === null) {
    if (contactId !== null) throw new AppError('VALIDATION', undefined, { fields: { contactId: 'Kies eerst een organisatie.' } });
    return;
  }
  const [p] = await conn.select({ id: partners.id, archivedAt: partners.archivedAt }).from(partners).where(eq(partners.id, partnerId));
  if (!p || p.archivedAt) throw new AppError('VALIDATION', undefined, { fields: { partnerId: 'Kies een partner uit het register.' } });
  if (contactId !== null) {
    const [c] = await conn.select({ partnerId: partnerContacts.partnerId }).from(partnerContacts).where(eq(partnerContacts.id, contactId));
    if (!c || c.partnerId !== partnerId)
      throw new AppError('VALIDATION', undefined, { fields: { contactId: 'Deze contactpersoon hoort niet bij de gekozen organisatie.' } });
  }
}

export const PAST_DEADLINE_MESSAGE = 'Deze deadline ligt vóór de dag waarop de actie is aangemaakt. Bevestig dat dit klopt.';

function refusePastDeadline(deadline: string | null, createdOn: string, confirmed: boolean) {
  if (deadlineBeforeCreation(deadline, createdOn) && !confirmed)
    throw new AppError('VALIDATION', PAST_DEADLINE_MESSAGE, { fields: { deadline: PAST_DEADLINE_MESSAGE }, needsConfirmation: 'pastDeadline' });
}

function actionSummary(a: { title: string; status: string; deadline: string | null }) {
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
  if (time && !deadline) throw new AppError('VALIDATION', undefined, { fields: { deadline: 'Een afspraak met een tijd heeft een datum nodig.' } });
}

export async function addAction(db: Db, input: NewAction, clock: Clock, config: PlanConfig): Promise<number> {
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

export async function acceptProposals(
  db: Db,
  input: { dossierId: number; proposals: { templateKey: string; title: string; deadline: string; domainKey: string | null; partnerId: number | null }[] },
  clock: Clock,
  config: PlanConfig,
): Promise<void> {
  const view = await getPlan(db, input.dossierId, clock, config);
  if (view.releaseMove) throw new AppError('CONFLICT', 'De vrijlatingsdatum is verschoven. Bevestig eerst of de bestaande acties meeschuiven.');
  if (!view.releaseDate) throw new AppError('VALIDATION', undefined, { fields: { releaseDate: 'Vul eerst de verwachte vrijlatingsdatum in.' } });
  for (const p of input.proposals) {
    if (!config.countdownTemplate.some((t) => t.key === p.templateKey)) throw new AppError('VALIDATION', 'Onbekend voorstel.');
    if (view.actions.some((a) => a.templateKey === p.templateKey)) throw new AppError('CONFLICT', 'Dit voorstel is al overgenomen.');
    requireKnownDomain(config, p.domainKey);
  }
  await db.transaction(async (tx) => {
    for (const p of input.proposals) {
      await checkPartner(tx, p.partnerId, null);
      // Proposals are dated by the app, so a deadline before today (a late item) needs no extra confirmation.
      await tx.insert(planActions).values({
        dossierId: input.dossierId,
        title: p.title,
        domainKey: p.domainKey,
        partnerId: p.partnerId,
        deadline: p.deadline,
        templateKey: p.templateKey,
        createdOn: clock.today,
        createdAt: clock.now,
        updatedAt: clock.now,
      });
      await recordPlanHistory(tx, input.dossierId, clock.now, 'action', null, `${actionSummary({ ...p, status: 'open' })} (aftelschema)`);
    }
    await touchPlan(tx, input.dossierId, clock.now, { countdownRelease: view.releaseDate });
  });
}

export async function dropProposal(db: Db, input: { dossierId: number; templateKey: string }, clock: Clock, config: PlanConfig): Promise<void> {
  await requireDossier(db, input.dossierId);
  const item = config.countdownTemplate.find((t) => t.key === input.templateKey);
  if (!item) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    const p = await ensurePlan(tx, input.dossierId, clock.now);
    const dropped = new Set(JSON.parse(p.droppedTemplates) as string[]);
    dropped.add(input.templateKey);
    await touchPlan(tx, input.dossierId, clock.now, { droppedTemplates: JSON.stringify([...dropped]) });
    await recordPlanHistory(tx, input.dossierId, clock.now, 'proposal', item.title, 'niet overgenomen');
  });
}

/** Moves (or keeps) the open template actions after the release date moved; the confirmation shows the same list. */
export async function confirmReleaseMove(db: Db, input: { dossierId: number; move: boolean }, clock: Clock, config: PlanConfig): Promise<number> {
  const view = await getPlan(db, input.dossierId, clock, config);
  if (!view.releaseMove) return 0;
  const { redates, to } = view.releaseMove;
  await db.transaction(async (tx) => {
    if (input.move) {
      for (const r of redates) {
        await tx.update(planActions).set({ deadline: r.newDeadline, updatedAt: clock.now }).where(eq(planActions.id, r.actionId));
        await recordPlanHistory(
          tx,
          input.dossierId,
          clock.now,
          'action.deadline',
          `${r.title}: ${formatDateNl(r.oldDeadline)}`,
          `${r.title}: ${formatDateNl(r.newDeadline)}`,
        );
      }
    }
    await touchPlan(tx, input.dossierId, clock.now, { countdownRelease: to });
  });
  return input.move ? redates.length : 0;
}

/**
 * Open actions (of dossiers not closed) overdue or due soon: the dashboard's figures. Each count is a
 * range over a covering index (status, deadline, dossier_id) or (partner_id, status, ...), so the work
 * grows with the overdue and soon-due actions, not with all actions; closed dossiers are one small set.
 */
export async function planFigures(db: Conn, today: string, soonDays: number) {
  const until = soonDueUntil(today, soonDays);
  const open = sql`status IN ('open', 'bezig')`;
  const notClosed = sql`dossier_id NOT IN (SELECT id FROM dossiers WHERE status = ${CLOSED_STATUS})`;
  const [row] = await db.all<{ overdue: number; soon: number; dossiers: number; unassigned: number }>(sql`
    SELECT
      (SELECT count(*) FROM plan_actions WHERE ${open} AND deadline < ${today} AND ${notClosed}) AS overdue,
      (SELECT count(*) FROM plan_actions WHERE ${open} AND deadline BETWEEN ${today} AND ${until} AND ${notClosed}) AS soon,
      (SELECT count(DISTINCT dossier_id) FROM plan_actions WHERE ${open} AND deadline < ${today} AND ${notClosed}) AS dossiers,
      (SELECT count(*) FROM plan_actions WHERE partner_id IS NULL AND ${open} AND ${notClosed}) AS unassigned`);
  return { overdue: row?.overdue ?? 0, soonDue: row?.soon ?? 0, dossiersWithOverdue: row?.dossiers ?? 0, unassignedOpen: row?.unassigned ?? 0 };
}

/** The condition "this dossier has overdue actions", for the dossier list's filter. */
export function hasOverdueActionsSql(today: string) {
  // Qualified by hand: drizzle leaves columns of single-table queries unqualified, which inside this subquery would bind to plan_actions.
  return sql`EXISTS (SELECT 1 FROM plan_actions pa WHERE pa.dossier_id = "dossiers"."id" AND pa.status IN ('open', 'bezig') AND pa.deadline < ${today})`;
}

registerDossierFilter(OVERDUE_DOSSIER_FILTER, hasOverdueActionsSql);

export async function planBadges(db: Conn, dossierIds: number[], today: string) {
  if (dossierIds.length === 0) return [];
  const strips = await db.select({ dossierId: plans.dossierId, strip: plans.basisStrip }).from(plans).where(inArray(plans.dossierId, dossierIds));
  const overdue = await db
    .select({ dossierId: planActions.dossierId, n: sql<number>`count(*)` })
    .from(planActions)
    .where(and(inArray(planActions.dossierId, dossierIds), inArray(planActions.status, OPEN_STATUSES), lt(planActions.deadline, today)))
    .groupBy(planActions.dossierId);
  return dossierIds.map((id) => ({
    dossierId: id,
    strip: strips.find((s) => s.dossierId === id)?.strip ?? 'oooooooo',
    overdue: overdue.find((o) => o.dossierId === id)?.n ?? 0,
  }));
}

/** Open actions due on or before `until` (or overdue), of dossiers not closed, with the client's name fields. */
export async function chaseableActions(db: Conn, until: string, partnerId?: number) {
  return selectActions(db)
    .innerJoin(dossiers, eq(dossiers.id, planActions.dossierId))
    .where(
      and(
        inArray(planActions.status, OPEN_STATUSES),
        isNotNull(planActions.deadline),
        lte(planActions.deadline, until),
        ne(dossiers.status, CLOSED_STATUS),
        partnerId === undefined ? undefined : eq(planActions.partnerId, partnerId),
      ),
    )
    .orderBy(asc(planActions.deadline));
}

export async function dossierNames(db: Conn, ids: number[]) {
  if (ids.length === 0) return new Map<number, { voornamen: string; tussenvoegsel: string; achternaam: string }>();
  const rows = await db
    .select({ id: dossiers.id, voornamen: dossiers.voornamen, tussenvoegsel: dossiers.tussenvoegsel, achternaam: dossiers.achternaam })
    .from(dossiers)
    .where(inArray(dossiers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function recordReminder(db: Db, input: { partnerId: number | null; actionIds: number[] }, clock: Clock): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: planActions.id, dossierId: planActions.dossierId, title: planActions.title, partnerId: planActions.partnerId })
      .from(planActions)
      .where(inArray(planActions.id, input.actionIds));
    if (rows.length !== new Set(input.actionIds).size) throw new AppError('NOT_FOUND');
    if (rows.some((r) => r.partnerId !== input.partnerId))
      throw new AppError('CONFLICT', 'Een van de acties hoort niet (meer) bij deze partner. Vernieuw het overzicht.');
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
