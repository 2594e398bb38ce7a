import { daysBetween } from '../../../common/calendar';
import { ACTION_STATUS_LABELS, UNASSIGNED_LABEL, dueText, type ActionStatus } from '../../../common/plan/actions';
import { BASIS_STATE_INFO, basisDef, type BasisKey, type BasisState } from '../../../common/plan/basisvoorwaarden';
import {
  DEFAULT_COUNTDOWN_TEMPLATE,
  countdownText,
  type CountdownProposal,
  type DefaultCountdownKey,
  type NotInOrderItem,
} from '../../../common/plan/countdown';
import { DEFAULT_LIFE_DOMAINS, SCORE_LABELS, type DefaultDomainKey, type LifeDomain, type Score } from '../../../common/plan/domains';
import { partnerTypeLabel as partnerTypeLabelNl, type PartnerType } from '../../../common/plan/partners';
import type { GoalStatus } from '../../../common/plan/types';
import { CONTACT_ROLE_LABELS, LEGAL_BASIS_LABELS, type ContactRole, type LegalBasis } from '../../../common/dossiers/schema';
import { CLOSING_REASON_LABELS, STATUS_LABELS, type ClosingReason, type DossierStatus } from '../../../common/dossiers/status';
import type { OverviewRow } from '../../../common/dossiers/types';
import { ATTACHMENT_TYPES, type AttachmentKind } from '../../../common/exchange/attachment-type';
import { provisionKindLabel as provisionKindLabelNl, type ProvisionKind } from '../../../common/exchange/provision-kinds';
import { HANDOVER_PLACEHOLDERS, type HandoverPlaceholder } from '../../../common/documents/letter-placeholders';
import { formatLongDateNl } from '../../../common/dates';
import { AANHEF_LABELS, type Aanhef } from '../../../common/people/names';
import { currentLanguage } from './index';
import { COST_CATEGORY_LABELS, type CostCategory } from '../../../common/costs/categories';
import {
  ATTEMPT_CHANNEL_LABELS,
  ATTEMPT_RESULT_LABELS,
  FIRST_CONTACT_HOW_LABELS,
  RECLASSERING_CONTACT_LABELS,
  WORK_STATE_LABELS,
  type AttemptChannel,
  type AttemptResult,
  type FirstContactHow,
  type MomentUnit,
  type ReclasseringContact,
  type WorkState,
} from '../../../common/aftercare/rules';

/**
 * Labels that live as data in common/ (statuses, reasons, roles, the default catalogues) in the UI's
 * language. The lookup goes by the enum value, never by the Dutch text: Dutch comes from common as it is,
 * English from the records below, typed on the enum so a new value without English fails the typecheck.
 * The renderer reads these labels only through this module (a unit test keeps it that way). Documents,
 * CSV files and register entries stay Dutch by design and keep reading common directly.
 */

type Labels<K extends string | number> = Readonly<Record<K, string>>;

/** A label function over an enum: the Dutch table from common, the English one from here; an unknown value is shown as it is. */
function inLanguage<K extends string | number>(nl: Labels<K>, en: Labels<K>): (value: K) => string {
  return (value) => (currentLanguage() === 'en' ? en : nl)[value] ?? String(value);
}

function recordOf<K extends string>(keys: readonly K[], label: (k: K) => string): Labels<K> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}

// --- Dossiers -------------------------------------------------------------------------------------

const STATUS_LABELS_EN: Labels<DossierStatus> = {
  melding: 'Notice received',
  detentie: 'In detention',
  vrijlating_nadert: 'Release approaching',
  nazorg: 'Aftercare',
  afgesloten: 'Closed',
};
export const statusLabel = inLanguage(STATUS_LABELS, STATUS_LABELS_EN);

const CLOSING_REASON_LABELS_EN: Labels<ClosingReason> = {
  doel_bereikt: 'Goal achieved',
  verhuisd: 'Moved to another municipality',
  overleden: 'Deceased',
  weigert_medewerking: 'Refuses to cooperate',
  opnieuw_gedetineerd: 'Detained again',
  geen_contact: 'Not reachable (contact no longer possible)',
  anders: 'Other reason (explanation required)',
};
export const closingReasonLabel = inLanguage(CLOSING_REASON_LABELS, CLOSING_REASON_LABELS_EN);

const CONTACT_ROLE_LABELS_EN: Labels<ContactRole> = {
  casemanager: 'PI case manager',
  reclassering: 'Probation service',
  wijkteam: 'Neighbourhood team / social team',
  hulpverlener: 'Care worker',
  naaste: 'Relative or friend',
  overig: 'Other',
};
export const contactRoleLabel = inLanguage(CONTACT_ROLE_LABELS, CONTACT_ROLE_LABELS_EN);

const AANHEF_LABELS_EN: Labels<Aanhef> = { onbekend: 'Unknown (neutral)', heer: 'Mr', mevrouw: 'Ms' };
export const aanhefLabel = inLanguage(AANHEF_LABELS, AANHEF_LABELS_EN);

const LEGAL_BASIS_LABELS_EN: Labels<LegalBasis> = {
  toestemming: "The client's consent",
  wettelijke_taak: 'Statutory task of the municipality',
  pbw_18a: 'Art. 18a/18b Penitentiary Principles Act',
  overig: 'Other legal basis (see note)',
};
export const legalBasisLabel = inLanguage(LEGAL_BASIS_LABELS, LEGAL_BASIS_LABELS_EN);

// --- Plan -----------------------------------------------------------------------------------------

const ACTION_STATUS_LABELS_EN: Labels<ActionStatus> = {
  open: 'open',
  bezig: 'in progress',
  gedaan: 'done',
  vervallen: 'dropped',
};
export const actionStatusLabel = inLanguage(ACTION_STATUS_LABELS, ACTION_STATUS_LABELS_EN);

/** Goals show their stored status word in Dutch (there is no label table in common). */
const GOAL_STATUS_LABELS: Labels<GoalStatus> = { open: 'open', bereikt: 'bereikt', vervallen: 'vervallen' };
const GOAL_STATUS_LABELS_EN: Labels<GoalStatus> = { open: 'open', bereikt: 'achieved', vervallen: 'dropped' };
export const goalStatusLabel = inLanguage(GOAL_STATUS_LABELS, GOAL_STATUS_LABELS_EN);

/** "niet toegewezen": an action (or a reminder group) without a partner. */
export function unassignedLabel(): string {
  return currentLanguage() === 'en' ? 'unassigned' : UNASSIGNED_LABEL;
}

interface BasisTexts {
  label: string;
  short: string;
  inOrder: string;
}
const BASIS_EN: Readonly<Record<BasisKey, BasisTexts>> = {
  id: { label: 'Identity document', short: 'ID', inOrder: 'A valid identity card or passport in hand.' },
  housing: { label: 'Shelter', short: 'Shlt', inOrder: 'A place to sleep from day one, housing for the longer term arranged.' },
  income: { label: 'Work and income', short: 'Inc', inOrder: 'Work, or a benefit applied for.' },
  debts: { label: 'Debts', short: 'Debt', inOrder: 'Debts mapped, debt counselling started where needed.' },
  care: { label: 'Care', short: 'Care', inOrder: 'Health insurance active, care (mental health, addiction, medication) continued.' },
  network: { label: 'Social network', short: 'Net', inOrder: 'Family, partner or relatives known and involved where possible.' },
  bank: { label: 'Bank account', short: 'Bank', inOrder: 'A bank account available before release.' },
  daytime: { label: 'Daytime activities', short: 'Day', inOrder: 'Work, education or other daytime activities agreed.' },
};
function basisText(part: keyof BasisTexts): (key: BasisKey) => string {
  return (key) => (currentLanguage() === 'en' ? BASIS_EN[key][part] : basisDef(key)[part]);
}
/** A basisvoorwaarde's name ("Onderdak"). */
export const basisLabel = basisText('label');
/** Its short form under the traffic light ("Ond"). */
export const basisShortLabel = basisText('short');
/** What "op orde" means at release, shown as help text. */
export const basisInOrderText = basisText('inOrder');

const BASIS_STATE_LABELS_EN: Labels<BasisState> = {
  onbekend: 'unknown',
  niet_geregeld: 'not arranged',
  in_gang: 'under way',
  geregeld: 'arranged',
  nvt: 'n/a',
};
export const basisStateLabel = inLanguage(
  recordOf(Object.keys(BASIS_STATE_INFO) as BasisState[], (s) => BASIS_STATE_INFO[s].label),
  BASIS_STATE_LABELS_EN,
);

/** A line of "nog niet op orde": Dutch as the main side made it, English from its key and state. */
export function notInOrderText(item: NotInOrderItem): { label: string; detail: string } {
  if (currentLanguage() !== 'en') return { label: item.label, detail: item.detail };
  if (item.kind === 'action') return { label: item.label, detail: actionStatusLabel(item.status) };
  return { label: basisLabel(item.key), detail: item.state === 'onbekend' ? 'still unknown' : basisStateLabel(item.state) };
}

const SCORE_LABELS_EN: Labels<Score> = {
  1: 'acute problems',
  2: 'not self-sufficient',
  3: 'limited self-sufficiency',
  4: 'adequate self-sufficiency',
  5: 'complete self-sufficiency',
};
const scoreLabelOf = inLanguage(SCORE_LABELS, SCORE_LABELS_EN);
/** The scale word of a score 1–5. */
export function scoreLabel(score: number): string {
  return scoreLabelOf(score as Score);
}

const PARTNER_TYPE_LABELS_EN: Labels<PartnerType> = {
  pi: 'PI (penitentiary institution)',
  reclassering: 'Probation service (3RO)',
  wijkteam: 'Neighbourhood team / social team',
  werk_inkomen: 'Work & Income',
  uwv: 'UWV',
  schuldhulp: 'Debt counselling',
  woningcorporatie: 'Housing association',
  maatschappelijke_opvang: 'Shelter services',
  ggz_verslavingszorg: 'Mental health / addiction care',
  zorgverzekeraar: 'Health insurer',
  zvh: 'Care and Safety House (ZVH)',
  politie: 'Police',
  vrijwilligers: 'Volunteer organisation',
  jobcoach: 'Job coach / re-integration agency',
  gemeente: 'Municipality (other department)',
  naasten: "The client's relatives and friends",
  overig: 'Other',
};
/** The kind of a partner in the register; a stored kind that is no longer known is shown as it is. */
export function partnerTypeLabel(type: string): string {
  return currentLanguage() === 'en' ? (PARTNER_TYPE_LABELS_EN[type as PartnerType] ?? type) : partnerTypeLabelNl(type);
}

// --- Configurable catalogues: only default entries the coordinator left as they were are translated ---

const DEFAULT_DOMAIN_LABELS_EN: Labels<DefaultDomainKey> = {
  financien: 'Finances',
  werk_opleiding: 'Work & Education',
  tijdsbesteding: 'Time use',
  huisvesting: 'Housing',
  huiselijke_relaties: 'Domestic relations',
  geestelijke_gezondheid: 'Mental health',
  lichamelijke_gezondheid: 'Physical health',
  middelengebruik: 'Substance use',
  basale_adl: 'Basic ADL',
  instrumentele_adl: 'Instrumental ADL',
  sociaal_netwerk: 'Social network',
  maatschappelijke_participatie: 'Community participation',
  justitie: 'Justice',
};

/**
 * English for a stored entry of a default catalogue, only while its text is still the default Dutch one
 * for that key; a renamed, added or unknown entry is the coordinator's own text and shown as typed.
 */
function defaultEntryInEnglish<K extends string>(dutch: ReadonlyMap<string, string>, en: Labels<K>) {
  return (key: string, stored: string): string => {
    if (currentLanguage() !== 'en' || dutch.get(key) !== stored) return stored;
    return en[key as K] ?? stored;
  };
}

const domainInEnglish = defaultEntryInEnglish(new Map(DEFAULT_LIFE_DOMAINS.map((d) => [d.key, d.label])), DEFAULT_DOMAIN_LABELS_EN);

/** A life domain of the coordinator's catalogue: a default one in the UI's language, a renamed or own one as typed. */
export function lifeDomainLabel(domain: Pick<LifeDomain, 'key' | 'label'>): string {
  return domainInEnglish(domain.key, domain.label);
}

/** The label for a stored domain key, also for keys no longer in the catalogue (shown as the key). */
export function lifeDomainLabelByKey(catalogue: readonly LifeDomain[], key: string): string {
  const d = catalogue.find((x) => x.key === key);
  return d ? lifeDomainLabel(d) : key;
}

const DEFAULT_COUNTDOWN_TITLES_EN: Labels<DefaultCountdownKey> = {
  uitkering: 'Apply for a benefit (decision within 8 weeks, advance within 4 weeks)',
  schulden: 'Map the debts, apply for debt counselling where needed',
  huisvesting: 'Arrange housing for the longer term',
  zorgverzekering: 'Make sure health insurance is active before release',
  zorg_continuiteit: 'Agree care and medication after release (mental health, addiction)',
  bankrekening: 'Open or reopen a bank account',
  id: 'Apply for an identity document (about 1 week to deliver)',
  dagbesteding: 'Agree daytime activities or work after release',
  slaapplek: 'A place to sleep arranged from day one',
  netwerk: 'Involve relatives and friends in the return',
  eerste_afspraak: 'First appointment within 48 hours of release',
};

const countdownInEnglish = defaultEntryInEnglish(new Map(DEFAULT_COUNTDOWN_TEMPLATE.map((t) => [t.key, t.title])), DEFAULT_COUNTDOWN_TITLES_EN);

/** The title a countdown proposal starts with: a default item in the UI's language, the coordinator's own text otherwise. */
export function proposalTitle(p: Pick<CountdownProposal, 'templateKey' | 'title'>): string {
  return countdownInEnglish(p.templateKey, p.title);
}

// --- Phrases made from dates (the main side sends the Dutch one) ------------------------------------

/** "nog 12 dagen tot vrijlating" and the like. */
export function countdownLabel(releaseDate: string | null, today: string): string {
  if (currentLanguage() !== 'en') return countdownText(releaseDate, today);
  if (!releaseDate) return 'no expected release date';
  const n = daysBetween(today, releaseDate);
  if (n === 0) return 'release today';
  if (n === 1) return '1 day to release';
  if (n > 1) return `${n} days to release`;
  if (n === -1) return '1 day after release';
  return `${-n} days after release`;
}

/** "3 dagen te laat", "vandaag", "over 5 dagen". */
export function dueLabel(deadline: string | null, today: string): string {
  if (currentLanguage() !== 'en') return dueText(deadline, today);
  if (!deadline) return 'no deadline';
  const d = daysBetween(today, deadline);
  if (d === 0) return 'today';
  if (d === -1) return '1 day overdue';
  if (d < 0) return `${-d} days overdue`;
  if (d === 1) return 'tomorrow';
  return `in ${d} days`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A row of the yearly overview ("Januari 2026", "K1 2026", "Totaal 2026"), in English from its first day. */
export function overviewPeriodLabel(row: Pick<OverviewRow, 'period' | 'from'>, kind: 'month' | 'quarter' | 'total'): string {
  if (currentLanguage() !== 'en') return row.period;
  const year = row.from.slice(0, 4);
  const month = Number(row.from.slice(5, 7));
  if (kind === 'total') return `Total ${year}`;
  if (kind === 'quarter') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return `${MONTHS_EN[month - 1] ?? row.period} ${year}`;
}

/** A date written out (Vandaag's heading): "1 december 2026" in Dutch, "1 December 2026" in English. */
export function longDateLabel(iso: string): string {
  const nl = formatLongDateNl(iso);
  if (currentLanguage() !== 'en' || !nl) return nl;
  return `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

// --- Register of provisions ----------------------------------------------------------------------

const PROVISION_KIND_LABELS_EN: Labels<ProvisionKind> = {
  'export.nazorg': 'Exchange file sent',
  'import.nazorg': 'Exchange file imported',
  'csv.dossiers': 'Case list (CSV)',
  'csv.acties-partner': 'Actions per partner (CSV)',
  'csv.acties-overleg': 'Actions of a meeting (CSV)',
  'csv.verstrekkingenregister': 'Register of provisions (CSV)',
  'ics.acties': 'Deadlines (calendar)',
  'ics.overleggen': 'Meetings (calendar)',
  'pdf.inzage': 'Subject access request (PDF)',
  'pdf.vrijlatingsblad': 'Release sheet for the client (PDF)',
  'bijlage.opgeslagen': 'Attachment saved',
  'csv.overzicht': 'Aftercare overview (CSV)',
  'csv.logboek': 'Audit log (CSV)',
  'xlsx.dossiers': 'Case list (Excel)',
  'xlsx.acties-partner': 'Actions per partner (Excel)',
  'xlsx.acties-overleg': 'Actions of a meeting (Excel)',
  'xlsx.verstrekkingenregister': 'Register of provisions (Excel)',
  'xlsx.overzicht': 'Aftercare overview (Excel)',
  'xlsx.logboek': 'Audit log (Excel)',
  'pdf.resultaten': 'Results report (PDF, no personal data)',
  'csv.resultaten': 'Results figures (CSV, no personal data)',
  'pdf.bijdrageregeling': 'Contribution scheme figures, housing and work (PDF, no personal data)',
  'csv.bijdrageregeling': 'Contribution scheme figures, housing and work (CSV, no personal data)',
  vernietiging: 'Destruction after retention period',
};
/** A register kind; kinds other areas record (pdf.actieplan) read as the register prints them. */
export function provisionKindLabel(kind: string): string {
  if (currentLanguage() === 'en' && Object.hasOwn(PROVISION_KIND_LABELS_EN, kind)) return PROVISION_KIND_LABELS_EN[kind as ProvisionKind];
  return provisionKindLabelNl(kind);
}

// --- Attachments and letters ------------------------------------------------------------------------

const ATTACHMENT_TYPE_LABELS_EN: Labels<AttachmentKind> = {
  pdf: 'PDF',
  png: 'PNG image',
  jpeg: 'JPEG photo',
  docx: 'Word document',
  odt: 'OpenDocument text',
};
export const attachmentTypeLabel = inLanguage(
  recordOf(Object.keys(ATTACHMENT_TYPES) as AttachmentKind[], (k) => ATTACHMENT_TYPES[k].label),
  ATTACHMENT_TYPE_LABELS_EN,
);

/** Help for the letter placeholders; the placeholders themselves stay Dutch, like the letters. */
const PLACEHOLDER_HELP_EN: Labels<HandoverPlaceholder> = {
  aanhef: "the letter's salutation: personal (Ms or Mr and the surname) when the attention line starts with a form of address, otherwise neutral",
  'client.naam': "the client's name as a letter writes it: form of address, initials and surname when the form of address is known, otherwise the full name",
  'client.voornamen': "the client's first names",
  'client.achternaam': 'surname (with prefix)',
  'client.geboortedatum': 'date of birth (dd-mm-yyyy)',
  'client.bsn': 'citizen service number',
  'client.dossiernummer': 'case file number',
  'detentie.instelling': 'penitentiary institution',
  vrijlatingsdatum: '(expected) release date',
  basisvoorwaarden: 'list: state of the basic conditions',
  openActies: 'list: open actions per partner carrying them out, with deadline; actions without a partner apart as not yet placed',
  contacten: 'list: contact persons involved',
  'ontvanger.organisatie': "the addressee's organisation",
  'ontvanger.naam': "the addressee's name",
  'coordinator.naam': "the coordinator's name",
  'coordinator.telefoon': "the coordinator's phone",
  'coordinator.email': "the coordinator's e-mail",
  'gemeente.naam': 'name of the municipality',
  datum: 'date of the letter',
};
export const placeholderHelp = inLanguage<HandoverPlaceholder>(HANDOVER_PLACEHOLDERS, PLACEHOLDER_HELP_EN);

// --- After release --------------------------------------------------------------------------------

export const firstContactHowLabel = inLanguage<FirstContactHow>(FIRST_CONTACT_HOW_LABELS, {
  persoonlijk: 'In person',
  telefoon: 'By phone',
  poort: 'At the gate of the prison',
});

export const workStateLabel = inLanguage<WorkState>(WORK_STATE_LABELS, {
  zelfde: 'Still the same work or daytime activity',
  anders: 'Different work or daytime activity',
  geen: 'No work or daytime activity',
  onbekend: 'Unknown',
});

export const reclasseringContactLabel = inLanguage<ReclasseringContact>(RECLASSERING_CONTACT_LABELS, {
  ja: 'Yes, there is contact with the probation service',
  nee: 'No contact with the probation service',
  nvt: 'Not applicable (no supervision)',
  onbekend: 'Unknown',
});

export const attemptChannelLabel = inLanguage<AttemptChannel>(ATTEMPT_CHANNEL_LABELS, {
  telefoon: 'Phone',
  sms: 'Text message or WhatsApp',
  email: 'E-mail',
  huisbezoek: 'Home visit',
  brief: 'Letter',
  via_partner: 'Through a partner or relative',
});

export const attemptResultLabel = inLanguage<AttemptResult>(ATTEMPT_RESULT_LABELS, {
  bereikt: 'Reached',
  geen_gehoor: 'No answer',
  bericht_achtergelaten: 'Message left, no reply',
  niet_thuis: 'Not at home',
  onjuist_adres_of_nummer: 'Wrong address or number',
});

const MOMENT_UNITS_EN: Labels<MomentUnit> = { dagen: 'days', weken: 'weeks', maanden: 'months' };
const MOMENT_UNIT_EN_ONE: Labels<MomentUnit> = { dagen: 'day', weken: 'week', maanden: 'month' };
export const momentUnitLabel = inLanguage<MomentUnit>({ dagen: 'dagen', weken: 'weken', maanden: 'maanden' }, MOMENT_UNITS_EN);

/** "3 maanden na vrijlating" / "3 months after release", from the moment's stable key ('3-maanden'). */
export function followupMomentLabel(key: string, storedLabel: string): string {
  if (currentLanguage() !== 'en') return storedLabel;
  const [amount, unit] = key.split('-') as [string, MomentUnit];
  if (!(unit in MOMENT_UNITS_EN)) return storedLabel;
  return `${amount} ${amount === '1' ? MOMENT_UNIT_EN_ONE[unit] : MOMENT_UNITS_EN[unit]} after release`;
}

export const costCategoryLabel = inLanguage<CostCategory>(COST_CATEGORY_LABELS, {
  pasfoto: 'Passport photos',
  leges_id: 'ID document fees',
  voorschot: 'Advance or emergency cash',
  bijzondere_bijstand: 'Special assistance',
  overig: 'Other costs',
});
