import type { Handlers } from '../../../common/api/contract.js';
import type { Clock } from '../../../common/calendar.js';
import type { plansMethods } from '../../../common/api/plans.js';
import { soonDueUntil } from '../../../common/plan/actions.js';
import { clientRef, groupRappel, mailtoUrl, reminderText, type RappelAction } from '../../../common/plan/rappel.js';
import type { ActionView } from '../../../common/plan/types.js';
import { recordAudit } from '../../../db/repositories/audit.js';
import { getPlanConfig, updatePlanConfig } from '../../../db/repositories/plan-config.js';
import {
  acceptProposals,
  addAction,
  addGoal,
  addScore,
  chaseableActions,
  confirmReleaseMove,
  dossierNames,
  dropProposal,
  getPlan,
  planBadges,
  planFigures,
  recordReminder,
  setBasis,
  toActionView,
  updateAction,
  updateGoal,
} from '../../../db/repositories/plans.js';
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

export function plansHandlers({ session, clock }: HandlerContext): PlanHandlers {
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
      const id = await withConfig((c, cfg) => addAction(db(), input, c, cfg));
      await recordAudit(db(), 'plan.action_added', { dossierId: input.dossierId, actionId: id });
      return plan(input.dossierId);
    },
    'plans.updateAction': async (input) => plan(await withConfig((c, cfg) => updateAction(db(), input, c, cfg))),
    'plans.acceptProposals': async (input) => {
      await withConfig((c, cfg) => acceptProposals(db(), input, c, cfg));
      await recordAudit(db(), 'plan.proposals_accepted', { dossierId: input.dossierId, count: input.proposals.length });
      return plan(input.dossierId);
    },
    'plans.dropProposal': async (input) => {
      await withConfig((c, cfg) => dropProposal(db(), input, c, cfg));
      return plan(input.dossierId);
    },
    'plans.confirmReleaseMove': async (input) => {
      const moved = await withConfig((c, cfg) => confirmReleaseMove(db(), input, c, cfg));
      await recordAudit(db(), 'plan.release_moved', { dossierId: input.dossierId, moved });
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
      const recorded = await recordReminder(db(), input, clock());
      await recordAudit(db(), 'plan.reminder_recorded', { partnerId: input.partnerId, count: recorded });
      return { recorded };
    },
    'plans.config': async () => getPlanConfig(db()),
    'plans.updateConfig': async (patch) => {
      const next = await updatePlanConfig(db(), patch);
      await recordAudit(db(), 'plan.config_updated', { keys: Object.keys(patch) });
      return next;
    },
    'partners.list': async ({ includeArchived }) => {
      const c = clock();
      await seedPartnersOnce(db(), c.now);
      return listPartners(db(), { includeArchived, today: c.today });
    },
    'partners.get': async ({ id }) => getPartner(db(), id, clock(), (await getPlanConfig(db())).soonDays),
    'partners.create': async (input) => createPartner(db(), input, clock()),
    'partners.createMany': async (input) => {
      const created = await createPartners(db(), input, clock());
      await recordAudit(db(), 'partner.created', { count: created.length });
      return created;
    },
    'partners.update': async (input) => updatePartner(db(), input, clock()),
    'partners.remove': async ({ id }) => {
      await removePartner(db(), id, clock());
      await recordAudit(db(), 'partner.archived', { partnerId: id });
      return { ok: true as const };
    },
    'partners.addContact': async (input) => addContact(db(), input, clock()),
    'partners.updateContact': async (input) => updateContact(db(), input, clock()),
    'partners.removeContact': async ({ id }) => removeContact(db(), id, clock()),
  };
}
