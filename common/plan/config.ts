import { z } from 'zod';
import { DEFAULT_SOON_DAYS } from './actions.js';
import { DEFAULT_COUNTDOWN_TEMPLATE, correctUntouchedDefaultDomains, countdownTemplateSchema, type CountdownItem } from './countdown.js';
import { DEFAULT_LIFE_DOMAINS, lifeDomainCatalogueSchema, type LifeDomain } from './domains.js';
import { msg } from '../messages/index.js';

/**
 * The plan's adaptable data: life-domain catalogue, release-countdown template and how many days ahead
 * count as "binnenkort". Stored as one JSON value; anything unreadable falls back to the defaults.
 */
export const planConfigSchema = z.object({
  lifeDomains: lifeDomainCatalogueSchema,
  countdownTemplate: countdownTemplateSchema,
  soonDays: z.number().int().min(1, msg('least1Day')).max(60, msg('most60Days')),
});

export interface PlanConfig {
  lifeDomains: LifeDomain[];
  countdownTemplate: CountdownItem[];
  soonDays: number;
}

export const DEFAULT_PLAN_CONFIG: PlanConfig = {
  lifeDomains: DEFAULT_LIFE_DOMAINS.map((d) => ({ ...d })),
  countdownTemplate: DEFAULT_COUNTDOWN_TEMPLATE.map((t) => ({ ...t })),
  soonDays: DEFAULT_SOON_DAYS,
};

export const planConfigPatchSchema = planConfigSchema.partial();

export function readPlanConfig(stored: unknown): PlanConfig {
  const out: PlanConfig = { ...DEFAULT_PLAN_CONFIG };
  if (typeof stored !== 'object' || stored === null) return out;
  const rec = stored as Record<string, unknown>;
  for (const key of Object.keys(planConfigSchema.shape) as (keyof PlanConfig)[]) {
    const parsed = planConfigSchema.shape[key].safeParse(rec[key]);
    if (parsed.success) (out as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  const active = out.lifeDomains.filter((d) => d.active).map((d) => d.key);
  out.countdownTemplate = correctUntouchedDefaultDomains(out.countdownTemplate, active);
  return out;
}
