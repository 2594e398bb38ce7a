import { z } from 'zod';
import { method, prefixed } from './define.js';
import { isoDate } from '../date-schema.js';
import { BASIS_KEYS, BASIS_STATES } from '../plan/basisvoorwaarden.js';
import { ATTEMPT_CHANNELS, ATTEMPT_RESULTS, FIRST_CONTACT_HOW, RECLASSERING_CONTACT, WORK_STATES } from '../aftercare/rules.js';
import type { AftercareToday, AftercareView } from '../aftercare/types.js';

const id = z.number().int().positive();
const TIME_MESSAGE = 'Geen geldige tijd. Gebruik uu:mm, bijvoorbeeld 09:30.';
/** A clock time 'HH:MM' (24 hours). */
export const clockTime = z.string({ error: TIME_MESSAGE }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_MESSAGE);

export const correctDayOneSchema = z.object({
  dossierId: id,
  key: z.enum(BASIS_KEYS),
  state: z.enum(BASIS_STATES, 'Kies een stand.'),
  note: z.string().trim().max(300, 'Maximaal 300 tekens.').default(''),
  reason: z.string().trim().min(1, 'Geef de reden van de correctie.').max(500, 'Maximaal 500 tekens.'),
});

export const firstContactSchema = z.object({
  dossierId: id,
  date: isoDate,
  time: clockTime,
  who: z.string().trim().min(1, 'Vul in wie het contact had.').max(200, 'Maximaal 200 tekens.'),
  how: z.enum(FIRST_CONTACT_HOW, 'Kies hoe het contact was.'),
  outcome: z.string().trim().min(1, 'Schrijf op wat eruit kwam.').max(2000, 'Maximaal 2000 tekens.'),
});

export const checkinSchema = z.object({
  followupId: id,
  doneOn: isoDate,
  reached: z.enum(['ja', 'nee'], 'Kies of de cliënt bereikt is.'),
  basis: z.partialRecord(z.enum(BASIS_KEYS), z.enum(BASIS_STATES)).default({}),
  work: z.enum(WORK_STATES, 'Kies wat er met werk of dagbesteding is.'),
  reclassering: z.enum(RECLASSERING_CONTACT, 'Kies of er contact is met de reclassering.'),
  note: z.string().trim().max(2000, 'Maximaal 2000 tekens.').default(''),
});

export const contactAttemptSchema = z.object({
  dossierId: id,
  date: isoDate,
  channel: z.enum(ATTEMPT_CHANNELS, 'Kies hoe u contact zocht.'),
  result: z.enum(ATTEMPT_RESULTS, 'Kies het resultaat.'),
  note: z.string().trim().max(500, 'Maximaal 500 tekens.').default(''),
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
