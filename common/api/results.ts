import { z } from 'zod';
import { msg } from '../messages/index.js';
import { method, prefixed } from './define.js';
import { isoDate } from '../date-schema.js';
import type { ResultsFigures } from '../results/figures.js';

const year = z
  .number({ error: msg('chooseYear') })
  .int(msg('chooseYear'))
  .min(2000, msg('yearFrom2000'))
  .max(2100, msg('yearUpTo2100'));

/** A period of the Resultaten screen: a year, a quarter of a year, or two dates (both included). */
export const resultsPeriodSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('year'), year }),
    z.object({
      kind: z.literal('quarter'),
      year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: msg('chooseQuarter') }),
    }),
    z.object({ kind: z.literal('range'), from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, { message: msg('endBeforeStart'), path: ['to'] }),
  ],
  { error: msg('choosePeriod') },
);

export const resultsArea = {
  /** All figures of one period, each with its disclosed value (common/results/disclosure.ts). */
  figures: method<ResultsFigures>()(z.object({ period: resultsPeriodSchema })),
} as const;

export const resultsMethods = { ...prefixed('results', resultsArea) };
