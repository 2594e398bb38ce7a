import type { DossierPlanBadge } from '../../../common/plan/types';
import { api } from '../api';

/**
 * List rows ask for their dossier's strip one by one; this collects the ids asked for in one tick and
 * fetches them in one call. Answers are kept briefly so scrolling back does not ask again.
 */
const KEEP_MS = 5_000;
const cache = new Map<number, { at: number; badge: DossierPlanBadge }>();
let pending = new Map<number, ((b: DossierPlanBadge) => void)[]>();
let scheduled = false;

export function planBadge(dossierId: number): Promise<DossierPlanBadge> {
  const hit = cache.get(dossierId);
  if (hit && Date.now() - hit.at < KEEP_MS) return Promise.resolve(hit.badge);
  return new Promise((resolve) => {
    pending.set(dossierId, [...(pending.get(dossierId) ?? []), resolve]);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}

function flush() {
  const batch = pending;
  pending = new Map();
  scheduled = false;
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    api.plans.badges({ dossierIds: slice }).then(
      (badges) => {
        for (const b of badges) {
          cache.set(b.dossierId, { at: Date.now(), badge: b });
          batch.get(b.dossierId)?.forEach((r) => r(b));
        }
      },
      () => undefined,
    );
  }
}

/** After a plan change the next read must not come from the cache. */
export function forgetPlanBadge(dossierId: number): void {
  cache.delete(dossierId);
  window.dispatchEvent(new CustomEvent('nazorg:plan-changed', { detail: dossierId }));
}
