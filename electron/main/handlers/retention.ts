import type { Handlers } from '../../../common/api/contract.js';
import type { retentionMethods } from '../../../common/api/retention.js';
import { retentionCutoff } from '../../../common/retention.js';
import { destroyPastRetention, listPastRetention } from '../../../db/repositories/retention.js';
import { getSettings } from '../../../db/repositories/settings.js';
import { logEvent } from '../log.js';
import type { HandlerContext } from './context.js';

type RetentionHandlers = Pick<Handlers, keyof typeof retentionMethods>;

export function retentionHandlers({ session, clock }: HandlerContext): RetentionHandlers {
  const cutoffFor = async () => {
    const { db } = session.requireVault();
    const { retentionYears } = await getSettings(db);
    return { retentionYears, cutoff: retentionCutoff(clock().today, retentionYears) };
  };
  return {
    'retention.proposals': async () => {
      const { retentionYears, cutoff } = await cutoffFor();
      return { retentionYears, cutoff, candidates: await listPastRetention(session.requireVault().db, cutoff) };
    },
    'retention.destroy': async ({ ids }) => {
      const { retentionYears, cutoff } = await cutoffFor();
      const r = await destroyPastRetention(session.requireVault().db, ids, cutoff, retentionYears);
      logEvent('retention.destroyed', { count: r.destroyed });
      return r;
    },
  };
}
