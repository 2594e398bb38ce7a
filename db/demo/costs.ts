import { and, asc, inArray } from 'drizzle-orm';
import { addDaysIso, clockAt, type Clock } from '../../common/calendar.js';
import { COST_CATEGORIES, type CostCategory } from '../../common/costs/categories.js';
import type { CostBudgets } from '../../common/costs/schema.js';
import { audited } from '../repositories/audit.js';
import { addCost, spentInYear } from '../repositories/costs.js';
import { getSettings, updateSettings } from '../repositories/settings.js';
import { dossiers } from '../schema.js';
import type { Db } from '../vault.js';
import { seededRandom } from './synthetic.js';

/** In the demo, these kinds of cost run over their budget this year and the others stay within it. */
export const DEMO_OVER_BUDGET: readonly CostCategory[] = ['voorschot', 'bijzondere_bijstand'];

const NOTES: Record<CostCategory, string[]> = {
  pasfoto: ["Twee pasfoto's bij de fotograaf", ''],
  leges_id: ['Identiteitskaart aangevraagd', 'Paspoort aangevraagd'],
  voorschot: ['Broodgeld tot de eerste uitkering', 'Voorschot op de bijstand', ''],
  bijzondere_bijstand: ['Inrichting kamer', 'Borg kamer', 'Eerste huur'],
  overig: ['Reiskosten naar afspraken', 'Telefoonabonnement eerste maand', ''],
};

/**
 * Costs for the demo dossiers, through the one writer as the coordinator would record them: ID and photos shortly
 * before release, an advance after it for most, special assistance for some, now and then something else. Then a
 * budget for this year that the advances and special assistance exceed and the other kinds stay within, and a
 * budget for last year that was kept.
 */
export async function seedCostsRealistic(db: Db, seed: number, clock: Clock = clockAt(new Date())): Promise<void> {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => Math.round((lo + rand() * (hi - lo)) / 5) * 5;
  const { today } = clock;
  const rows = await db
    .select({ id: dossiers.id, status: dossiers.status, release: dossiers.werkelijkeVrijlating, expected: dossiers.verwachteVrijlating })
    .from(dossiers)
    .where(and(inArray(dossiers.status, ['vrijlating_nadert', 'nazorg', 'afgesloten'])))
    .orderBy(asc(dossiers.id));
  const add = async (dossierId: number, date: string, category: CostCategory, amountCents: number) => {
    const day = date > today ? today : date < '2000-01-01' ? '2000-01-01' : date;
    await audited(
      db,
      (tx) => addCost(tx, { dossierId, date: day, category, amountCents, note: pick(NOTES[category]) }, clock),
      (costId) => ({ event: 'cost.add', detail: { id: dossierId, costId }, at: clock.now }),
    );
  };
  for (const [i, d] of rows.entries()) {
    const released = d.release !== null && d.release <= today;
    const anchor = d.release ?? d.expected ?? today;
    if (i % 2 === 0) {
      await add(d.id, addDaysIso(anchor, -16), 'pasfoto', between(1500, 2500));
      await add(d.id, addDaysIso(anchor, -14), 'leges_id', pick([7835, 8170]));
    }
    if (!released) continue;
    if (i % 3 !== 2) await add(d.id, addDaysIso(anchor, 2 + Math.floor(rand() * 5)), 'voorschot', between(15000, 35000));
    if (i % 4 === 0) await add(d.id, addDaysIso(anchor, 20 + Math.floor(rand() * 30)), 'bijzondere_bijstand', between(30000, 120000));
    if (i % 5 === 1) await add(d.id, addDaysIso(anchor, Math.floor(rand() * 60)), 'overig', between(500, 5000));
  }

  const year = Number(today.slice(0, 4));
  const first = rows.find((d) => d.release !== null && d.release <= today) ?? rows[0];
  let spent = await spentInYear(db, year);
  // Early in the year there may be nothing spent yet on a kind that should show as over budget: one payment today.
  for (const c of DEMO_OVER_BUDGET) if (first && !spent.some((s) => s.category === c)) await add(first.id, today, c, 25000);
  spent = await spentInYear(db, year);
  const budgetsFor = (y: number, sums: { category: string; cents: number }[], allWithin: boolean) => {
    const total = (c: CostCategory) => sums.filter((s) => s.category === c).reduce((a, s) => a + s.cents, 0);
    const out: Partial<Record<CostCategory, number>> = {};
    for (const c of COST_CATEGORIES) {
      const t = total(c);
      // Whole tens of euros, as a council sets them.
      out[c] = !allWithin && DEMO_OVER_BUDGET.includes(c) ? Math.max(0, Math.floor((t * 0.8) / 1000) * 1000) : Math.ceil((t * 1.4 + 20000) / 1000) * 1000;
    }
    return { [String(y)]: out };
  };
  const before = (await getSettings(db)).costBudgets;
  const costBudgets: CostBudgets = {
    ...before,
    ...budgetsFor(year - 1, await spentInYear(db, year - 1), true),
    ...budgetsFor(year, spent, false),
  };
  await updateSettings(db, { costBudgets });
}
