import { z } from 'zod';
import { method, prefixed } from './define.js';
import { msg } from '../messages/index.js';

export interface RetentionOverview {
  retentionYears: number;
  /** Dossiers closed before this date (yyyy-mm-dd) are past the retention period. */
  cutoff: string;
  candidates: { id: number; name: string; closedAt: string; closingReason: string | null }[];
}

export const retentionArea = {
  proposals: method<RetentionOverview>()(z.object({})),
  /** Destroys the chosen dossiers; `confirm` must be typed as the count, so a click alone cannot do it. */
  destroy: method<{ destroyed: number }>()(
    z
      .object({
        ids: z.array(z.number().int().positive()).min(1, msg('chooseLeastOneCaseFile')).max(10_000),
        confirmCount: z.number().int(),
      })
      .refine((v) => v.confirmCount === new Set(v.ids).size, {
        message: msg('typeNumberCaseFilesDestroy'),
        path: ['confirmCount'],
      }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const retentionMethods = { ...prefixed('retention', retentionArea) };
