import { eq } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { formatDateNl } from '../../common/dates.js';
import type { PlanConfig } from '../../common/plan/config.js';
import { planActions } from '../schema.js';
import type { Db } from '../vault.js';
import { recordPlanHistory, type Conn } from './plan-history.js';

import { requireDossier, ensurePlan, getPlan, touchPlan, requireKnownDomain } from './plan-view.js';
import { checkPartner, actionSummary } from './plan-actions.js';
import type { Clock } from '../../common/calendar.js';
import { msg } from '../../common/messages/index.js';

/** The release countdown: accepting or dropping proposed actions, and moving them when the release date moved. */

export async function acceptProposals(
  db: Conn,
  input: { dossierId: number; proposals: { templateKey: string; title: string; deadline: string; domainKey: string | null; partnerId: number | null }[] },
  clock: Clock,
  config: PlanConfig,
): Promise<void> {
  const view = await getPlan(db, input.dossierId, clock, config);
  if (view.releaseMove) throw new AppError('CONFLICT', msg('releaseDateMovedFirstConfirm'));
  if (!view.releaseDate) throw new AppError('VALIDATION', undefined, { fields: { releaseDate: msg('firstEnterExpectedReleaseDate2') } });
  for (const p of input.proposals) {
    if (!config.countdownTemplate.some((t) => t.key === p.templateKey)) throw new AppError('VALIDATION', msg('unknownProposal'));
    if (view.actions.some((a) => a.templateKey === p.templateKey)) throw new AppError('CONFLICT', msg('proposalAlreadyAdopted'));
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
export async function confirmReleaseMove(db: Conn, input: { dossierId: number; move: boolean }, clock: Clock, config: PlanConfig): Promise<number> {
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
