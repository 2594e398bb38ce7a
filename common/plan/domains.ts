import { z } from 'zod';
import { msg } from '../messages';
import { requiredText } from '../text-schema.js';

/**
 * Life domains (leefgebieden) for the plan. The default is the 13 domain NAMES of the ZRM 2017
 * (Zelfredzaamheid-Matrix); its criteria texts are copyrighted (GGD Amsterdam) and deliberately absent.
 * The catalogue is data in the plan configuration, so a coordinator can rename, add or retire domains.
 */
export interface LifeDomain {
  /** Stable key stored on scores, goals and actions; never changes once used. */
  key: string;
  label: string;
  /** Retired domains stay readable on old scores but are not offered for new ones. */
  active: boolean;
}

const DEFAULT_DOMAIN_ROWS = [
  ['financien', 'Financiën'],
  ['werk_opleiding', 'Werk & Opleiding'],
  ['tijdsbesteding', 'Tijdsbesteding'],
  ['huisvesting', 'Huisvesting'],
  ['huiselijke_relaties', 'Huiselijke relaties'],
  ['geestelijke_gezondheid', 'Geestelijke gezondheid'],
  ['lichamelijke_gezondheid', 'Lichamelijke gezondheid'],
  ['middelengebruik', 'Middelengebruik'],
  ['basale_adl', 'Basale ADL'],
  ['instrumentele_adl', 'Instrumentele ADL'],
  ['sociaal_netwerk', 'Sociaal netwerk'],
  ['maatschappelijke_participatie', 'Maatschappelijke participatie'],
  ['justitie', 'Justitie'],
] as const;

/** The keys of the default catalogue; a stored domain with one of these keys and its default label is shown translated. */
export type DefaultDomainKey = (typeof DEFAULT_DOMAIN_ROWS)[number][0];

export const DEFAULT_LIFE_DOMAINS: readonly LifeDomain[] = DEFAULT_DOMAIN_ROWS.map(([key, label]) => ({ key, label, active: true }));

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export type Score = 1 | 2 | 3 | 4 | 5;

/** The scale's short labels (the generic ZRM scale words; no domain-specific criteria). */
export const SCORE_LABELS: Record<Score, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

export const scoreSchema = z.number().int().min(SCORE_MIN, msg('score15')).max(SCORE_MAX, msg('score15'));

export const lifeDomainSchema = z.object({
  key: z
    .string()
    .min(1, msg('enterKey'))
    .max(60)
    .regex(/^[a-z0-9_]+$/, msg('onlyLowerCaseLettersDigits')),
  label: requiredText(80, msg('enterName')),
  active: z.boolean().default(true),
});

export const lifeDomainCatalogueSchema = z
  .array(lifeDomainSchema)
  .min(1, msg('keepLeastOneLifeDomain'))
  .max(40, msg('most40LifeDomains'))
  .superRefine((list, ctx) => {
    const seenKeys = new Set<string>();
    const seenLabels = new Set<string>();
    list.forEach((d, i) => {
      if (seenKeys.has(d.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: msg('keyAlreadyUsed') });
      const label = d.label.trim().toLocaleLowerCase('nl');
      if (seenLabels.has(label)) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: msg('nameAlreadyUsed') });
      seenKeys.add(d.key);
      seenLabels.add(label);
    });
  });

/** A key for a new domain from its label: lower case, accents stripped, unique within the catalogue. */
export function domainKeyFromLabel(label: string, existing: readonly LifeDomain[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 50) || 'leefgebied';
  let key = base;
  for (let n = 2; existing.some((d) => d.key === key); n++) key = `${base}_${n}`;
  return key;
}

/** Label for a stored key, also for keys no longer in the catalogue. */
export function domainLabel(catalogue: readonly LifeDomain[], key: string | null | undefined): string {
  if (!key) return 'Geen leefgebied';
  return catalogue.find((d) => d.key === key)?.label ?? key;
}

/**
 * A change to the catalogue may rename and retire domains, never drop a key that is in use:
 * returns the keys in use that the new catalogue lacks.
 */
export function droppedKeysInUse(next: readonly LifeDomain[], keysInUse: readonly string[]): string[] {
  return keysInUse.filter((k) => !next.some((d) => d.key === k));
}
