import type { Handlers } from '../../../common/api/contract.js';
import { systemClock } from '../../../common/calendar.js';
import type { HandlerContext } from './context.js';
import { vaultHandlers } from './vault.js';
import { settingsHandlers } from './settings.js';
import { backupHandlers } from './backups.js';
import { retentionHandlers } from './retention.js';
import { dossiersHandlers } from './dossiers.js';
import { exchangeHandlers } from './exchange.js';
import { plansHandlers } from './plans.js';
import { meetingsHandlers } from './meetings.js';
import { documentsHandlers } from './documents.js';
import { aftercareHandlers } from './aftercare.js';
import { intakeHandlers } from './intake.js';
import { costsHandlers } from './costs.js';
import { resultsHandlers } from './results.js';
import { resultsReportsHandlers } from './results-reports.js';

/** All areas' handlers; TypeScript checks that every method of the contract has exactly one. Without a clock, the computer's. */
export function createHandlers(context: Omit<HandlerContext, 'clock'> & { clock?: HandlerContext['clock'] }): Handlers {
  const ctx: HandlerContext = { ...context, clock: context.clock ?? systemClock };
  return {
    ...vaultHandlers(ctx),
    ...settingsHandlers(ctx),
    ...backupHandlers(ctx),
    ...retentionHandlers(ctx),
    ...dossiersHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...plansHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...documentsHandlers(ctx),
    ...aftercareHandlers(ctx),
    ...intakeHandlers(ctx),
    ...costsHandlers(ctx),
    ...resultsHandlers(ctx),
    ...resultsReportsHandlers(ctx),
  };
}
