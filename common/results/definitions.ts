import type { BasisKey } from '../plan/basisvoorwaarden.js';

/**
 * What every figure of the Resultaten screen, the council report and its CSV counts, as data: one definition per
 * figure, in plain Dutch for the council and the coordinator, with the English beside it for the English UI. The
 * screen, the PDF and the CSV all take label and definition from here, so a figure means the same everywhere.
 * The counting itself is in db/repositories/results.ts and follows these texts to the letter
 * (docs/domain/results.md explains the choices).
 *
 * `{hours}` and `{attempts}` stand for the settings the figure depends on; `definitionText` fills them in.
 */

export type FigureUnit = 'count' | 'share' | 'days';

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

export interface FigureDefinition {
  readonly key: FigureKey;
  readonly unit: FigureUnit;
  readonly label: Bilingual;
  readonly definition: Bilingual;
}

export const FIGURE_KEYS = [
  'released',
  'dayOneBasis',
  'dayOneAll',
  'firstContact',
  'followupChecked',
  'followupHousing',
  'followupIncome',
  'followupWork',
  'followupDebts',
  'closedByReason',
  'unreachable',
  'leadTimeDays',
  'leadTimeLate',
  'partnerOnTime',
  'partnerLate',
  'partnerOpen',
  'partnerDaysLate',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The five basisvoorwaarden of the national agreement: the ones reported for the day of release. */
export const REPORTED_BASIS_KEYS = ['id', 'housing', 'income', 'debts', 'care'] as const satisfies readonly BasisKey[];

/** The follow-up moments reported (keys of the default follow-up template, common/aftercare/rules.ts). */
export const REPORTED_MOMENTS = [
  { key: '3-maanden', label: { nl: '3 maanden na vrijlating', en: '3 months after release' } },
  { key: '6-maanden', label: { nl: '6 maanden na vrijlating', en: '6 months after release' } },
  { key: '12-maanden', label: { nl: '12 maanden na vrijlating', en: '12 months after release' } },
] as const;
export type ReportedMoment = (typeof REPORTED_MOMENTS)[number]['key'];

/** The countdown actions whose lead time is reported, by their template key (common/plan/countdown.ts). */
export const LEAD_TIME_KINDS = [
  { key: 'id', label: { nl: 'Identiteitsbewijs aangevraagd', en: 'Identity document applied for' } },
  { key: 'uitkering', label: { nl: 'Uitkering aangevraagd', en: 'Benefit applied for' } },
  { key: 'zorgverzekering', label: { nl: 'Zorgverzekering actief', en: 'Health insurance active' } },
  { key: 'slaapplek', label: { nl: 'Slaapplek vanaf dag één', en: 'A bed from day one' } },
  { key: 'bankrekening', label: { nl: 'Bankrekening geopend', en: 'Bank account opened' } },
] as const;
export type LeadTimeKind = (typeof LEAD_TIME_KINDS)[number]['key'];

const RELEASED_IN_PERIOD_NL = 'Inwoners met een werkelijke vrijlatingsdatum in de periode (en niet later dan vandaag)';
const RELEASED_IN_PERIOD_EN = 'Residents whose actual release date lies in the period (and not after today)';

export const FIGURE_DEFINITIONS: Readonly<Record<FigureKey, FigureDefinition>> = {
  released: {
    key: 'released',
    unit: 'count',
    label: { nl: 'Vrijgelaten inwoners', en: 'Released residents' },
    definition: {
      nl: `${RELEASED_IN_PERIOD_NL}. Elk dossier telt één keer.`,
      en: `${RELEASED_IN_PERIOD_EN}. Each dossier counts once.`,
    },
  },
  dayOneBasis: {
    key: 'dayOneBasis',
    unit: 'share',
    label: { nl: 'Op orde op de dag van vrijlating', en: 'In order on the day of release' },
    definition: {
      nl:
        'Van de vrijgelaten inwoners met een vastlegging van de dag van vrijlating: het deel bij wie deze basisvoorwaarde die dag ' +
        'op orde was (geregeld, of niet van toepassing). Een latere correctie van de vastlegging telt mee; wat het plan daarna zegt niet.',
      en:
        'Of the released residents with a day-of-release record: the share for whom this basic condition was in order that day ' +
        '(arranged, or not applicable). A later correction of the record counts; later changes to the plan do not.',
    },
  },
  dayOneAll: {
    key: 'dayOneAll',
    unit: 'share',
    label: { nl: 'Alle vijf op orde op de dag van vrijlating', en: 'All five in order on the day of release' },
    definition: {
      nl: 'Van de vrijgelaten inwoners met een vastlegging van de dag van vrijlating: het deel bij wie identiteitsbewijs, onderdak, werk en inkomen, schulden en zorg alle vijf op orde waren.',
      en: 'Of the released residents with a day-of-release record: the share for whom ID, housing, work and income, debts and care were all five in order.',
    },
  },
  firstContact: {
    key: 'firstContact',
    unit: 'share',
    label: { nl: 'Bereikt binnen {hours} uur', en: 'Reached within {hours} hours' },
    definition: {
      nl:
        'Van de vrijgelaten inwoners bij wie de termijn voor het eerste contact voorbij is: het deel met een vastgelegd eerste contact ' +
        'binnen {hours} uur na het begin van de dag van vrijlating (afgerond op hele dagen). Wie nog binnen de termijn zit, telt niet mee.',
      en:
        'Of the released residents whose first-contact term has passed: the share with a recorded first contact within {hours} hours ' +
        'from the start of the release day (rounded to whole days). Residents still within the term are left out.',
    },
  },
  followupChecked: {
    key: 'followupChecked',
    unit: 'count',
    label: { nl: 'Nazorgmomenten met contact', en: 'Follow-up moments with contact' },
    definition: {
      nl: 'Nazorgmomenten van deze soort die in de periode zijn vastgelegd en waarbij de cliënt bereikt is. Over deze momenten gaan de delen eronder.',
      en: 'Follow-up moments of this kind recorded in the period at which the client was reached. The shares below are taken over these moments.',
    },
  },
  followupHousing: {
    key: 'followupHousing',
    unit: 'share',
    label: { nl: 'Onderdak op orde', en: 'Housing in order' },
    definition: {
      nl: 'Het deel van die momenten waarop onderdak op orde was (geregeld, of niet van toepassing).',
      en: 'The share of those moments at which housing was in order (arranged, or not applicable).',
    },
  },
  followupIncome: {
    key: 'followupIncome',
    unit: 'share',
    label: { nl: 'Inkomen op orde', en: 'Income in order' },
    definition: {
      nl: 'Het deel van die momenten waarop werk en inkomen op orde was (geregeld, of niet van toepassing).',
      en: 'The share of those moments at which work and income was in order (arranged, or not applicable).',
    },
  },
  followupWork: {
    key: 'followupWork',
    unit: 'share',
    label: { nl: 'Werk of dagbesteding', en: 'Work or daytime activity' },
    definition: {
      nl: 'Het deel van die momenten waarop de cliënt werk of dagbesteding had (hetzelfde als eerder of een ander).',
      en: 'The share of those moments at which the client had work or a daytime activity (the same as before or another).',
    },
  },
  followupDebts: {
    key: 'followupDebts',
    unit: 'share',
    label: { nl: 'Schulden in een regeling', en: 'Debts in an arrangement' },
    definition: {
      nl: 'Het deel van die momenten waarop de schulden geregeld waren (in een regeling), of er geen schulden waren (niet van toepassing).',
      en: 'The share of those moments at which debts were arranged (in an arrangement), or there were no debts (not applicable).',
    },
  },
  closedByReason: {
    key: 'closedByReason',
    unit: 'count',
    label: { nl: 'Afgesloten dossiers', en: 'Closed dossiers' },
    definition: {
      nl: 'Dossiers die nu afgesloten zijn en waarvan de afsluitdatum in de periode ligt, naar de reden van afsluiten. Een dossier dat weer geopend is, telt niet.',
      en: 'Dossiers that are closed now and whose closing date lies in the period, by the reason for closing. A dossier opened again does not count.',
    },
  },
  unreachable: {
    key: 'unreachable',
    unit: 'count',
    label: { nl: 'Niet bereikbare cliënten', en: 'Clients who could not be reached' },
    definition: {
      nl:
        'Vrijgelaten cliënten die aan het eind van de periode niet bereikbaar waren: ten minste {attempts} contactpogingen op rij zonder hen te bereiken ' +
        '(tot en met de laatste dag van de periode), waarvan ten minste één in de periode.',
      en:
        'Released clients who could not be reached at the end of the period: at least {attempts} contact attempts in a row without reaching them ' +
        '(up to the last day of the period), at least one of them in the period.',
    },
  },
  leadTimeDays: {
    key: 'leadTimeDays',
    unit: 'days',
    label: { nl: 'Dagen vóór vrijlating gedaan', en: 'Days before release done' },
    definition: {
      nl:
        'Voor inwoners die in de periode vrijkwamen: hoeveel dagen vóór de dag van vrijlating deze aftelactie gedaan was. Mediaan, met het ' +
        'eerste en derde kwartiel (zoals KWARTIEL.INC in Excel) als spreiding. Een negatief getal is ná vrijlating. Alleen gedane acties tellen.',
      en:
        'For residents released in the period: how many days before the release day this countdown action was done. Median, with the first ' +
        'and third quartile (as QUARTILE.INC in Excel) as spread. A negative number is after release. Only actions done count.',
    },
  },
  leadTimeLate: {
    key: 'leadTimeLate',
    unit: 'share',
    label: { nl: 'Te laat', en: 'Late' },
    definition: {
      nl: 'Van deze aftelacties bij inwoners die in de periode vrijkwamen (vervallen acties niet meegeteld): het deel dat pas ná de dag van vrijlating gedaan werd, of op die dag nog niet gedaan was.',
      en: 'Of these countdown actions of residents released in the period (dropped actions left out): the share done only after the release day, or not yet done on that day.',
    },
  },
  partnerOnTime: {
    key: 'partnerOnTime',
    unit: 'count',
    label: { nl: 'Op tijd gedaan', en: 'Done on time' },
    definition: {
      nl: 'Acties bij deze partner met een deadline in de periode, gedaan op of vóór de deadline. Vervallen acties tellen niet mee.',
      en: 'Actions with this partner whose deadline lies in the period, done on or before the deadline. Dropped actions do not count.',
    },
  },
  partnerLate: {
    key: 'partnerLate',
    unit: 'count',
    label: { nl: 'Te laat gedaan', en: 'Done late' },
    definition: {
      nl: 'Acties bij deze partner met een deadline in de periode, gedaan ná de deadline.',
      en: 'Actions with this partner whose deadline lies in the period, done after the deadline.',
    },
  },
  partnerOpen: {
    key: 'partnerOpen',
    unit: 'count',
    label: { nl: 'Nog open', en: 'Still open' },
    definition: {
      nl: 'Acties bij deze partner met een deadline in de periode die nu nog open of bezig zijn.',
      en: 'Actions with this partner whose deadline lies in the period that are still open or in progress now.',
    },
  },
  partnerDaysLate: {
    key: 'partnerDaysLate',
    unit: 'days',
    label: { nl: 'Mediaan dagen te laat', en: 'Median days late' },
    definition: {
      nl: 'Van de te laat gedane acties bij deze partner: de mediaan van het aantal dagen tussen deadline en gedaan.',
      en: 'Of the actions with this partner done late: the median number of days between deadline and done.',
    },
  },
};

/** The shares reported at each follow-up moment, in the order of the columns. */
export const FOLLOWUP_SHARE_KEYS = ['followupHousing', 'followupIncome', 'followupWork', 'followupDebts'] as const satisfies readonly FigureKey[];

/** The figures of each part of the results, in the order they are shown; each part explains these under its figures. */
export const RESULT_PARTS = {
  released: ['released', 'dayOneBasis', 'dayOneAll'],
  firstContact: ['firstContact'],
  followup: ['followupChecked', ...FOLLOWUP_SHARE_KEYS],
  closed: ['closedByReason', 'unreachable'],
  leadTimes: ['leadTimeDays', 'leadTimeLate'],
  partners: ['partnerOnTime', 'partnerLate', 'partnerOpen', 'partnerDaysLate'],
} as const satisfies Record<string, readonly FigureKey[]>;

export type DefinitionLanguage = 'nl' | 'en';

export interface DefinitionParams {
  hours: number;
  attempts: number;
}

function fill(text: string, p: DefinitionParams): string {
  return text.replaceAll('{hours}', String(p.hours)).replaceAll('{attempts}', String(p.attempts));
}

export function figureLabel(key: FigureKey, language: DefinitionLanguage, params: DefinitionParams): string {
  return fill(FIGURE_DEFINITIONS[key].label[language], params);
}

export function definitionText(key: FigureKey, language: DefinitionLanguage, params: DefinitionParams): string {
  return fill(FIGURE_DEFINITIONS[key].definition[language], params);
}

/** The small-number rule of common/results/disclosure.ts in plain words, shown next to the figures and printed under the PDF's tables. */
export const DISCLOSURE_EXPLANATION: Bilingual = {
  nl:
    'Om niemand herkenbaar te maken tonen we kleine aantallen niet precies: een aantal van 1 tot en met 4 staat er als "< 5". ' +
    'Een percentage over minder dan 10 mensen tonen we niet ("te weinig om te tonen"), net als een mediaan over minder dan 10 acties. ' +
    'Zou een percentage een klein aantal verraden, dan staat er alleen een grens, zoals "< 42%".',
  en:
    'So that no one can be recognised, small numbers are not shown exactly: a count of 1 to 4 is shown as "< 5". ' +
    'A percentage over fewer than 10 people is not shown ("too few to show"), nor is a median over fewer than 10 actions. ' +
    'Where a percentage would give a small count away, only a bound is shown, such as "< 42%".',
};
