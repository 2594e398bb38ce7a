import { format } from 'date-fns';
import type { Handlers } from '../../../common/api/contract.js';
import type { plansMethods } from '../../../common/api/plans.js';
import { soonDueUntil } from '../../../common/plan/actions.js';
import { clientRef, groupRappel, mailtoUrl, reminderText, type RappelAction } from '../../../common/plan/rappel.js';
import type { ActionView } from '../../../common/plan/types.js';
import { audited } from '../../../db/repositories/audit.js';
import { getPlanConfig, updatePlanConfig } from '../../../db/repositories/plan-config.js';
import { acceptProposals, confirmReleaseMove, dropProposal } from '../../../db/repositories/plan-countdown.js';
import { addAction, recordReminder, updateAction } from '../../../db/repositories/plan-actions.js';
import { addGoal, addScore, setBasis, updateGoal } from '../../../db/repositories/plan-basis-scores-goals.js';
import { chaseableActions, dossierNames, planBadges, planFigures } from '../../../db/repositories/plan-reports.js';
import { getPlan, toActionView, type Clock } from '../../../db/repositories/plan-view.js';
import {
  addContact,
  createPartner,
  createPartners,
  getPartner,
  listPartners,
  removeContact,
  removePartner,
  seedPartnersOnce,
  updateContact,
  updatePartner,
} from '../../../db/repositories/partners.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { HandlerContext } from './context.js';

type PlanHandlers = Pick<Handlers, keyof typeof plansMethods>;

/** Deadlines are calendar days on the coordinator's own clock. */
function clock(): Clock {
  const d = new Date();
  return { today: format(d, 'yyyy-MM-dd'), now: d.toISOString() };
}

export function plansHandlers({ session }: HandlerContext): PlanHandlers {
  const db = () => session.requireVault().db;
  const plan = async (dossierId: number) => getPlan(db(), dossierId, clock(), await getPlanConfig(db()));
  const withConfig = async <T>(fn: (c: Clock, cfg: Awaited<ReturnType<typeof getPlanConfig>>) => Promise<T>) => fn(clock(), await getPlanConfig(db()));

  return {
    'plans.get': async ({ dossierId }) => plan(dossierId),
    'plans.setBasis': async (input) => {
      await setBasis(db(), input, clock());
      return plan(input.dossierId);
    },
    'plans.addScore': async (input) => {
      await withConfig((c, cfg) => addScore(db(), input, c, cfg));
      return plan(input.dossierId);
    },
    'plans.addGoal': async (input) => {
      await withConfig((c, cfg) => addGoal(db(), input, c, cfg));
      return plan(input.dossierId);
    },
    'plans.updateGoal': async (input) => plan(await updateGoal(db(), input, clock())),
    'plans.addAction': async (input) => {
      await withConfig((c, cfg) =>
        audited(
          db(),
          (tx) => addAction(tx, input, c, cfg),
          (id) => ({ event: 'plan.action_added', detail: { dossierId: input.dossierId, actionId: id } }),
        ),
      );
      return plan(input.dossierId);
    },
    'plans.updateAction': async (input) => plan(await withConfig((c, cfg) => updateAction(db(), input, c, cfg))),
    'plans.acceptProposals': async (input) => {
      await withConfig((c, cfg) =>
        audited(
          db(),
          (tx) => acceptProposals(tx, input, c, cfg),
          () => ({ event: 'plan.proposals_accepted', detail: { dossierId: input.dossierId, count: input.proposals.length } }),
        ),
      );
      return plan(input.dossierId);
    },
    'plans.dropProposal': async (input) => {
      await withConfig((c, cfg) => dropProposal(db(), input, c, cfg));
      return plan(input.dossierId);
    },
    'plans.confirmReleaseMove': async (input) => {
      await withConfig((c, cfg) =>
        audited(
          db(),
          (tx) => confirmReleaseMove(tx, input, c, cfg),
          (moved) => ({ event: 'plan.release_moved', detail: { dossierId: input.dossierId, moved } }),
        ),
      );
      return plan(input.dossierId);
    },
    'plans.figures': async () => {
      const c = clock();
      const cfg = await getPlanConfig(db());
      return { today: c.today, soonDays: cfg.soonDays, ...(await planFigures(db(), c.today, cfg.soonDays)) };
    },
    'plans.badges': async ({ dossierIds }) => planBadges(db(), dossierIds, clock().today),
    'plans.rappel': async () => {
      const c = clock();
      const cfg = await getPlanConfig(db());
      const rows = await chaseableActions(db(), soonDueUntil(c.today, cfg.soonDays));
      const names = await dossierNames(
        db(),
        rows.map((r) => r.dossierId),
      );
      const views = new Map<number, ActionView & { clientRef: string }>();
      for (const r of rows) views.set(r.id, { ...toActionView(r, c.today, cfg.soonDays), clientRef: clientRef(names.get(r.dossierId)!) });
      const partnersList = await listPartners(db(), { includeArchived: true, today: c.today });
      const settings = await getSettings(db());
      const groups = groupRappel([...views.values()] as RappelAction[], partnersList, c.today, cfg.soonDays);
      const out = groups.map((g) => {
        const text = reminderText(g, settings, c.today);
        return {
          partnerId: g.partnerId,
          partnerName: g.partnerName,
          email: g.email,
          overdue: g.overdue.map((a) => views.get(a.id)!),
          soon: g.soon.map((a) => views.get(a.id)!),
          subject: text.subject,
          body: text.body,
          mailto: g.partnerId !== null ? mailtoUrl(g.email, text) : null,
        };
      });
      return { today: c.today, soonDays: cfg.soonDays, groups: out };
    },
    'plans.recordReminder': async (input) => {
      const recorded = await audited(
        db(),
        (tx) => recordReminder(tx, input, clock()),
        (count) => ({ event: 'plan.reminder_recorded', detail: { partnerId: input.partnerId, count } }),
      );
      return { recorded };
    },
    'plans.config': async () => getPlanConfig(db()),
    'plans.updateConfig': async (patch) => {
      return audited(
        db(),
        (tx) => updatePlanConfig(tx, patch),
        () => ({ event: 'plan.config_updated', detail: { keys: Object.keys(patch) } }),
      );
    },
    'partners.list': async ({ includeArchived }) => {
      const c = clock();
      await seedPartnersOnce(db(), c.now);
      return listPartners(db(), { includeArchived, today: c.today });
    },
    'partners.get': async ({ id }) => getPartner(db(), id, clock(), (await getPlanConfig(db())).soonDays),
    'partners.create': async (input) => createPartner(db(), input, clock()),
    'partners.createMany': async (input) => {
      return audited(
        db(),
        (tx) => createPartners(tx, input, clock()),
        (created) => ({ event: 'partner.created', detail: { count: created.length } }),
      );
    },
    'partners.update': async (input) => updatePartner(db(), input, clock()),
    'partners.remove': async ({ id }) => {
      await audited(
        db(),
        (tx) => removePartner(tx, id, clock()),
        () => ({ event: 'partner.archived', detail: { partnerId: id } }),
      );
      return { ok: true as const };
    },
    'partners.addContact': async (input) => addContact(db(), input, clock()),
    'partners.updateContact': async (input) => updateContact(db(), input, clock()),
    'partners.removeContact': async ({ id }) => removeContact(db(), id, clock()),
  };
}
