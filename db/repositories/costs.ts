import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { msg } from '../../common/messages/index.js';
import { AppError } from '../../common/errors.js';
import { COST_CATEGORY_LABELS, type CostCategory } from '../../common/costs/categories.js';
import type { CostView, DossierCosts, SpentSum } from '../../common/costs/budget.js';
import type { AddCostInput, UpdateCostInput } from '../../common/costs/schema.js';
import { formatEuroCents } from '../../common/money.js';
import { formatDateNl } from '../../common/dates.js';
import type { Clock } from '../../common/calendar.js';
import { costs, dossiers } from '../schema.js';
import { recordChange, type Conn } from './dossier-touch.js';

/**
 * The one writer of a dossier's costs. Each change also leaves a history line on the dossier; the handler wraps
 * the call in `audited`, so change, history and audit line commit together.
 */

function refuse(field: string, message: string): never {
  throw new AppError('VALIDATION', undefined, { fields: { [field]: message } });
}

function toView(r: typeof costs.$inferSelect): CostView {
  return { id: r.id, date: r.date, category: r.category as CostCategory, amountCents: r.amountCents, note: r.note };
}

/** "12-03-2026 Pasfoto's € 12,50" — how one cost reads in the dossier's history. */
function historyText(c: { date: string; category: CostCategory; amountCents: number; note: string }): string {
  return `${formatDateNl(c.date)} ${COST_CATEGORY_LABELS[c.category]} ${formatEuroCents(c.amountCents)}${c.note ? ` (${c.note})` : ''}`;
}

function notInFuture(date: string, clock: Clock): void {
  if (date > clock.today) refuse('date', msg('paymentDateInFuture'));
}

export async function listCosts(conn: Conn, dossierId: number): Promise<DossierCosts> {
  const rows = await conn.select().from(costs).where(eq(costs.dossierId, dossierId)).orderBy(asc(costs.date), asc(costs.id));
  const items = rows.map(toView);
  return { items, totalCents: items.reduce((a, c) => a + c.amountCents, 0) };
}

export async function addCost(tx: Conn, input: AddCostInput, clock: Clock): Promise<number> {
  const [d] = await tx.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.id, input.dossierId));
  if (!d) throw new AppError('NOT_FOUND');
  notInFuture(input.date, clock);
  const [row] = await tx
    .insert(costs)
    .values({
      dossierId: input.dossierId,
      date: input.date,
      category: input.category,
      amountCents: input.amountCents,
      note: input.note,
      createdAt: clock.now,
      updatedAt: clock.now,
    })
    .returning({ id: costs.id });
  await recordChange(tx, input.dossierId, clock.now, 'cost', null, historyText(input));
  return row!.id;
}

async function requireCost(tx: Conn, id: number) {
  const [old] = await tx.select().from(costs).where(eq(costs.id, id));
  if (!old) throw new AppError('NOT_FOUND');
  return old;
}

/** Changes one cost; returns its dossier, or null when nothing changed (then nothing is written). */
export async function updateCost(tx: Conn, input: UpdateCostInput, clock: Clock): Promise<{ dossierId: number; changed: boolean }> {
  const old = await requireCost(tx, input.id);
  notInFuture(input.date, clock);
  const before = { date: old.date, category: old.category as CostCategory, amountCents: old.amountCents, note: old.note };
  const after = { date: input.date, category: input.category, amountCents: input.amountCents, note: input.note };
  if (historyText(before) === historyText(after)) return { dossierId: old.dossierId, changed: false };
  await tx
    .update(costs)
    .set({ date: input.date, category: input.category, amountCents: input.amountCents, note: input.note, updatedAt: clock.now })
    .where(eq(costs.id, input.id));
  await recordChange(tx, old.dossierId, clock.now, 'cost', historyText(before), historyText(after));
  return { dossierId: old.dossierId, changed: true };
}

export async function removeCost(tx: Conn, id: number, clock: Clock): Promise<number> {
  const old = await requireCost(tx, id);
  await tx.delete(costs).where(eq(costs.id, id));
  const before = { date: old.date, category: old.category as CostCategory, amountCents: old.amountCents, note: old.note };
  await recordChange(tx, old.dossierId, clock.now, 'cost', historyText(before), null);
  return old.dossierId;
}

/** Spent money of one calendar year, summed per category and quarter (from the date index, no row per cost). */
export async function spentInYear(conn: Conn, year: number): Promise<SpentSum[]> {
  const quarter = sql<number>`((cast(substr(${costs.date}, 6, 2) as integer) + 2) / 3)`;
  const rows = await conn
    .select({ category: costs.category, quarter, cents: sql<number>`sum(${costs.amountCents})` })
    .from(costs)
    .where(and(gte(costs.date, `${year}-01-01`), lt(costs.date, `${year + 1}-01-01`)))
    .groupBy(costs.category, quarter);
  return rows.map((r) => ({ category: r.category, quarter: Number(r.quarter), cents: Number(r.cents) }));
}
