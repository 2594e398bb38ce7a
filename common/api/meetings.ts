import { z } from 'zod';
import { isoDate } from '../date-schema.js';
import type { MeetingDetail, MeetingSummary } from '../meetings/types.js';
import { method } from './define.js';

const id = z.number().int().positive();

export const meetingFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Geef het overleg een naam.').max(200, 'Maximaal 200 tekens.').default('Regie- en toedelingsoverleg'),
  date: isoDate,
  startTime: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tijd als uu:mm, bijvoorbeeld 10:00.')]).default(''),
  place: z.string().trim().max(200, 'Maximaal 200 tekens.').default(''),
  partnerIds: z.array(id).max(100).default([]),
  dossierIds: z.array(id).max(200, 'Hoogstens 200 dossiers per overleg.').default([]),
});

export const meetingsMethods = {
  'meetings.list': method<MeetingSummary[]>()(z.object({})),
  'meetings.get': method<MeetingDetail>()(z.object({ id })),
  'meetings.create': method<MeetingDetail>()(meetingFieldsSchema),
  'meetings.update': method<MeetingDetail>()(meetingFieldsSchema.partial().extend({ id })),
  'meetings.delete': method<{ ok: true }>()(z.object({ id })),
  'meetings.setItemNote': method<MeetingDetail>()(z.object({ itemId: id, note: z.string().max(500, 'Maximaal 500 tekens.') })),
  'meetings.addDecision': method<MeetingDetail>()(
    z.object({ itemId: id, text: z.string().trim().min(1, 'Beschrijf het besluit.').max(1000, 'Maximaal 1000 tekens.') }),
  ),
  'meetings.removeDecision': method<MeetingDetail>()(z.object({ id })),
  /** A new plan action for the item's dossier, allocated to a partner with a deadline, linked to this meeting. */
  'meetings.addAction': method<MeetingDetail>()(
    z.object({
      itemId: id,
      title: z.string().trim().min(1, 'Beschrijf de actie.').max(300, 'Maximaal 300 tekens.'),
      partnerId: id,
      deadline: isoDate,
      domainKey: z.string().max(60).nullable().default(null),
    }),
  ),
} as const;
