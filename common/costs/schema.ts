import { z } from 'zod';
import { msg } from '../messages/index.js';
import { isoDate } from '../date-schema.js';
import { parseEuroCents } from '../money.js';
import { COST_CATEGORIES } from './categories.js';
import { optionalText } from '../text-schema.js';

/** One cost above this is a typing error (a misplaced comma), not a payment for one client. */
export const MAX_COST_CENTS = 25_000_00;
/** A yearly budget per category above this is a typing error in a small municipality. */
export const MAX_BUDGET_CENTS = 10_000_000_00;
/** Costs are paid on or after this day; an earlier date is a typing error (the product did not exist). */
export const EARLIEST_COST_DATE = '2000-01-01';
export const COST_NOTE_MAX = 500;

export const AMOUNT_MESSAGE = msg('amountInvalid');
const AMOUNT_EMPTY = msg('enterAmount');
const AMOUNT_POSITIVE = msg('amountPositive');
// Written out (not formatted from the bounds) so the message has one English translation; a unit test ties them.
const AMOUNT_TOO_HIGH = msg('amountTooHigh');
const BUDGET_TOO_HIGH = msg('budgetTooHigh');

/** An amount of one payment in whole cents: the API's and the database's form. */
export const costAmountCents = z.number({ error: AMOUNT_EMPTY }).int(AMOUNT_MESSAGE).min(1, AMOUNT_POSITIVE).max(MAX_COST_CENTS, AMOUNT_TOO_HIGH);

/** The amount as typed in a form ('12,50'): read Dutch-style to whole cents, then the same bounds as the API. */
export const costAmountText = z
  .string({ error: AMOUNT_EMPTY })
  .transform((text, ctx) => {
    if (text.trim() === '') {
      ctx.issues.push({ code: 'custom', message: AMOUNT_EMPTY, input: text });
      return z.NEVER;
    }
    const cents = parseEuroCents(text);
    if (cents === null) {
      ctx.issues.push({ code: 'custom', message: AMOUNT_MESSAGE, input: text });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(costAmountCents);

/** A yearly budget in whole cents; 0 is a budget of nothing. */
export const budgetCents = z.number({ error: AMOUNT_MESSAGE }).int(AMOUNT_MESSAGE).min(0, AMOUNT_MESSAGE).max(MAX_BUDGET_CENTS, BUDGET_TOO_HIGH);

/** The yearly budget per category, by year ('2026'); a category without an amount has no budget that year. */
export const costBudgetsSchema = z.record(z.string().regex(/^\d{4}$/), z.partialRecord(z.enum(COST_CATEGORIES), budgetCents));
export type CostBudgets = z.infer<typeof costBudgetsSchema>;

/** The day a cost was paid: a real day, not before the product's time (the future is refused on the clock's today). */
export const costDate = isoDate.refine((d) => d >= EARLIEST_COST_DATE, msg('dateTooFarPast'));

const costFields = {
  date: costDate,
  category: z.enum(COST_CATEGORIES, msg('chooseCostCategory')),
  note: optionalText(COST_NOTE_MAX),
};

export const addCostSchema = z.object({ dossierId: z.number().int().positive(), ...costFields, amountCents: costAmountCents });
export const updateCostSchema = z.object({ id: z.number().int().positive(), ...costFields, amountCents: costAmountCents });
export type AddCostInput = z.output<typeof addCostSchema>;
export type UpdateCostInput = z.output<typeof updateCostSchema>;

/**
 * The cost form's fields: the same rules as the API, with the amount typed Dutch-style. Its output is what
 * `costs.add` / `costs.update` take, less the dossier or cost id.
 */
export const costFormSchema = z.object({
  date: z
    .string({ error: msg('enterDate') })
    .min(1, msg('enterDate'))
    .pipe(costDate),
  category: costFields.category,
  amountCents: costAmountText,
  note: costFields.note,
});
export type CostFormOutput = z.output<typeof costFormSchema>;

/** A yearly budget as typed in Instellingen: empty is no budget (null), else a Dutch amount in whole cents. */
export const budgetText = z
  .string()
  .transform((text, ctx): number | null => {
    if (text.trim() === '') return null;
    const cents = parseEuroCents(text);
    if (cents === null) {
      ctx.issues.push({ code: 'custom', message: AMOUNT_MESSAGE, input: text });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(budgetCents.nullable());

/** The budget form of one year: one typed amount per category. */
export const budgetFormSchema = z.object(
  Object.fromEntries(COST_CATEGORIES.map((c) => [c, budgetText])) as Record<(typeof COST_CATEGORIES)[number], typeof budgetText>,
);
export type BudgetFormOutput = z.output<typeof budgetFormSchema>;
