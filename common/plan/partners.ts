import { z } from 'zod';
import { RECLASSERING_ORGANISATIONS } from '../dossiers/institutions.js';
import { msg } from '../messages/index.js';
import { maxText, trimmedText, optionalText, requiredText } from '../text-schema.js';

/**
 * Kinds of ketenpartners the coordinator works with. Seeded into the partner register as types; the
 * register's organisations and contact persons are the coordinator's own data.
 */
export const PARTNER_TYPES = [
  { key: 'pi', label: 'PI (Penitentiaire Inrichting)' },
  { key: 'reclassering', label: 'Reclassering (3RO)' },
  { key: 'wijkteam', label: 'Wijkteam / sociaal team' },
  { key: 'werk_inkomen', label: 'Werk & Inkomen' },
  { key: 'uwv', label: 'UWV' },
  { key: 'schuldhulp', label: 'Schuldhulpverlening' },
  { key: 'woningcorporatie', label: 'Woningcorporatie' },
  { key: 'maatschappelijke_opvang', label: 'Maatschappelijke opvang' },
  { key: 'ggz_verslavingszorg', label: 'GGZ / verslavingszorg' },
  { key: 'zorgverzekeraar', label: 'Zorgverzekeraar' },
  { key: 'zvh', label: 'Zorg- en Veiligheidshuis' },
  { key: 'politie', label: 'Politie' },
  { key: 'vrijwilligers', label: 'Vrijwilligersorganisatie' },
  { key: 'jobcoach', label: 'Jobcoach / re-integratiebureau' },
  { key: 'gemeente', label: 'Gemeente (andere afdeling)' },
  { key: 'naasten', label: 'Naasten van de cliënt' },
  { key: 'overig', label: 'Overig' },
] as const;

export type PartnerType = (typeof PARTNER_TYPES)[number]['key'];
export const PARTNER_TYPE_KEYS = PARTNER_TYPES.map((t) => t.key) as [PartnerType, ...PartnerType[]];

/** The three reclassering organisations (3RO), one list for dossiers and partners. */
export { RECLASSERING_ORGANISATIONS };

export function partnerTypeLabel(key: string): string {
  return PARTNER_TYPES.find((t) => t.key === key)?.label ?? key;
}

/** Organisations seeded into a new register so the coordinator starts with something to pick. */
export const SEED_ORGANISATIONS: readonly { type: PartnerType; name: string }[] = RECLASSERING_ORGANISATIONS.map((name) => ({
  type: 'reclassering' as const,
  name,
}));

const optionalEmail = z.union([z.literal(''), z.email(msg('notValidEMailAddress'))]).default('');
const phone = trimmedText(40)
  .regex(/^[0-9+()\- ]*$/, msg('onlyDigitsSpacesBrackets'))
  .default('');

export const partnerInputSchema = z.object({
  type: z.enum(PARTNER_TYPE_KEYS, msg('chooseKindPartner')),
  name: requiredText(200, msg('enterOrganisationSName')),
  email: optionalEmail,
  phone,
  note: maxText(1000).default(''),
});
export type PartnerInput = z.infer<typeof partnerInputSchema>;

export const contactInputSchema = z.object({
  name: requiredText(200, msg('enterContactPersonSName')),
  role: optionalText(100),
  email: optionalEmail,
  phone,
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/**
 * The kinds of partner the first-run guide asks for (beside the seeded reclassering): the organisations a
 * coordinator assigns the basisvoorwaarden to, so actions can be placed from day one.
 */
export const FIRST_RUN_PARTNER_TYPES: readonly PartnerType[] = [
  'wijkteam',
  'werk_inkomen',
  'schuldhulp',
  'woningcorporatie',
  'ggz_verslavingszorg',
  'maatschappelijke_opvang',
  'uwv',
  'zorgverzekeraar',
  'zvh',
  'pi',
];

/** Several partners at once (the first-run guide), each with an optional contact person; saved as one transaction. */
export const partnerBatchSchema = z.object({
  partners: z
    .array(
      partnerInputSchema.extend({
        contactName: optionalText(200),
      }),
    )
    .min(1, msg('enterLeastOnePartner'))
    .max(40),
});
export type PartnerBatch = z.infer<typeof partnerBatchSchema>;
