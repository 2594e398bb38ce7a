import { z } from 'zod';
import { msg } from '../messages/index.js';
import { method, prefixed } from './define.js';
import { addCostSchema, updateCostSchema } from '../costs/schema.js';
import type { BudgetOverview, DossierCosts } from '../costs/budget.js';

const id = z.number().int().positive();

export const costsArea = {
  /** A dossier's costs, oldest first, with their total. */
  list: method<DossierCosts>()(z.object({ dossierId: id })),
  add: method<DossierCosts>()(addCostSchema),
  update: method<DossierCosts>()(updateCostSchema),
  remove: method<DossierCosts>()(z.object({ id })),
  /** Spent against the yearly budget, per category and per quarter, over all dossiers. */
  overview: method<BudgetOverview>()(
    z.object({
      year: z
        .number({ error: msg('chooseYear') })
        .int(msg('chooseYear'))
        .min(2000, msg('yearFrom2000'))
        .max(2100, msg('yearUpTo2100')),
    }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const costsMethods = { ...prefixed('costs', costsArea) };
