import { z } from 'zod';
import type { BasisKey } from './basisvoorwaarden.js';
import { BASIS_KEYS, basisNotInOrder, basisDef, type BasisState, type BasisStatus } from './basisvoorwaarden.js';
import { addDaysIso, daysBetween } from '../calendar.js';
import { isOpenStatus, type ActionStatus } from './actions.js';
import { PARTNER_TYPE_KEYS, type PartnerType } from './partners.js';
import { msg } from '../messages/index.js';
import { requiredText } from '../text-schema.js';

/**
 * The release countdown ("binnen beginnen om buiten te blijven"): a template of actions dated relative to
 * the expected release date. Lead times are defaults (docs/domain/countdown.md), editable in the plan configuration;
 * none of them is law.
 */
export interface CountdownItem {
  /** Stable key stored on accepted actions, so they can be moved when the release date moves. */
  key: string;
  title: string;
  /** Days relative to the release date: negative before, 0 on the day, positive after. */
  offsetDays: number;
  /** "Zo vroeg mogelijk": once started it should not wait, so a later release date never moves it later. */
  asap: boolean;
  basisKey: BasisKey | null;
  domainKey: string | null;
  partnerType: PartnerType | null;
}

const DEFAULT_COUNTDOWN_ITEMS = [
  {
    key: 'uitkering',
    title: 'Uitkering aanvragen (besluit binnen 8 weken, voorschot binnen 4 weken)',
    offsetDays: -56,
    asap: true,
    basisKey: 'income',
    domainKey: 'financien',
    partnerType: 'werk_inkomen',
  },
  {
    key: 'schulden',
    title: 'Schulden in beeld brengen, zo nodig schuldhulp aanvragen',
    offsetDays: -42,
    asap: true,
    basisKey: 'debts',
    domainKey: 'financien',
    partnerType: 'schuldhulp',
  },
  {
    key: 'huisvesting',
    title: 'Woonruimte voor de langere termijn regelen',
    offsetDays: -28,
    asap: false,
    basisKey: 'housing',
    domainKey: 'huisvesting',
    partnerType: 'woningcorporatie',
  },
  {
    key: 'zorgverzekering',
    title: 'Zorgverzekering actief laten zijn vóór vrijlating',
    offsetDays: -21,
    asap: false,
    basisKey: 'care',
    domainKey: 'lichamelijke_gezondheid',
    partnerType: 'zorgverzekeraar',
  },
  {
    key: 'zorg_continuiteit',
    title: 'Zorg en medicatie na vrijlating afspreken (GGZ, verslaving)',
    offsetDays: -21,
    asap: false,
    basisKey: 'care',
    domainKey: 'geestelijke_gezondheid',
    partnerType: 'ggz_verslavingszorg',
  },
  { key: 'bankrekening', title: 'Bankrekening openen of heropenen', offsetDays: -21, asap: false, basisKey: 'bank', domainKey: 'financien', partnerType: null },
  {
    key: 'id',
    title: 'Identiteitsbewijs aanvragen (ongeveer 1 week levertijd)',
    offsetDays: -14,
    asap: false,
    basisKey: 'id',
    // Papers and errands at the counter: the ZRM's "instrumentele ADL", not the justice domain.
    domainKey: 'instrumentele_adl',
    partnerType: 'pi',
  },
  {
    key: 'dagbesteding',
    title: 'Dagbesteding of werk na vrijlating afspreken',
    offsetDays: -14,
    asap: false,
    basisKey: 'daytime',
    domainKey: 'tijdsbesteding',
    partnerType: 'jobcoach',
  },
  {
    key: 'slaapplek',
    title: 'Slaapplek vanaf dag één geregeld',
    offsetDays: -7,
    asap: false,
    basisKey: 'housing',
    domainKey: 'huisvesting',
    partnerType: 'maatschappelijke_opvang',
  },
  {
    key: 'netwerk',
    title: 'Naasten betrekken bij de terugkeer',
    offsetDays: -7,
    asap: false,
    basisKey: 'network',
    domainKey: 'sociaal_netwerk',
    partnerType: 'naasten',
  },
  {
    key: 'eerste_afspraak',
    title: 'Eerste afspraak binnen 48 uur na vrijlating',
    offsetDays: 2,
    asap: false,
    basisKey: null,
    // The first 48 hours carry much of the reoffending: this contact belongs with the justice trajectory.
    domainKey: 'justitie',
    partnerType: 'wijkteam',
  },
] as const satisfies readonly CountdownItem[];

/** The keys of the default template; a stored item with one of these keys and its default title is shown translated. */
export type DefaultCountdownKey = (typeof DEFAULT_COUNTDOWN_ITEMS)[number]['key'];

export const DEFAULT_COUNTDOWN_TEMPLATE: readonly CountdownItem[] = DEFAULT_COUNTDOWN_ITEMS;

/**
 * Life domains the default template used before they were corrected (key -> old domain). A stored template item
 * that still equals its old default in every field was never touched by the coordinator, so it takes the corrected
 * domain; an item the coordinator edited keeps what they chose.
 */
const CORRECTED_DEFAULT_DOMAINS: Readonly<Record<string, string | null>> = { id: 'justitie', eerste_afspraak: null };

export function correctUntouchedDefaultDomains(template: readonly CountdownItem[], activeDomainKeys: readonly string[]): CountdownItem[] {
  return template.map((item) => {
    if (!(item.key in CORRECTED_DEFAULT_DOMAINS)) return item;
    const def = DEFAULT_COUNTDOWN_TEMPLATE.find((d) => d.key === item.key);
    if (!def || !def.domainKey || !activeDomainKeys.includes(def.domainKey)) return item;
    const untouched =
      item.domainKey === CORRECTED_DEFAULT_DOMAINS[item.key] &&
      item.title === def.title &&
      item.offsetDays === def.offsetDays &&
      item.asap === def.asap &&
      item.basisKey === def.basisKey &&
      item.partnerType === def.partnerType;
    return untouched ? { ...item, domainKey: def.domainKey } : item;
  });
}

export const countdownItemSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_]+$/, msg('onlyLowerCaseLettersDigits')),
  title: requiredText(200, msg('enterDescription')),
  offsetDays: z.number().int().min(-365, msg('mostOneYearBeforeRelease')).max(90, msg('most90DaysAfterRelease')),
  asap: z.boolean().default(false),
  basisKey: z.enum(BASIS_KEYS).nullable().default(null),
  domainKey: z.string().max(60).nullable().default(null),
  partnerType: z.enum(PARTNER_TYPE_KEYS).nullable().default(null),
});

export const countdownTemplateSchema = z
  .array(countdownItemSchema)
  .max(60)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((it, i) => {
      if (seen.has(it.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: msg('keyAlreadyUsed') });
      seen.add(it.key);
    });
  });

export interface CountdownProposal {
  templateKey: string;
  title: string;
  deadline: string;
  /** The ideal date (release + offset) lies before today: propose today and say it is late. */
  late: boolean;
  basisKey: BasisKey | null;
  domainKey: string | null;
  partnerType: PartnerType | null;
}

/** The ideal date of one template item for a release date, before clamping to today. */
export function idealDeadline(item: Pick<CountdownItem, 'offsetDays'>, releaseDate: string): string {
  return addDaysIso(releaseDate, item.offsetDays);
}

/** A past ideal date becomes today: the work is late but still has to happen. */
function proposedDeadline(item: CountdownItem, releaseDate: string, today: string): { deadline: string; late: boolean } {
  const ideal = idealDeadline(item, releaseDate);
  const late = daysBetween(today, ideal) < 0;
  return { deadline: late ? today : ideal, late };
}

/**
 * Dated proposals for a release date, skipping template items already taken up in the plan (by key,
 * whatever their status) and items whose basisvoorwaarde is already in order or not applicable.
 */
export function proposeCountdown(
  template: readonly CountdownItem[],
  releaseDate: string,
  today: string,
  opts: { takenKeys?: readonly string[]; basis?: readonly BasisStatus[] } = {},
): CountdownProposal[] {
  const taken = new Set(opts.takenKeys ?? []);
  const notInOrder = new Set(basisNotInOrder(opts.basis ?? []).map((b) => b.key));
  return template
    .filter((it) => !taken.has(it.key))
    .filter((it) => it.basisKey === null || notInOrder.has(it.basisKey))
    .map((it) => {
      const { deadline, late } = proposedDeadline(it, releaseDate, today);
      return { templateKey: it.key, title: it.title, deadline, late, basisKey: it.basisKey, domainKey: it.domainKey, partnerType: it.partnerType };
    })
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}

/** "nog 12 dagen tot vrijlating", "vandaag vrijlating", "3 dagen na vrijlating". */
export function countdownText(releaseDate: string | null, today: string): string {
  if (!releaseDate) return 'geen verwachte vrijlatingsdatum';
  const n = daysBetween(today, releaseDate);
  if (n === 0) return 'vandaag vrijlating';
  if (n === 1) return 'nog 1 dag tot vrijlating';
  if (n > 1) return `nog ${n} dagen tot vrijlating`;
  if (n === -1) return '1 dag na vrijlating';
  return `${-n} dagen na vrijlating`;
}

export interface CountdownAction {
  id: number;
  title: string;
  status: ActionStatus;
  deadline: string | null;
  templateKey: string | null;
}

export interface Redate {
  actionId: number;
  title: string;
  oldDeadline: string;
  newDeadline: string;
}

/**
 * When the release date moves, open template actions move by the same number of days, so a deadline
 * the coordinator adjusted keeps its distance to the release. "Zo vroeg mogelijk" items never move later
 * than they already are (later would only lose time). Finished actions and own actions stay put.
 */
export function redateForRelease(actions: readonly CountdownAction[], template: readonly CountdownItem[], oldRelease: string, newRelease: string): Redate[] {
  const delta = daysBetween(oldRelease, newRelease);
  if (delta === 0) return [];
  const out: Redate[] = [];
  for (const a of actions) {
    if (!a.templateKey || !a.deadline || !isOpenStatus(a.status)) continue;
    const item = template.find((t) => t.key === a.templateKey);
    if (item?.asap && delta > 0) continue;
    out.push({ actionId: a.id, title: a.title, oldDeadline: a.deadline, newDeadline: addDaysIso(a.deadline, delta) });
  }
  return out;
}

/** One line of "nog niet op orde": Dutch label and detail, plus the key and state they were made from (for the UI's language). */
export type NotInOrderItem =
  { kind: 'basis'; key: BasisKey; state: BasisState; label: string; detail: string } | { kind: 'action'; status: ActionStatus; label: string; detail: string };

/**
 * What is not yet in order for release day: basisvoorwaarden not arranged (and not n.v.t.), then open
 * actions due on or before the release date.
 */
export function notYetInOrder(
  basis: readonly BasisStatus[],
  actions: readonly { title: string; status: ActionStatus; deadline: string | null }[],
  releaseDate: string | null,
): NotInOrderItem[] {
  const items: NotInOrderItem[] = basisNotInOrder(basis).map((b) => ({
    kind: 'basis',
    key: b.key,
    state: b.state,
    label: basisDef(b.key).label,
    detail: b.state === 'onbekend' ? 'nog onbekend' : b.state === 'in_gang' ? 'in gang' : 'niet geregeld',
  }));
  for (const a of actions) {
    if (!isOpenStatus(a.status)) continue;
    if (releaseDate && a.deadline && a.deadline > releaseDate) continue;
    items.push({ kind: 'action', status: a.status, label: a.title, detail: a.status === 'bezig' ? 'bezig' : 'open' });
  }
  return items;
}
