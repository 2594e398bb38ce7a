import { z } from 'zod';
import { isoDate } from '../date-schema.js';
import type { MeetingDetail, MeetingSummary } from '../meetings/types.js';
import { method, prefixed } from './define.js';
import { msg } from '../messages/index.js';
import { maxText, optionalText, requiredText } from '../text-schema.js';

const id = z.number().int().positive();

export const meetingFieldsSchema = z.object({
  title: requiredText(200, msg('giveMeetingName')).default('Regie- en toedelingsoverleg'),
  date: isoDate,
  startTime: z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('timeHhMmExample10'))]).default(''),
  place: optionalText(200),
  partnerIds: z.array(id).max(100).default([]),
  dossierIds: z.array(id).max(200, msg('most200CaseFilesPer')).default([]),
});

export const meetingsArea = {
  list: method<MeetingSummary[]>()(z.object({})),
  get: method<MeetingDetail>()(z.object({ id })),
  create: method<MeetingDetail>()(meetingFieldsSchema),
  update: method<MeetingDetail>()(meetingFieldsSchema.partial().extend({ id })),
  delete: method<{ ok: true }>()(z.object({ id })),
  setItemNote: method<MeetingDetail>()(z.object({ itemId: id, note: maxText(500) })),
  addDecision: method<MeetingDetail>()(
    z.object({
      itemId: id,
      text: requiredText(1000, msg('describeDecision')),
    }),
  ),
  removeDecision: method<MeetingDetail>()(z.object({ id })),
  /** A new plan action for the item's dossier, allocated to a partner with a deadline, linked to this meeting. */
  addAction: method<MeetingDetail>()(
    z.object({
      itemId: id,
      title: requiredText(300, msg('describeAction')),
      partnerId: id,
      deadline: isoDate,
      domainKey: z.string().max(60).nullable().default(null),
    }),
  ),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const meetingsMethods = { ...prefixed('meetings', meetingsArea) };
