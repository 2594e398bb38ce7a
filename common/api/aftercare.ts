import { z } from 'zod';
import { method, prefixed } from './define.js';
import { isoDate } from '../date-schema.js';
import { BASIS_KEYS, BASIS_STATES } from '../plan/basisvoorwaarden.js';
import { ATTEMPT_CHANNELS, ATTEMPT_RESULTS, FIRST_CONTACT_HOW, RECLASSERING_CONTACT, WORK_STATES } from '../aftercare/rules.js';
import type { AftercareToday, AftercareView } from '../aftercare/types.js';
import { msg } from '../messages/index.js';
import { optionalText, requiredText } from '../text-schema.js';

const id = z.number().int().positive();
const TIME_MESSAGE = msg('notValidTimeHhMm');
/** A clock time 'HH:MM' (24 hours). */
export const clockTime = z.string({ error: TIME_MESSAGE }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_MESSAGE);

export const correctDayOneSchema = z.object({
  dossierId: id,
  key: z.enum(BASIS_KEYS),
  state: z.enum(BASIS_STATES, msg('chooseState')),
  note: optionalText(300),
  reason: requiredText(500, msg('giveReasonCorrection')),
});

export const firstContactSchema = z.object({
  dossierId: id,
  date: isoDate,
  time: clockTime,
  who: requiredText(200, msg('fillWhoHadContact')),
  how: z.enum(FIRST_CONTACT_HOW, msg('chooseHowContactTookPlace')),
  outcome: requiredText(2000, msg('writeDownWhatCameOut')),
});

export const checkinSchema = z.object({
  followupId: id,
  doneOn: isoDate,
  reached: z.enum(['ja', 'nee'], msg('chooseWhetherClientReached')),
  basis: z.partialRecord(z.enum(BASIS_KEYS), z.enum(BASIS_STATES)).default({}),
  work: z.enum(WORK_STATES, msg('chooseWhatCaseWorkDaytime')),
  reclassering: z.enum(RECLASSERING_CONTACT, msg('chooseWhetherThereContactProbation')),
  note: optionalText(2000),
});

export const contactAttemptSchema = z.object({
  dossierId: id,
  date: isoDate,
  channel: z.enum(ATTEMPT_CHANNELS, msg('chooseHowYouTriedMake')),
  result: z.enum(ATTEMPT_RESULTS, msg('chooseResult')),
  note: optionalText(500),
});

export const aftercareArea = {
  /** Everything after release on one dossier: day-one record, first contact, follow-up moments, contact attempts. */
  get: method<AftercareView>()(z.object({ dossierId: id })),
  correctDayOne: method<AftercareView>()(correctDayOneSchema),
  recordFirstContact: method<AftercareView>()(firstContactSchema),
  recordFollowup: method<AftercareView>()(checkinSchema),
  addAttempt: method<AftercareView>()(contactAttemptSchema),
  /** Vandaag's part after release. */
  today: method<AftercareToday>()(z.object({})),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const aftercareMethods = { ...prefixed('aftercare', aftercareArea) };
