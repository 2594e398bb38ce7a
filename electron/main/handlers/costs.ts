import type { Handlers } from '../../../common/api/contract.js';
import type { costsMethods } from '../../../common/api/costs.js';
import { budgetOverview } from '../../../common/costs/budget.js';
import { addCost, listCosts, removeCost, spentInYear, updateCost } from '../../../db/repositories/costs.js';
import { audited } from '../../../db/repositories/audit.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { HandlerContext } from './context.js';

type CostsHandlers = Pick<Handlers, keyof typeof costsMethods>;

/** Audit lines name the dossier and the cost by id only; amounts and notes stay in the vault's tables. */
export function costsHandlers({ session, clock }: HandlerContext): CostsHandlers {
  const db = () => session.requireVault().db;
  return {
    'costs.list': async ({ dossierId }) => listCosts(db(), dossierId),
    'costs.add': async (input) => {
      const c = clock();
      await audited(
        db(),
        (tx) => addCost(tx, input, c),
        (costId) => ({ event: 'cost.add', detail: { id: input.dossierId, costId }, at: c.now }),
      );
      return listCosts(db(), input.dossierId);
    },
    'costs.update': async (input) => {
      const c = clock();
      const { dossierId } = await audited(
        db(),
        (tx) => updateCost(tx, input, c),
        (r) => (r.changed ? { event: 'cost.update', detail: { id: r.dossierId, costId: input.id }, at: c.now } : null),
      );
      return listCosts(db(), dossierId);
    },
    'costs.remove': async ({ id }) => {
      const c = clock();
      const dossierId = await audited(
        db(),
        (tx) => removeCost(tx, id, c),
        (dId) => ({ event: 'cost.remove', detail: { id: dId, costId: id }, at: c.now }),
      );
      return listCosts(db(), dossierId);
    },
    'costs.overview': async ({ year }) => budgetOverview(year, await spentInYear(db(), year), (await getSettings(db())).costBudgets),
  };
}
