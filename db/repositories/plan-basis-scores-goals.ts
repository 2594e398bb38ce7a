import { and, eq } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { formatDateNl } from '../../common/dates.js';
import { daysBetween, type Clock } from '../../common/calendar.js';
import { BASIS_STATE_INFO, basisDef, encodeStrip, type BasisKey, type BasisState } from '../../common/plan/basisvoorwaarden.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { domainLabel } from '../../common/plan/domains.js';
import type { GoalStatus } from '../../common/plan/types.js';
import { domainScores, planBasis, planGoals } from '../schema.js';
import type { Db } from '../vault.js';
import { recordPlanHistory } from './plan-history.js';

import { requireDossier, touchPlan, requireKnownDomain } from './plan-view.js';
import { msg } from '../../common/messages/index.js';

/** The basisvoorwaarden, domain scores and goals of a plan, each change with its history line. */

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

export async function addScore(
  db: Db,
  input: { dossierId: number; domainKey: string; score: number; assessedOn: string; note: string },
  clock: Clock,
  config: PlanConfig,
): Promise<void> {
  await requireDossier(db, input.dossierId);
  requireKnownDomain(config, input.domainKey);
  if (daysBetween(clock.today, input.assessedOn) > 0) throw new AppError('VALIDATION', undefined, { fields: { assessedOn: msg('scoreCannotFuture') } });
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
