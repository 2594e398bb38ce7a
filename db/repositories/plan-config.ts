import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { readPlanConfig, type PlanConfig } from '../../common/plan/config.js';
import { droppedKeysInUse } from '../../common/plan/domains.js';
import { domainScores, planActions, planGoals, settings } from '../schema.js';
import type { Conn } from './plan-history.js';
import { msg } from '../../common/messages/index.js';

/** The plan configuration lives in the settings table under its own key (one JSON value). */
const KEY = 'plan.config';

export async function getPlanConfig(db: Conn): Promise<PlanConfig> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  if (!row) return readPlanConfig(undefined);
  try {
    return readPlanConfig(JSON.parse(row.value));
  } catch {
    return readPlanConfig(undefined);
  }
}

async function domainKeysInUse(db: Conn): Promise<string[]> {
  const rows = await db.all<{ k: string }>(
    sql`SELECT domain_key AS k FROM ${domainScores} UNION SELECT domain_key FROM ${planGoals} WHERE domain_key IS NOT NULL UNION SELECT domain_key FROM ${planActions} WHERE domain_key IS NOT NULL`,
  );
  return rows.map((r) => r.k);
}

export async function updatePlanConfig(db: Conn, patch: Partial<PlanConfig>): Promise<PlanConfig> {
  const current = await getPlanConfig(db);
  const next: PlanConfig = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  if (patch.lifeDomains) {
    const dropped = droppedKeysInUse(patch.lifeDomains, await domainKeysInUse(db));
    if (dropped.length > 0)
      throw new AppError('VALIDATION', msg('lifeDomainAlreadyUsedPlans'), {
        fields: { lifeDomains: msg('domainsInUse', { keys: dropped.join(', ') }) },
      });
  }
  const now = new Date().toISOString();
  await db
    .insert(settings)
    .values({ key: KEY, value: JSON.stringify(next), updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(next), updatedAt: now } });
  return next;
}
