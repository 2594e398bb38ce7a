import { z } from 'zod';
import { method, prefixed } from './define.js';
import { ACTION_STATUSES } from '../plan/actions.js';
import { BASIS_KEYS, BASIS_STATES } from '../plan/basisvoorwaarden.js';
import { planConfigPatchSchema, type PlanConfig } from '../plan/config.js';
import { scoreSchema } from '../plan/domains.js';
import { contactInputSchema, partnerBatchSchema, partnerInputSchema } from '../plan/partners.js';
import { isoDate } from '../date-schema.js';
import { clockTime } from './aftercare.js';
import type { DossierPlanBadge, PartnerDetail, PartnerView, PlanFigures, PlanView, RappelGroupView } from '../plan/types.js';
import { msg } from '../messages/index.js';
import { maxText, trimmedText, requiredText } from '../text-schema.js';

const id = z.number().int().positive();
const optionalIsoDate = isoDate.nullable();
const domainKey = z.string().max(60).nullable();

/** A time on the deadline day when the action is an appointment with the client; '' or null for none. */
const appointmentTime = z.union([z.literal(''), clockTime, z.null()]).transform((v) => v || null);
const appointmentPlace = trimmedText(200);

const actionFields = {
  title: requiredText(300, msg('describeAction')),
  domainKey: domainKey.default(null),
  partnerId: id.nullable().default(null),
  contactId: id.nullable().default(null),
  deadline: optionalIsoDate.default(null),
  appointmentTime: appointmentTime.default(null),
  appointmentPlace: appointmentPlace.default(''),
};

export const addActionSchema = z.object({
  dossierId: id,
  ...actionFields,
  /** A deadline before today is refused unless the coordinator confirmed it. */
  confirmPastDeadline: z.boolean().default(false),
});

export const updateActionSchema = z.object({
  id,
  title: actionFields.title.optional(),
  domainKey: domainKey.optional(),
  partnerId: id.nullable().optional(),
  contactId: id.nullable().optional(),
  deadline: optionalIsoDate.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  resultNote: maxText(2000).optional(),
  appointmentTime: appointmentTime.optional(),
  appointmentPlace: appointmentPlace.optional(),
  confirmPastDeadline: z.boolean().default(false),
});

export const acceptProposalsSchema = z.object({
  dossierId: id,
  proposals: z
    .array(
      z.object({
        templateKey: z.string().min(1).max(60),
        title: actionFields.title,
        deadline: isoDate,
        domainKey: domainKey.default(null),
        partnerId: id.nullable().default(null),
      }),
    )
    .min(1, msg('chooseLeastOneProposal')),
});

export const setBasisSchema = z.object({
  dossierId: id,
  key: z.enum(BASIS_KEYS),
  state: z.enum(BASIS_STATES, msg('chooseState')),
  note: maxText(300).default(''),
});

export const addScoreSchema = z.object({
  dossierId: id,
  domainKey: z.string().min(1, msg('chooseLifeDomain')).max(60),
  score: scoreSchema,
  assessedOn: isoDate,
  note: maxText(500).default(''),
});

export const goalSchema = z.object({
  dossierId: id,
  domainKey: domainKey.default(null),
  text: requiredText(500, msg('describeGoal')),
});

export const plansArea = {
  get: method<PlanView>()(z.object({ dossierId: id })),
  setBasis: method<PlanView>()(setBasisSchema),
  addScore: method<PlanView>()(addScoreSchema),
  addGoal: method<PlanView>()(goalSchema),
  updateGoal: method<PlanView>()(z.object({ id, text: goalSchema.shape.text.optional(), status: z.enum(['open', 'bereikt', 'vervallen']).optional() })),
  addAction: method<PlanView>()(addActionSchema),
  updateAction: method<PlanView>()(updateActionSchema),
  acceptProposals: method<PlanView>()(acceptProposalsSchema),
  dropProposal: method<PlanView>()(z.object({ dossierId: id, templateKey: z.string().min(1).max(60) })),
  /** After the release date moved: move the open template actions (move=true) or keep their dates. */
  confirmReleaseMove: method<PlanView>()(z.object({ dossierId: id, move: z.boolean() })),
  figures: method<PlanFigures>()(z.object({})),
  badges: method<DossierPlanBadge[]>()(z.object({ dossierIds: z.array(id).max(500) })),
  rappel: method<{ today: string; soonDays: number; groups: RappelGroupView[] }>()(z.object({})),
  recordReminder: method<{ recorded: number }>()(z.object({ partnerId: id.nullable(), actionIds: z.array(id).min(1).max(500) })),
  config: method<PlanConfig>()(z.object({})),
  updateConfig: method<PlanConfig>()(planConfigPatchSchema),
} as const;

export const partnersArea = {
  list: method<PartnerView[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  get: method<PartnerDetail>()(z.object({ id })),
  create: method<PartnerView>()(partnerInputSchema),
  /** Several partners (with an optional contact person each) in one transaction: all saved, or none. */
  createMany: method<PartnerView[]>()(partnerBatchSchema),
  update: method<PartnerView>()(partnerInputSchema.extend({ id })),
  /** Archives the partner; refused while it has open actions (the error lists them). */
  remove: method<{ ok: true }>()(z.object({ id })),
  addContact: method<PartnerView>()(contactInputSchema.extend({ partnerId: id })),
  updateContact: method<PartnerView>()(contactInputSchema.extend({ id })),
  removeContact: method<PartnerView>()(z.object({ id })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const plansMethods = { ...prefixed('plans', plansArea), ...prefixed('partners', partnersArea) };
