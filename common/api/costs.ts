import { z } from 'zod';
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
    z.object({ year: z.number({ error: 'Kies een jaar.' }).int('Kies een jaar.').min(2000, 'Kies een jaar vanaf 2000.').max(2100, 'Kies een jaar tot 2100.') }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const costsMethods = { ...prefixed('costs', costsArea) };
