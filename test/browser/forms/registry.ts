import type { Locator, Page } from 'playwright-core';
import { contract, type MethodName } from '../../../common/api/contract.js';
import { formatDateNl } from '../../../common/dates.js';
import { localTodayIso } from '../../../common/calendar.js';
import { addDaysIso } from '../../../common/calendar.js';
import { seededRandom, syntheticBsn } from '../../../db/demo/synthetic.js';

/**
 * Every write method of the API contract, mapped to the form a coordinator uses for it or to an explicit exemption.
 * test/unit/form-registry.test.ts fails when a write method is in neither list, so a new form cannot be forgotten;
 * test/browser/forms.test.ts walks every form spec through the screens.
 *
 * Which methods write: all methods except those that only ask or show. A method reads when it is `passive` or when
 * the verb after its area (the part after the last dot) is one of READ_VERBS, or starts with one of READ_PREFIXES
 * followed by a capital (previewImport, proposePassphrase, availableWhileLocked). Everything else counts as a write,
 * also the exports and documents: they write the register of provisions and hand personal data out.
 */
export const READ_VERBS = [
  'get',
  'list',
  'status',
  'search',
  'history',
  'dashboard',
  'overview',
  'figures',
  'badges',
  'rappel',
  'config',
  'proposals',
  'events',
  'today',
] as const;
export const READ_PREFIXES = ['preview', 'propose', 'available'] as const;

export function isWriteMethod(name: MethodName): boolean {
  if (contract[name].passive) return false;
  const verb = name.slice(name.lastIndexOf('.') + 1);
  if ((READ_VERBS as readonly string[]).includes(verb)) return false;
  return !READ_PREFIXES.some((p) => verb.startsWith(p) && /^[A-Z]/.test(verb.slice(p.length)));
}

export const writeMethods = (): MethodName[] => (Object.keys(contract) as MethodName[]).filter(isWriteMethod);

/** One field of a form, found by its Dutch label. */
export interface FieldSpec {
  /** The label as the screen shows it (a trailing " *" of a required field is allowed). */
  label: string;
  /** 'text' (also the dd-mm-jjjj date fields: typed) or 'select' (a drop-down: the option is clicked by its name). */
  kind?: 'text' | 'select';
  /** A valid value: typed, or the option's name. */
  valid: string;
  /** What the screen shows of the saved value when the form lists it as text (forms whose fields empty after saving). */
  shown?: string;
  /** With findBack 'fields' after `reopen`: the dossier tab the field is on. */
  tab?: string;
  /** Values the form must refuse on this field, with the Dutch message the field then carries. */
  invalid: { value: string; message: string }[];
  /** Only for a drop-down whose every choice is valid: why it has no invalid value. */
  everyChoiceValid?: string;
}

export interface FormSpec {
  /** The form in words, for the test report. */
  name: string;
  /** The contract methods the form saves through. */
  methods: MethodName[];
  /** Opens the form through clicks, from any screen of the unlocked app. */
  open: (page: Page) => Promise<void>;
  /** Where the fields are (a dialog, a section); the whole page when absent. */
  scope?: (page: Page) => Locator;
  /** The name of the button that saves, or the key that saves from the field (quick entry: Enter; on leaving: Tab). */
  submit: string | { key: 'Enter' | 'Tab' };
  /**
   * How the saved values are found back after a reload and reopening: 'fields' — the form shows them in its fields
   * (edit forms); 'text' — the form empties and the screen lists what was saved (each field's `shown` ?? `valid`).
   */
  findBack: 'fields' | 'text';
  /** How to reach the saved values after the reload when that is not `open` (a new dossier is read back in its tabs). */
  reopen?: (page: Page) => Promise<void>;
  fields: FieldSpec[];
}

export interface Exemption {
  /** Why this method has no form spec here. */
  reason: string;
  /** The browser test that drives it through the screens instead, and a text that test clicks or reads. */
  coveredBy?: { file: string; contains: string };
}

/** Where the meeting with the fixture dossier on its agenda takes place; the test creates it (API) too. */
export const FIXTURE_MEETING_PLACE = 'Vergaderzaal Formulierhuis';

/** The dossier the dossier-scoped forms work on; the test creates it (API) before the forms are walked. */
export const FIXTURE = {
  achternaam: 'Formulierink',
  voornamen: 'Fictus',
  geboortedatum: '1985-05-05',
  detentieStart: addDaysIso(localTodayIso(), -60),
  meldingDatum: addDaysIso(localTodayIso(), -50),
  verwachteVrijlating: addDaysIso(localTodayIso(), 90),
} as const;

const today = localTodayIso();
const nl = (iso: string) => formatDateNl(iso);
const tooLong = (n: number) => 'x'.repeat(n + 1);

async function sideBar(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}

/** Dossiers → search by surname → open it → the named tab. */
async function dossierTab(page: Page, tab: string, surname: string = FIXTURE.achternaam): Promise<void> {
  await sideBar(page, 'Dossiers');
  await page.getByLabel('Zoeken op naam, BSN of inrichting').fill(surname);
  await page
    .getByRole('table', { name: 'Dossiers' })
    .getByRole('link', { name: new RegExp(surname) })
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(surname) }).waitFor();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

const agendaItem = (page: Page) => page.getByRole('region', { name: new RegExp(`^1\\. ${FIXTURE.achternaam}`) });
async function openAgendaItem(page: Page): Promise<void> {
  await sideBar(page, 'Overleg');
  await page.getByRole('cell', { name: FIXTURE_MEETING_PLACE }).click();
  await agendaItem(page).waitFor();
}
const region = (name: string) => (page: Page) => page.getByRole('region', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');

const DATE_MESSAGE = 'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.';
const PHONE_MESSAGE = 'Geen geldig telefoonnummer. Gebruik cijfers, spaties, + of -.';
/** The partner register's own rule for phone numbers (common/plan/partners.ts). */
const PARTNER_PHONE_MESSAGE = 'Alleen cijfers, spaties, +, - en haakjes.';
const EMAIL_MESSAGE = 'Geen geldig e-mailadres.';
const max = (n: number) => ({ value: tooLong(n), message: `Maximaal ${n} tekens.` });

export const NEW_DOSSIER = { achternaam: 'Aanmaakink', bsn: syntheticBsn(seededRandom(1818)) } as const;
const NEW_PARTNER = 'Schuldhulp Fictiefdorp';
const NEW_ACTION = 'Afspraak bij de schuldhulp maken';
const NEW_MEETING_PLACE = 'Raadszaal Fictiefdorp';

export const FORM_SPECS: FormSpec[] = [
  {
    name: 'Nieuw dossier',
    methods: ['dossiers.create'],
    open: async (page) => {
      await sideBar(page, 'Dossiers');
      await page.getByRole('button', { name: 'Nieuw dossier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw dossier' }).waitFor();
    },
    submit: 'Dossier aanmaken',
    findBack: 'fields',
    reopen: (page) => dossierTab(page, 'Persoon', NEW_DOSSIER.achternaam),
    fields: [
      { label: 'Achternaam', valid: NEW_DOSSIER.achternaam, invalid: [{ value: '', message: 'Vul de achternaam in.' }, max(200)] },
      { label: 'Voornamen', valid: 'Demo Fictus', invalid: [max(200)] },
      {
        label: 'Geboortedatum (dd-mm-jjjj)',
        valid: '14-07-1990',
        invalid: [
          { value: nl(addDaysIso(today, 2)), message: 'De geboortedatum ligt in de toekomst.' },
          { value: '31-02-1990', message: DATE_MESSAGE },
        ],
      },
      {
        label: 'BSN',
        valid: NEW_DOSSIER.bsn,
        invalid: [
          { value: '123456789', message: 'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.' },
          { value: '12345', message: 'Een BSN bestaat uit 9 cijfers.' },
        ],
      },
      { label: 'Telefoon', valid: '06-12345678', invalid: [{ value: 'bel mij', message: PHONE_MESSAGE }] },
      { label: 'E-mail', valid: 'demo@fictief.example', invalid: [{ value: 'geen-adres', message: EMAIL_MESSAGE }] },
      { label: 'Aanhef in brieven', kind: 'select', valid: 'Mevrouw', invalid: [], everyChoiceValid: 'Elke aanhef mag, ook Onbekend.' },
      { label: 'Inrichting (PI)', tab: 'Detentie', valid: 'PI Fictiefstad', invalid: [max(200)] },
      {
        label: 'Datum melding (dd-mm-jjjj)',
        tab: 'Detentie',
        valid: nl(addDaysIso(today, -10)),
        invalid: [{ value: nl(addDaysIso(today, 3)), message: 'De datum van de melding ligt in de toekomst.' }],
      },
      {
        label: 'Start detentie (dd-mm-jjjj)',
        tab: 'Detentie',
        valid: nl(addDaysIso(today, -20)),
        invalid: [{ value: '01-01-1980', message: 'De detentie kan niet vóór de geboortedatum beginnen.' }],
      },
      {
        label: 'Verwachte vrijlating (dd-mm-jjjj)',
        tab: 'Detentie',
        valid: nl(addDaysIso(today, 120)),
        invalid: [{ value: nl(addDaysIso(today, -30)), message: 'De verwachte vrijlating ligt vóór de start van de detentie.' }],
      },
      { label: 'Veiligheidsaandachtspunten', tab: 'Detentie', valid: 'Niet alleen op huisbezoek.', invalid: [max(4000)] },
    ],
  },
  {
    name: 'Persoon wijzigen',
    methods: ['dossiers.update'],
    open: (page) => dossierTab(page, 'Persoon'),
    submit: 'Opslaan',
    findBack: 'fields',
    fields: [
      { label: 'Roepnaam', valid: 'Fic', invalid: [max(100)] },
      { label: 'Tussenvoegsel', valid: 'van', invalid: [max(40)] },
      { label: 'Adres na vrijlating', valid: 'Voorbeeldstraat 1, Fictiefdorp', invalid: [max(500)] },
      { label: 'Woonplaats', valid: 'Fictiefdorp', invalid: [max(120)] },
      { label: 'E-mail', valid: 'fictus@fictief.example', invalid: [{ value: 'fictus@', message: EMAIL_MESSAGE }] },
    ],
  },
  {
    name: 'Detentie wijzigen',
    methods: ['dossiers.update'],
    open: (page) => dossierTab(page, 'Detentie'),
    submit: 'Opslaan',
    findBack: 'fields',
    fields: [
      {
        label: 'Verwachte vrijlating (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, 95)),
        invalid: [
          { value: nl(addDaysIso(today, -90)), message: 'De verwachte vrijlating ligt vóór de start van de detentie.' },
          { value: '30-02-2027', message: DATE_MESSAGE },
        ],
      },
      {
        label: 'Toezicht door de reclassering',
        kind: 'select',
        valid: 'Ja',
        invalid: [],
        everyChoiceValid: 'Onbekend, ja en nee zijn alle drie juist.',
      },
      { label: 'Juridisch kader (bijzondere voorwaarden, toezicht)', valid: 'Meldplicht bij de reclassering.', invalid: [max(4000)] },
    ],
  },
  {
    name: 'Journaalnotitie',
    methods: ['dossiers.addNote'],
    open: (page) => dossierTab(page, 'Journaal'),
    submit: 'Notitie toevoegen',
    findBack: 'text',
    fields: [
      {
        label: 'Datum (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, -1)),
        invalid: [
          { value: '', message: 'Vul een datum in.' },
          { value: '32-01-2026', message: DATE_MESSAGE },
        ],
      },
      { label: 'Notitie', valid: 'Telefonisch contact met de casemanager.', invalid: [{ value: '', message: 'Schrijf een notitie.' }] },
    ],
  },
  {
    name: 'Kosten toevoegen',
    methods: ['costs.add'],
    open: (page) => dossierTab(page, 'Kosten'),
    submit: 'Kosten toevoegen',
    findBack: 'text',
    fields: [
      {
        label: 'Datum van betaling (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, -2)),
        invalid: [
          { value: '', message: 'Vul een datum in.' },
          { value: '31-04-2026', message: DATE_MESSAGE },
          { value: nl(addDaysIso(today, 1)), message: 'De datum van betaling ligt in de toekomst.' },
        ],
      },
      { label: 'Soort kosten', kind: 'select', valid: "Pasfoto's", invalid: [], everyChoiceValid: 'Elke soort kosten mag.' },
      {
        label: 'Bedrag (€)',
        valid: '12,50',
        shown: '€ 12,50',
        invalid: [
          { value: '', message: 'Vul een bedrag in.' },
          { value: 'twaalf', message: 'Geen geldig bedrag. Typ bijvoorbeeld 12,50.' },
          { value: '0,00', message: 'Het bedrag moet meer dan € 0,00 zijn.' },
          { value: '25.000,01', message: 'Het bedrag is te hoog: maximaal € 25.000,00 per betaling.' },
        ],
      },
      { label: 'Toelichting', valid: 'Twee pasfoto’s voor de ID-kaart.', invalid: [max(500)] },
    ],
  },
  {
    name: 'Betrokkene toevoegen',
    methods: ['dossiers.addContact'],
    open: (page) => dossierTab(page, 'Betrokkenen'),
    submit: 'Betrokkene toevoegen',
    findBack: 'text',
    fields: [
      { label: 'Rol', kind: 'select', valid: 'Naaste', invalid: [], everyChoiceValid: 'Elke rol mag.' },
      { label: 'Naam', valid: 'T. Voorbeeldzus', invalid: [{ value: '', message: 'Vul een naam in.' }, max(200)] },
      { label: 'Relatie (bij naasten)', valid: 'zus', invalid: [max(100)] },
      { label: 'Telefoon', valid: '010-1234567', invalid: [{ value: 'bel mij', message: PHONE_MESSAGE }] },
      { label: 'E-mail', valid: 'zus@fictief.example', invalid: [{ value: 'zus@', message: EMAIL_MESSAGE }] },
      { label: 'Notitie', valid: 'Bereikbaar na 17 uur.', invalid: [max(2000)] },
    ],
  },
  {
    name: 'Toestemming vastleggen',
    methods: ['dossiers.addConsent'],
    open: (page) => dossierTab(page, 'Toestemming'),
    submit: 'Toestemming vastleggen',
    findBack: 'text',
    fields: [
      { label: 'Met wie', valid: 'Woningcorporatie Fictief', invalid: [{ value: '', message: 'Vul in met wie gegevens gedeeld mogen worden.' }] },
      { label: 'Welke gegevens', valid: 'Adres na vrijlating en inkomen', invalid: [{ value: '', message: 'Vul in welke gegevens gedeeld mogen worden.' }] },
      {
        label: 'Grondslag',
        kind: 'select',
        valid: 'Wettelijke taak van de gemeente',
        invalid: [],
        everyChoiceValid: 'Elke grondslag uit de lijst mag.',
      },
      {
        label: 'Datum toestemming (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, -2)),
        invalid: [
          { value: nl(addDaysIso(today, 5)), message: 'Deze datum ligt in de toekomst.' },
          { value: '', message: 'Vul de datum in waarop de toestemming is gegeven.' },
        ],
      },
      { label: 'Toelichting', valid: 'Mondeling gegeven in de PI.', invalid: [max(2000)] },
    ],
  },
  {
    name: 'Toestemming intrekken',
    methods: ['dossiers.withdrawConsent'],
    // Works on the consent the spec above saved.
    open: (page) => dossierTab(page, 'Toestemming'),
    submit: 'Intrekken',
    findBack: 'text',
    fields: [
      {
        label: 'Datum intrekking (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, -1)),
        shown: `Ingetrokken op ${nl(addDaysIso(today, -1))}`,
        invalid: [
          { value: '', message: 'Vul de datum van intrekking in.' },
          { value: '31-09-2026', message: DATE_MESSAGE },
        ],
      },
    ],
  },
  {
    name: 'Score leefgebied',
    methods: ['plans.addScore'],
    open: async (page) => {
      await dossierTab(page, 'Plan');
      await region('Leefgebieden')(page).waitFor();
    },
    scope: region('Leefgebieden'),
    submit: 'Score toevoegen',
    findBack: 'text',
    fields: [
      { label: 'Leefgebied', kind: 'select', valid: 'Huisvesting', invalid: [], everyChoiceValid: 'Alleen leefgebieden in gebruik staan in de lijst.' },
      {
        label: 'Score (1–5)',
        kind: 'select',
        valid: '4 — voldoende zelfredzaam',
        shown: '4 — voldoende zelfredzaam',
        invalid: [],
        everyChoiceValid: 'Alleen 1 tot en met 5 staan in de lijst.',
      },
      {
        label: 'Datum (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, -1)),
        invalid: [{ value: '31-04-2026', message: DATE_MESSAGE }],
      },
      { label: 'Toelichting', valid: 'Kamer bij de opvang toegezegd.', invalid: [max(500)] },
    ],
  },
  {
    name: 'Doel toevoegen',
    methods: ['plans.addGoal'],
    open: async (page) => {
      await dossierTab(page, 'Plan');
      await region('Doelen')(page).waitFor();
    },
    scope: region('Doelen'),
    submit: 'Doel toevoegen',
    findBack: 'text',
    fields: [
      { label: 'Doel', valid: 'Een eigen kamer binnen drie maanden', invalid: [max(500)] },
      { label: 'Leefgebied', kind: 'select', valid: 'Financiën', invalid: [], everyChoiceValid: 'Geen leefgebied of een leefgebied uit de lijst.' },
    ],
  },
  {
    name: 'Actie toevoegen',
    methods: ['plans.addAction', 'plans.updateAction'],
    open: async (page) => {
      await dossierTab(page, 'Plan');
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await dialog(page).waitFor();
    },
    scope: dialog,
    submit: 'Opslaan',
    findBack: 'fields',
    reopen: async (page) => {
      await dossierTab(page, 'Plan');
      await page.getByRole('button', { name: `Wijzigen: ${NEW_ACTION}` }).click();
      await dialog(page).waitFor();
    },
    fields: [
      { label: 'Wat', valid: NEW_ACTION, invalid: [{ value: '', message: 'Beschrijf de actie.' }, max(300)] },
      { label: 'Leefgebied', kind: 'select', valid: 'Financiën', invalid: [], everyChoiceValid: 'Geen leefgebied of een leefgebied uit de lijst.' },
      {
        label: 'Wie (organisatie)',
        kind: 'select',
        valid: 'Reclassering Nederland',
        invalid: [],
        everyChoiceValid: 'Alleen partners uit het register staan in de lijst.',
      },
      {
        label: 'Deadline (dd-mm-jjjj)',
        valid: nl(addDaysIso(today, 14)),
        invalid: [{ value: '29-02-2027', message: DATE_MESSAGE }],
      },
      {
        label: 'Tijd van de afspraak (uu:mm)',
        valid: '10:30',
        invalid: [{ value: '25:70', message: 'Geen geldige tijd. Gebruik uu:mm, bijvoorbeeld 09:30.' }],
      },
      { label: 'Plaats van de afspraak', valid: 'Wijkteam Fictiefstad', invalid: [max(200)] },
    ],
  },
  {
    name: 'Partner toevoegen',
    methods: ['partners.create', 'partners.update'],
    open: async (page) => {
      await sideBar(page, 'Partners');
      await page.getByRole('button', { name: 'Partner toevoegen' }).click();
      await dialog(page).waitFor();
    },
    scope: dialog,
    submit: 'Opslaan',
    findBack: 'fields',
    reopen: async (page) => {
      await sideBar(page, 'Partners');
      await page.getByRole('link', { name: NEW_PARTNER }).click();
      await page.getByRole('heading', { level: 1, name: NEW_PARTNER }).waitFor();
      await page.getByRole('button', { name: 'Wijzigen', exact: true }).click();
      await dialog(page).waitFor();
    },
    fields: [
      { label: 'Soort', kind: 'select', valid: 'Schuldhulpverlening', invalid: [], everyChoiceValid: 'Elke soort uit de lijst mag.' },
      { label: 'Organisatie', valid: NEW_PARTNER, invalid: [{ value: '', message: 'Vul de naam van de organisatie in.' }, max(200)] },
      { label: 'E-mail', valid: 'schuldhulp@fictief.example', invalid: [{ value: 'schuldhulp@', message: EMAIL_MESSAGE }] },
      { label: 'Telefoon', valid: '010-7654321', invalid: [{ value: 'geen nummer', message: PARTNER_PHONE_MESSAGE }] },
      { label: 'Notitie', valid: 'Spreekuur op dinsdag.', invalid: [max(1000)] },
    ],
  },
  {
    name: 'Contactpersoon bij een partner',
    methods: ['partners.addContact'],
    open: async (page) => {
      await sideBar(page, 'Partners');
      await page.getByRole('link', { name: 'Reclassering Nederland' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reclassering Nederland' }).waitFor();
    },
    submit: 'Contactpersoon toevoegen',
    findBack: 'text',
    fields: [
      { label: 'Naam', valid: 'C. Casusregisseur', invalid: [{ value: '', message: 'Vul de naam van de contactpersoon in.' }, max(200)] },
      { label: 'Functie', valid: 'toezichthouder', invalid: [max(100)] },
      { label: 'E-mail', valid: 'casus@fictief.example', invalid: [{ value: 'casus@', message: EMAIL_MESSAGE }] },
      { label: 'Telefoon', valid: '030-1234567', invalid: [{ value: 'niet bellen', message: PARTNER_PHONE_MESSAGE }] },
    ],
  },
  {
    name: 'Nieuw overleg',
    methods: ['meetings.create', 'meetings.update'],
    open: async (page) => {
      await sideBar(page, 'Overleg');
      await page.getByRole('button', { name: 'Nieuw overleg' }).click();
    },
    submit: 'Overleg opslaan',
    findBack: 'fields',
    reopen: async (page) => {
      await sideBar(page, 'Overleg');
      await page.getByRole('cell', { name: NEW_MEETING_PLACE }).click();
      await page.getByRole('button', { name: 'Agenda en aanwezigen wijzigen' }).click();
    },
    fields: [
      {
        label: 'Naam van het overleg',
        valid: 'Regie- en toedelingsoverleg december',
        invalid: [{ value: '', message: 'Geef het overleg een naam.' }, max(200)],
      },
      {
        label: 'Datum',
        valid: nl(addDaysIso(today, 7)),
        invalid: [{ value: '31-06-2027', message: DATE_MESSAGE }],
      },
      { label: 'Begintijd (uu:mm)', valid: '10:00', invalid: [{ value: '25:00', message: 'Tijd als uu:mm, bijvoorbeeld 10:00.' }] },
      { label: 'Plaats', valid: NEW_MEETING_PLACE, invalid: [max(200)] },
    ],
  },
  {
    name: 'Bespreekpunt op de agenda',
    methods: ['meetings.setItemNote'],
    open: openAgendaItem,
    scope: agendaItem,
    submit: { key: 'Tab' },
    findBack: 'fields',
    fields: [{ label: 'Bespreekpunt', valid: 'Onderdak na vrijlating is nog niet rond', invalid: [max(500)] }],
  },
  {
    name: 'Besluit in het overleg',
    methods: ['meetings.addDecision'],
    open: openAgendaItem,
    scope: agendaItem,
    submit: { key: 'Enter' },
    findBack: 'text',
    fields: [{ label: 'Nieuw besluit (Enter voegt toe)', valid: 'Wijkteam neemt de regie over het onderdak.', invalid: [max(1000)] }],
  },
  {
    name: 'Actie in het overleg (snelle invoer)',
    methods: ['meetings.addAction'],
    // '@schuldhulp' is the partner the "Partner toevoegen" spec above saved.
    open: openAgendaItem,
    scope: agendaItem,
    submit: { key: 'Enter' },
    findBack: 'text',
    fields: [
      {
        label: 'Nieuwe actie: wat @partner deadline (Enter voegt toe)',
        valid: 'Budgetcoaching aanvragen @schuldhulp +7',
        shown: 'Budgetcoaching aanvragen',
        invalid: [
          { value: 'Budgetcoaching aanvragen +7', message: 'Wijs een partner toe met @naam, bijvoorbeeld @wijkteam.' },
          { value: 'Budgetcoaching aanvragen @schuldhulp 31-02', message: '"31-02" is geen bestaande datum.' },
          { value: `${tooLong(300)} @schuldhulp +7`, message: 'Maximaal 300 tekens.' },
        ],
      },
    ],
  },
  {
    name: 'Instellingen',
    methods: ['settings.update'],
    open: async (page) => {
      await sideBar(page, 'Instellingen');
      await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    },
    submit: 'Opslaan',
    findBack: 'fields',
    fields: [
      {
        label: 'Automatisch vergrendelen na (minuten)',
        valid: '30',
        invalid: [
          { value: '0', message: 'Minimaal 1 minuut.' },
          { value: '241', message: 'Maximaal 240 minuten.' },
        ],
      },
      { label: 'Naam gemeente', valid: 'Gemeente Fictiefdorp', invalid: [max(200)] },
      { label: 'Adres gemeente', valid: 'Voorbeeldplein 1, 1234 AB Fictiefdorp', invalid: [max(500)] },
      { label: 'Naam coördinator', valid: 'Zoë Testcoördinator', invalid: [max(200)] },
      { label: 'Telefoon coördinator', valid: '010 123 45 67', invalid: [max(50)] },
      { label: 'E-mail coördinator', valid: 'nazorg@fictief.example', invalid: [{ value: 'nazorg@', message: EMAIL_MESSAGE }] },
    ],
  },
];

const screens = 'test/browser/';
const cover = (file: string, contains: string) => ({ file: `${screens}${file}`, contains });

/** Write methods without a form spec, each with the reason and, where it has a screen, the test that drives it. */
export const EXEMPTIONS: Partial<Record<MethodName, Exemption>> = {
  'vault.beginSetup': { reason: 'Set-up screen: a password is not shown back after a reload by design.', coveredBy: cover('vault.test.ts', 'Kluis inrichten') },
  'vault.completeSetup': { reason: 'Second step of the set-up screen.', coveredBy: cover('coordinator-day.test.ts', 'Kluis aanmaken') },
  'vault.cancelSetup': { reason: 'A button, no fields.', coveredBy: cover('vault.test.ts', 'Kluis inrichten') },
  'vault.unlock': { reason: 'Unlock screen: nothing to find back but the opened vault.', coveredBy: cover('vault.test.ts', 'Ontgrendelen') },
  'vault.unlockWithRecovery': { reason: 'Recovery screen: passwords are not shown back.', coveredBy: cover('coordinator-day.test.ts', 'herstelcode') },
  'vault.changePassword': {
    reason: 'Passwords are not shown back; the new one is proven by unlocking with it.',
    coveredBy: cover('vault.test.ts', 'Wachtwoord wijzigen'),
  },
  'vault.lock': { reason: 'A button, no fields.', coveredBy: cover('vault-events.test.ts', 'Vergrendel') },
  'vault.openDemo': { reason: 'A button, no fields.', coveredBy: cover('demo.test.ts', 'demo') },
  'vault.closeDemo': { reason: 'A button, no fields.', coveredBy: cover('demo.test.ts', 'demo') },
  'session.activity': { reason: 'Sent by the page on keyboard and mouse activity; no screen of its own.' },
  'audit.export': { reason: 'A download with filters, no saved values.', coveredBy: cover('retention-audit.test.ts', 'Logboek') },
  'backup.create': { reason: 'A button, no fields.', coveredBy: cover('backups.test.ts', 'reservekopie') },
  'backup.setFolder': {
    reason: 'One folder field, checked on disk (exists, writable) before it is kept.',
    coveredBy: cover('first-run.test.ts', 'Map opslaan'),
  },
  'backup.chooseFolder': { reason: 'Desktop only: the system folder dialog, which web mode does not have.' },
  'backup.restore': { reason: 'A choice from the list, confirmed.', coveredBy: cover('backups.test.ts', 'Terugzetten') },
  'backup.restoreNewestWhileLocked': { reason: 'Only on a damaged vault.', coveredBy: cover('backups.test.ts', 'beschadig') },
  'retention.destroy': {
    reason: 'A choice of dossiers and a typed count, nothing to find back but their absence.',
    coveredBy: cover('retention-audit.test.ts', 'Vernietig'),
  },
  'dossiers.transition': { reason: 'The status dialog: each transition rule is walked there.', coveredBy: cover('dossiers.test.ts', 'Status wijzigen') },
  'dossiers.updateContact': {
    reason: 'The same ContactForm as "Betrokkene toevoegen", opened with "Wijzigen".',
    coveredBy: cover('dossiers.test.ts', 'Wijzigingen opslaan'),
  },
  'dossiers.removeContact': {
    reason: 'A button, no fields; driven through the API only so far.',
    coveredBy: { file: 'test/integration/dossiers.test.ts', contains: "'dossiers.removeContact'" },
  },
  'dossiers.overviewCsv': { reason: 'A download: year and period are read from the screen.', coveredBy: cover('dossiers.test.ts', 'Exporteren') },
  'exchange.export': { reason: 'Writes a file, not the vault: read back by importing it.', coveredBy: cover('exchange.test.ts', 'Uitwisselbestand') },
  'exchange.applyImport': { reason: 'A file and choices, read back in the imported dossier.', coveredBy: cover('exchange.test.ts', 'Inlezen') },
  'provisions.exportCsv': { reason: 'A download of the register with its filters.', coveredBy: cover('exchange.test.ts', 'verstrekkingen') },
  'exports.dossiersCsv': { reason: 'A download after the recipient/purpose question.', coveredBy: cover('exchange.test.ts', 'Exporteren') },
  'exports.actionsCsv': { reason: 'A download after the recipient/purpose question.', coveredBy: cover('exchange.test.ts', 'Exporteren') },
  'exports.meetingActionsCsv': { reason: 'A download after the recipient/purpose question.', coveredBy: cover('meetings.test.ts', 'Actielijst') },
  'exports.actionsIcs': { reason: 'A download after the recipient/purpose question.', coveredBy: cover('exchange.test.ts', 'ICS') },
  'exports.meetingsIcs': { reason: 'A download after the recipient/purpose question.', coveredBy: cover('exchange.test.ts', 'ICS') },
  'exports.inzagePdf': { reason: 'A PDF download.', coveredBy: cover('exchange.test.ts', 'Inzage') },
  'attachments.add': { reason: 'A file chooser, read back in the list of attachments.', coveredBy: cover('exchange.test.ts', 'Bijlage') },
  'attachments.remove': { reason: 'A button, no fields.', coveredBy: cover('exchange.test.ts', 'Bijlage') },
  'plans.setBasis': { reason: 'A traffic light per basisvoorwaarde; each change saves at once.', coveredBy: cover('plans.test.ts', 'Stand') },
  'plans.updateGoal': { reason: 'Buttons on a saved goal (Bereikt, Vervallen, Heropenen), no fields; no browser test clicks them yet.' },
  'plans.acceptProposals': { reason: 'Buttons on the countdown proposals.', coveredBy: cover('coordinator-day.test.ts', 'Overnemen') },
  'plans.dropProposal': { reason: 'A button on a countdown proposal.', coveredBy: cover('plans.test.ts', 'Voorstel') },
  'plans.confirmReleaseMove': { reason: 'The release-move dialog, two buttons.', coveredBy: cover('journey.test.ts', 'Acties verschuiven') },
  'plans.recordReminder': { reason: 'A button in Rappel.', coveredBy: cover('plans.test.ts', 'Herinnering verstuurd') },
  'plans.updateConfig': {
    reason: 'Tables of life domains and countdown lines, edited in place.',
    coveredBy: cover('journey.test.ts', 'Leefgebieden en aftelschema'),
  },
  'partners.createMany': { reason: "The first-run guide's partner step.", coveredBy: cover('first-run.test.ts', 'Partners') },
  'partners.remove': { reason: 'A button on the partner page.', coveredBy: cover('plans.test.ts', 'Verwijderen') },
  'partners.updateContact': { reason: "No screen edits a partner's contact person in place; it is removed and added again." },
  'partners.removeContact': { reason: 'A button beside the contact person.', coveredBy: cover('plans.test.ts', 'Verwijderen') },
  'meetings.delete': { reason: 'A button with a confirmation, no fields; no browser test clicks it yet.' },
  'intake.propose': { reason: 'Reading a notice proposes fields and saves nothing.', coveredBy: cover('intake.test.ts', 'Nieuwe melding') },
  'intake.cancel': { reason: 'The Annuleren button while a scan is read.', coveredBy: cover('intake.test.ts', 'Annuleren') },
  'intake.create': {
    reason: 'The proposal form of Nieuwe melding: its fields are filled from the notice and found back after a reload.',
    coveredBy: cover('intake.test.ts', 'reload'),
  },
  'intake.update': { reason: 'The side-by-side choice per field for a known BSN.', coveredBy: cover('intake.test.ts', 'side by side') },
  'intake.batchPreview': { reason: 'A list file read into a preview, nothing saved.', coveredBy: cover('intake.test.ts', 'list of notices') },
  'intake.batchApply': { reason: 'Ticks per line of the preview, no typed fields.', coveredBy: cover('intake.test.ts', 'list of notices') },
  'meetings.removeDecision': { reason: 'A button beside a decision.', coveredBy: cover('meetings.test.ts', 'besluit') },
  'documents.actionPlan': { reason: 'A PDF, parsed back.', coveredBy: cover('coordinator-day.test.ts', 'Actieplan') },
  'documents.meetingPack': { reason: 'A PDF, parsed back.', coveredBy: cover('coordinator-day.test.ts', 'Vergaderstukken') },
  'documents.minutes': { reason: 'A PDF, parsed back.', coveredBy: cover('coordinator-day.test.ts', 'Verslag') },
  'documents.partnerActionList': { reason: 'A PDF, parsed back.', coveredBy: cover('meetings.test.ts', 'Actielijst') },
  'documents.handoverLetter': {
    reason: 'The letter form: the addressee is not saved but printed; parsed back.',
    coveredBy: cover('coordinator-day.test.ts', 'Overdrachtsbrief'),
  },
  'documents.releaseSheet': { reason: 'A PDF for the client, parsed back.', coveredBy: cover('release-day.test.ts', 'Vrijlatingsblad') },
  'costs.update': { reason: 'The same form as "Kosten toevoegen", opened with "Wijzigen".', coveredBy: cover('costs.test.ts', 'Wijzigingen opslaan') },
  'costs.remove': { reason: 'A button with a confirmation, no fields.', coveredBy: cover('costs.test.ts', 'Kosten verwijderen?') },
  'aftercare.correctDayOne': {
    reason: 'The correction dialog of a day-one line: a refused save without a reason, then found back after a reload.',
    coveredBy: cover('release-day.test.ts', 'Reden van de correctie'),
  },
  'aftercare.recordFirstContact': {
    reason: 'The first-contact form: an invalid time marked on its field, then found back after a reload.',
    coveredBy: cover('release-day.test.ts', 'Eerste contact vastleggen'),
  },
  'aftercare.recordFollowup': {
    reason: 'The check-in dialog of a follow-up moment, found back in the timeline after a reload.',
    coveredBy: cover('release-day.test.ts', 'Vastleggen: 3 maanden na vrijlating'),
  },
  'aftercare.addAttempt': {
    reason: 'The contact-attempt form, three attempts and the unreachable flag.',
    coveredBy: cover('release-day.test.ts', 'Poging vastleggen'),
  },
  'results.reportPdf': {
    reason: 'A download of aggregate figures for a period, no saved values; parsed back in test/integration/results-reports.test.ts.',
    coveredBy: cover('results-downloads.test.ts', 'Rapport (PDF)'),
  },
  'results.reportCsv': {
    reason: 'A download of aggregate figures for a period, no saved values; parsed back in test/integration/results-reports.test.ts.',
    coveredBy: cover('results-downloads.test.ts', 'Cijfers voor Excel (CSV)'),
  },
  'results.contributionPdf': {
    reason: 'A one-page download of aggregate figures for a period, no saved values; parsed back in test/integration/results-reports.test.ts.',
    coveredBy: cover('results-downloads.test.ts', 'Bijdrageregeling wonen en werk (PDF)'),
  },
  'results.contributionCsv': {
    reason: 'A download of aggregate figures for a period, no saved values; parsed back in test/integration/results-reports.test.ts.',
    coveredBy: cover('results-downloads.test.ts', 'Bijdrageregeling wonen en werk (CSV)'),
  },
};
