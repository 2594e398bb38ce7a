import type { Handlers } from '../../../common/api/contract.js';
import type { resultsMethods } from '../../../common/api/results.js';
import { periodRange } from '../../../common/results/figures.js';
import { resultsFigures } from '../../../db/repositories/results.js';
import { getSettings } from '../../../db/repositories/settings.js';
import type { HandlerContext } from './context.js';

type ResultsHandlers = Pick<Handlers, keyof typeof resultsMethods>;

/** Aggregates only: reading them is not a provision of personal data, so nothing goes into the register here. */
export function resultsHandlers({ session, clock }: HandlerContext): ResultsHandlers {
  const db = () => session.requireVault().db;
  return {
    'results.figures': async ({ period }) => resultsFigures(db(), periodRange(period), clock().today, await getSettings(db())),
  };
}
