import { z } from 'zod';
import { msg } from './messages';
import { trimmedText, requiredText } from './text-schema.js';

/**
 * The first-run guide: after a vault is set up, the coordinator is led once through the settings a
 * municipality needs before the first dossier. Its state lives in the vault's settings, so it is shown
 * once per vault, comes back on the next unlock when it was left half-way, and never in the demo vault.
 */
// New steps go before 'demo', so a guide left half-way in an older version resumes where it was.
export const FIRST_RUN_STEPS = ['gemeente', 'herstelcode', 'reservekopieen', 'partners', 'demo'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

/** 'not-offered': a vault from before the guide (or not made on the set-up screen); 'pending': set up, guide not yet closed. */
export const FIRST_RUN_STATES = ['not-offered', 'pending', 'finished', 'skipped'] as const;
export type FirstRunState = (typeof FIRST_RUN_STATES)[number];

export function shouldOfferFirstRunGuide(state: FirstRunState, demo: boolean): boolean {
  return state === 'pending' && !demo;
}

/** Where the guide opens: where it was left while still pending; from the start when reopened from Instellingen. */
export function firstRunStartStep(state: FirstRunState, storedStep: number): number {
  if (state !== 'pending') return 0;
  return Math.min(Math.max(0, Math.trunc(storedStep)), FIRST_RUN_STEPS.length - 1);
}

/** Closing the guide early: a pending guide counts as skipped; one that was finished before stays finished. */
export function firstRunStateAfterClosing(state: FirstRunState): FirstRunState {
  return state === 'finished' ? 'finished' : 'skipped';
}

/**
 * The municipality step of the guide. The same limits as the settings (so what the guide accepts the
 * main side accepts), plus a name for the municipality and the coordinator: saving this step without them
 * would leave letters without a sender. Skipping the step stays possible ("Later instellen").
 */
export const municipalityDetailsSchema = z.object({
  municipalityName: requiredText(200, msg('enterMunicipalitySName')),
  municipalityAddress: trimmedText(500),
  coordinatorName: requiredText(200, msg('enterYourName')),
  coordinatorPhone: trimmedText(50),
  coordinatorEmail: z.union([z.literal(''), z.email(msg('notValidEMailAddress'))]),
});
export type MunicipalityDetails = z.infer<typeof municipalityDetailsSchema>;
