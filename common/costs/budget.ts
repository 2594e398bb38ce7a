import { COST_CATEGORIES, type CostCategory } from './categories.js';
import type { CostBudgets } from './schema.js';

/** Spent money summed per category and quarter (1-4) of one year, as the database returns it. */
export interface SpentSum {
  category: string;
  quarter: number;
  cents: number;
}

export interface BudgetLine {
  category: CostCategory;
  /** The year's budget for the category; null when none is set. */
  budgetCents: number | null;
  spentCents: number;
  /** Spent per quarter, Q1..Q4. */
  quarters: [number, number, number, number];
  /** Spent minus budget when that is more than nothing, else 0 (also 0 without a budget). */
  overCents: number;
}

export interface BudgetOverview {
  year: number;
  lines: BudgetLine[];
  total: { budgetCents: number; spentCents: number; quarters: [number, number, number, number]; overCents: number };
}

/** The quarter (1-4) of an ISO date. */
export function quarterOf(iso: string): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/**
 * Spent against budget for one year, per category and per quarter. A category is over budget when it has a budget
 * and spent more; without a budget nothing counts as over. The total's budget is the sum of the set budgets.
 */
export function budgetOverview(year: number, spent: readonly SpentSum[], budgets: CostBudgets): BudgetOverview {
  const yearBudget = budgets[String(year)] ?? {};
  const lines: BudgetLine[] = COST_CATEGORIES.map((category) => {
    const quarters: [number, number, number, number] = [0, 0, 0, 0];
    for (const s of spent) if (s.category === category && s.quarter >= 1 && s.quarter <= 4) quarters[s.quarter - 1] = quarters[s.quarter - 1]! + s.cents;
    const spentCents = quarters.reduce((a, b) => a + b, 0);
    const budgetCents = yearBudget[category] ?? null;
    return { category, budgetCents, spentCents, quarters, overCents: budgetCents === null ? 0 : Math.max(0, spentCents - budgetCents) };
  });
  const sum = (f: (l: BudgetLine) => number) => lines.reduce((a, l) => a + f(l), 0);
  return {
    year,
    lines,
    total: {
      budgetCents: sum((l) => l.budgetCents ?? 0),
      spentCents: sum((l) => l.spentCents),
      quarters: [0, 1, 2, 3].map((q) => sum((l) => l.quarters[q]!)) as [number, number, number, number],
      overCents: sum((l) => l.overCents),
    },
  };
}

/** One cost of a dossier as the screens, documents and exchange read it. */
export interface CostView {
  id: number;
  date: string;
  category: CostCategory;
  amountCents: number;
  note: string;
}

export interface DossierCosts {
  items: CostView[];
  totalCents: number;
}
