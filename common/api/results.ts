import { z } from 'zod';
import { method, prefixed } from './define.js';
import { isoDate } from '../date-schema.js';
import type { ResultsFigures } from '../results/figures.js';

const year = z.number({ error: 'Kies een jaar.' }).int('Kies een jaar.').min(2000, 'Kies een jaar vanaf 2000.').max(2100, 'Kies een jaar tot en met 2100.');

/** A period of the Resultaten screen: a year, a quarter of a year, or two dates (both included). */
export const resultsPeriodSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('year'), year }),
    z.object({
      kind: z.literal('quarter'),
      year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'Kies een kwartaal (1 tot en met 4).' }),
    }),
    z
      .object({ kind: z.literal('range'), from: isoDate, to: isoDate })
      .refine((p) => p.from <= p.to, { message: 'De einddatum ligt vóór de begindatum.', path: ['to'] }),
  ],
  { error: 'Kies een jaar, een kwartaal of twee datums.' },
);

export const resultsArea = {
  /** All figures of one period, each with its disclosed value (common/results/disclosure.ts). */
  figures: method<ResultsFigures>()(z.object({ period: resultsPeriodSchema })),
} as const;

export const resultsMethods = { ...prefixed('results', resultsArea) };
