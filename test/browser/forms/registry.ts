import type { Locator, Page } from 'playwright-core';
import { contract, type MethodName } from '../../../common/api/contract.js';
import { formatDateNl } from '../../../common/dates.js';
import { localTodayIso } from '../../../common/calendar.js';
import { addDaysIso } from '../../../common/calendar.js';
import { seededRandom, syntheticBsn } from '../../../db/demo/synthetic.js';
import { apiIdle } from '../../helpers/browser.js';

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

/** From `menu` in the side bar, clicks the button or link `name`, which opens the page with that heading. */
async function pageFromSideBar(page: Page, menu: string, role: 'button' | 'link', name: string): Promise<void> {
  await sideBar(page, menu);
  await page.getByRole(role, { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Dossiers → search by surname → open it → the named tab. */
async function dossierTab(page: Page, tab: string, surname: string = FIXTURE.achternaam): Promise<void> {
  await sideBar(page, 'Dossiers');
  await page.getByLabel('Zoeken op naam, BSN of inrichting').fill(surname);
  // Click in the filtered list, as a coordinator would: a row of the unfiltered list can be replaced under the click.
  await apiIdle(page);
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

/** A field typed into; `invalid`: what it must refuse, with the message the field then carries. */
const text = (label: string, valid: string, invalid: FieldSpec['invalid'] = [], more: Partial<FieldSpec> = {}): FieldSpec => ({
  label,
  valid,
  invalid,
  ...more,
});
/** A dd-mm-jjjj field whose valid value lies `days` from today. */
const date = (label: string, days: number, invalid: FieldSpec['invalid'], more: Partial<FieldSpec> = {}): FieldSpec =>
  text(label, nl(addDaysIso(today, days)), invalid, more);
/** A drop-down whose every choice is valid, with the reason. */
const choice = (label: string, valid: string, everyChoiceValid: string, more: Partial<FieldSpec> = {}): FieldSpec => ({
  label,
  kind: 'select',
  valid,
  invalid: [],
  everyChoiceValid,
  ...more,
});
const bad = (value: string, message: string) => ({ value, message });
/** What a form spec says besides where it is and its fields. */
type Header = Pick<FormSpec, 'name' | 'methods' | 'submit' | 'findBack'>;
/** A form on a tab of the fixture dossier. */
const onDossierTab = (tab: string, spec: Header, fields: FieldSpec[]): FormSpec => ({ ...spec, fields, open: (page) => dossierTab(page, tab) });
/** A form in a region of the fixture dossier's plan, opened by the Plan tab. */
const inPlanRegion = (name: string, spec: Header, fields: FieldSpec[]): FormSpec => ({
  ...spec,
  fields,
  open: async (page) => {
    await dossierTab(page, 'Plan');
    await region(name)(page).waitFor();
  },
  scope: region(name),
});
/** Where a dialog form is opened: the page `goTo` reaches, and the button there that brings the dialog up. */
interface DialogOpener {
  goTo: (page: Page) => Promise<void>;
  button: string;
}
async function openDialog(page: Page, { goTo, button }: DialogOpener): Promise<void> {
  await goTo(page);
  await page.getByRole('button', { name: button, exact: true }).click();
  await dialog(page).waitFor();
}
/** A form in a dialog, saved with Opslaan and found back in its fields: `open` brings it up empty, `reopen` with what was saved. */
const dialogForm = (open: DialogOpener, reopen: DialogOpener, spec: Pick<FormSpec, 'name' | 'methods' | 'fields'>): FormSpec => ({
  ...spec,
  open: (page) => openDialog(page, open),
  scope: dialog,
  submit: 'Opslaan',
  findBack: 'fields',
  reopen: (page) => openDialog(page, reopen),
});
/** A quick-entry field on the fixture dossier's agenda item of the fixture meeting. */
const onAgendaItem = (spec: Header, fields: FieldSpec[]): FormSpec => ({ ...spec, fields, open: openAgendaItem, scope: agendaItem });

export const FORM_SPECS: FormSpec[] = [
  {
    name: 'Nieuw dossier',
    methods: ['dossiers.create'],
    open: (page) => pageFromSideBar(page, 'Dossiers', 'button', 'Nieuw dossier'),
    submit: 'Dossier aanmaken',
    findBack: 'fields',
    reopen: (page) => dossierTab(page, 'Persoon', NEW_DOSSIER.achternaam),
    fields: [
      text('Achternaam', NEW_DOSSIER.achternaam, [bad('', 'Vul de achternaam in.'), max(200)]),
      text('Voornamen', 'Demo Fictus', [max(200)]),
      text('Geboortedatum (dd-mm-jjjj)', '14-07-1990', [
        bad(nl(addDaysIso(today, 2)), 'De geboortedatum ligt in de toekomst.'),
        bad('31-02-1990', DATE_MESSAGE),
      ]),
      text('BSN', NEW_DOSSIER.bsn, [
        bad('123456789', 'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.'),
        bad('12345', 'Een BSN bestaat uit 9 cijfers.'),
      ]),
      text('Telefoon', '06-12345678', [bad('bel mij', PHONE_MESSAGE)]),
      text('E-mail', 'demo@fictief.example', [bad('geen-adres', EMAIL_MESSAGE)]),
      choice('Aanhef in brieven', 'Mevrouw', 'Elke aanhef mag, ook Onbekend.'),
      text('Inrichting (PI)', 'PI Fictiefstad', [max(200)], { tab: 'Detentie' }),
      date('Datum melding (dd-mm-jjjj)', -10, [bad(nl(addDaysIso(today, 3)), 'De datum van de melding ligt in de toekomst.')], { tab: 'Detentie' }),
      date('Start detentie (dd-mm-jjjj)', -20, [bad('01-01-1980', 'De detentie kan niet vóór de geboortedatum beginnen.')], { tab: 'Detentie' }),
      date('Verwachte vrijlating (dd-mm-jjjj)', 120, [bad(nl(addDaysIso(today, -30)), 'De verwachte vrijlating ligt vóór de start van de detentie.')], {
        tab: 'Detentie',
      }),
      text('Veiligheidsaandachtspunten', 'Niet alleen op huisbezoek.', [max(4000)], { tab: 'Detentie' }),
    ],
  },
  onDossierTab('Persoon', { name: 'Persoon wijzigen', methods: ['dossiers.update'], submit: 'Opslaan', findBack: 'fields' }, [
    text('Roepnaam', 'Fic', [max(100)]),
    text('Tussenvoegsel', 'van', [max(40)]),
    text('Adres na vrijlating', 'Voorbeeldstraat 1, Fictiefdorp', [max(500)]),
    text('Woonplaats', 'Fictiefdorp', [max(120)]),
    text('E-mail', 'fictus@fictief.example', [bad('fictus@', EMAIL_MESSAGE)]),
  ]),
  onDossierTab('Detentie', { name: 'Detentie wijzigen', methods: ['dossiers.update'], submit: 'Opslaan', findBack: 'fields' }, [
    date('Verwachte vrijlating (dd-mm-jjjj)', 95, [
      bad(nl(addDaysIso(today, -90)), 'De verwachte vrijlating ligt vóór de start van de detentie.'),
      bad('30-02-2027', DATE_MESSAGE),
    ]),
    choice('Toezicht door de reclassering', 'Ja', 'Onbekend, ja en nee zijn alle drie juist.'),
    text('Juridisch kader (bijzondere voorwaarden, toezicht)', 'Meldplicht bij de reclassering.', [max(4000)]),
  ]),
  onDossierTab('Journaal', { name: 'Journaalnotitie', methods: ['dossiers.addNote'], submit: 'Notitie toevoegen', findBack: 'text' }, [
    date('Datum (dd-mm-jjjj)', -1, [bad('', 'Vul een datum in.'), bad('32-01-2026', DATE_MESSAGE)]),
    text('Notitie', 'Telefonisch contact met de casemanager.', [bad('', 'Schrijf een notitie.')]),
  ]),
  onDossierTab('Kosten', { name: 'Kosten toevoegen', methods: ['costs.add'], submit: 'Kosten toevoegen', findBack: 'text' }, [
    date('Datum van betaling (dd-mm-jjjj)', -2, [
      bad('', 'Vul een datum in.'),
      bad('31-04-2026', DATE_MESSAGE),
      bad(nl(addDaysIso(today, 1)), 'De datum van betaling ligt in de toekomst.'),
    ]),
    choice('Soort kosten', "Pasfoto's", 'Elke soort kosten mag.'),
    text(
      'Bedrag (€)',
      '12,50',
      [
        bad('', 'Vul een bedrag in.'),
        bad('twaalf', 'Geen geldig bedrag. Typ bijvoorbeeld 12,50.'),
        bad('0,00', 'Het bedrag moet meer dan € 0,00 zijn.'),
        bad('25.000,01', 'Het bedrag is te hoog: maximaal € 25.000,00 per betaling.'),
      ],
      { shown: '€ 12,50' },
    ),
    text('Toelichting', 'Twee pasfoto’s voor de ID-kaart.', [max(500)]),
  ]),
  onDossierTab('Betrokkenen', { name: 'Betrokkene toevoegen', methods: ['dossiers.addContact'], submit: 'Betrokkene toevoegen', findBack: 'text' }, [
    choice('Rol', 'Naaste', 'Elke rol mag.'),
    text('Naam', 'T. Voorbeeldzus', [bad('', 'Vul een naam in.'), max(200)]),
    text('Relatie (bij naasten)', 'zus', [max(100)]),
    text('Telefoon', '010-1234567', [bad('bel mij', PHONE_MESSAGE)]),
    text('E-mail', 'zus@fictief.example', [bad('zus@', EMAIL_MESSAGE)]),
    text('Notitie', 'Bereikbaar na 17 uur.', [max(2000)]),
  ]),
  onDossierTab('Toestemming', { name: 'Toestemming vastleggen', methods: ['dossiers.addConsent'], submit: 'Toestemming vastleggen', findBack: 'text' }, [
    text('Met wie', 'Woningcorporatie Fictief', [bad('', 'Vul in met wie gegevens gedeeld mogen worden.')]),
    text('Welke gegevens', 'Adres na vrijlating en inkomen', [bad('', 'Vul in welke gegevens gedeeld mogen worden.')]),
    choice('Grondslag', 'Wettelijke taak van de gemeente', 'Elke grondslag uit de lijst mag.'),
    date('Datum toestemming (dd-mm-jjjj)', -2, [
      bad(nl(addDaysIso(today, 5)), 'Deze datum ligt in de toekomst.'),
      bad('', 'Vul de datum in waarop de toestemming is gegeven.'),
    ]),
    text('Toelichting', 'Mondeling gegeven in de PI.', [max(2000)]),
  ]),
  // Works on the consent the spec above saved.
  onDossierTab('Toestemming', { name: 'Toestemming intrekken', methods: ['dossiers.withdrawConsent'], submit: 'Intrekken', findBack: 'text' }, [
    date('Datum intrekking (dd-mm-jjjj)', -1, [bad('', 'Vul de datum van intrekking in.'), bad('31-09-2026', DATE_MESSAGE)], {
      shown: `Ingetrokken op ${nl(addDaysIso(today, -1))}`,
    }),
  ]),
  inPlanRegion('Leefgebieden', { name: 'Score leefgebied', methods: ['plans.addScore'], submit: 'Score toevoegen', findBack: 'text' }, [
    choice('Leefgebied', 'Huisvesting', 'Alleen leefgebieden in gebruik staan in de lijst.'),
    choice('Score (1–5)', '4 — voldoende zelfredzaam', 'Alleen 1 tot en met 5 staan in de lijst.', { shown: '4 — voldoende zelfredzaam' }),
    date('Datum (dd-mm-jjjj)', -1, [bad('31-04-2026', DATE_MESSAGE)]),
    text('Toelichting', 'Kamer bij de opvang toegezegd.', [max(500)]),
  ]),
  inPlanRegion('Doelen', { name: 'Doel toevoegen', methods: ['plans.addGoal'], submit: 'Doel toevoegen', findBack: 'text' }, [
    text('Doel', 'Een eigen kamer binnen drie maanden', [max(500)]),
    choice('Leefgebied', 'Financiën', 'Geen leefgebied of een leefgebied uit de lijst.'),
  ]),
  dialogForm(
    { goTo: (page) => dossierTab(page, 'Plan'), button: 'Actie toevoegen' },
    { goTo: (page) => dossierTab(page, 'Plan'), button: `Wijzigen: ${NEW_ACTION}` },
    {
      name: 'Actie toevoegen',
      methods: ['plans.addAction', 'plans.updateAction'],
      fields: [
        text('Wat', NEW_ACTION, [bad('', 'Beschrijf de actie.'), max(300)]),
        choice('Leefgebied', 'Financiën', 'Geen leefgebied of een leefgebied uit de lijst.'),
        choice('Wie (organisatie)', 'Reclassering Nederland', 'Alleen partners uit het register staan in de lijst.'),
        date('Deadline (dd-mm-jjjj)', 14, [bad('29-02-2027', DATE_MESSAGE)]),
        text('Tijd van de afspraak (uu:mm)', '10:30', [bad('25:70', 'Geen geldige tijd. Gebruik uu:mm, bijvoorbeeld 09:30.')]),
        text('Plaats van de afspraak', 'Wijkteam Fictiefstad', [max(200)]),
      ],
    },
  ),
  dialogForm(
    { goTo: (page) => sideBar(page, 'Partners'), button: 'Partner toevoegen' },
    {
      goTo: (page) => pageFromSideBar(page, 'Partners', 'link', NEW_PARTNER),
      button: 'Wijzigen',
    },
    {
      name: 'Partner toevoegen',
      methods: ['partners.create', 'partners.update'],
      fields: [
        choice('Soort', 'Schuldhulpverlening', 'Elke soort uit de lijst mag.'),
        text('Organisatie', NEW_PARTNER, [bad('', 'Vul de naam van de organisatie in.'), max(200)]),
        text('E-mail', 'schuldhulp@fictief.example', [bad('schuldhulp@', EMAIL_MESSAGE)]),
        text('Telefoon', '010-7654321', [bad('geen nummer', PARTNER_PHONE_MESSAGE)]),
        text('Notitie', 'Spreekuur op dinsdag.', [max(1000)]),
      ],
    },
  ),
  {
    name: 'Contactpersoon bij een partner',
    methods: ['partners.addContact'],
    open: (page) => pageFromSideBar(page, 'Partners', 'link', 'Reclassering Nederland'),
    submit: 'Contactpersoon toevoegen',
    findBack: 'text',
    fields: [
      text('Naam', 'C. Casusregisseur', [bad('', 'Vul de naam van de contactpersoon in.'), max(200)]),
      text('Functie', 'toezichthouder', [max(100)]),
      text('E-mail', 'casus@fictief.example', [bad('casus@', EMAIL_MESSAGE)]),
      text('Telefoon', '030-1234567', [bad('niet bellen', PARTNER_PHONE_MESSAGE)]),
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
      text('Naam van het overleg', 'Regie- en toedelingsoverleg december', [bad('', 'Geef het overleg een naam.'), max(200)]),
      date('Datum', 7, [bad('31-06-2027', DATE_MESSAGE)]),
      text('Begintijd (uu:mm)', '10:00', [bad('25:00', 'Tijd als uu:mm, bijvoorbeeld 10:00.')]),
      text('Plaats', NEW_MEETING_PLACE, [max(200)]),
    ],
  },
  onAgendaItem({ name: 'Bespreekpunt op de agenda', methods: ['meetings.setItemNote'], submit: { key: 'Tab' }, findBack: 'fields' }, [
    text('Bespreekpunt', 'Onderdak na vrijlating is nog niet rond', [max(500)]),
  ]),
  onAgendaItem({ name: 'Besluit in het overleg', methods: ['meetings.addDecision'], submit: { key: 'Enter' }, findBack: 'text' }, [
    text('Nieuw besluit (Enter voegt toe)', 'Wijkteam neemt de regie over het onderdak.', [max(1000)]),
  ]),
  // '@schuldhulp' is the partner the "Partner toevoegen" spec above saved.
  onAgendaItem({ name: 'Actie in het overleg (snelle invoer)', methods: ['meetings.addAction'], submit: { key: 'Enter' }, findBack: 'text' }, [
    text(
      'Nieuwe actie: wat @partner deadline (Enter voegt toe)',
      'Budgetcoaching aanvragen @schuldhulp +7',
      [
        bad('Budgetcoaching aanvragen +7', 'Wijs een partner toe met @naam, bijvoorbeeld @wijkteam.'),
        bad('Budgetcoaching aanvragen @schuldhulp 31-02', '"31-02" is geen bestaande datum.'),
        bad(`${tooLong(300)} @schuldhulp +7`, 'Maximaal 300 tekens.'),
      ],
      { shown: 'Budgetcoaching aanvragen' },
    ),
  ]),
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
      text('Automatisch vergrendelen na (minuten)', '30', [bad('0', 'Minimaal 1 minuut.'), bad('241', 'Maximaal 240 minuten.')]),
      text('Naam gemeente', 'Gemeente Fictiefdorp', [max(200)]),
      text('Adres gemeente', 'Voorbeeldplein 1, 1234 AB Fictiefdorp', [max(500)]),
      text('Naam coördinator', 'Zoë Testcoördinator', [max(200)]),
      text('Telefoon coördinator', '010 123 45 67', [max(50)]),
      text('E-mail coördinator', 'nazorg@fictief.example', [bad('nazorg@', EMAIL_MESSAGE)]),
    ],
  },
];

const screens = 'test/browser/';
const cover = (file: string, contains: string) => ({ file: `${screens}${file}`, contains });
const covered = (reason: string, file: string, contains: string): Exemption => ({ reason, coveredBy: cover(file, contains) });
/** A download of Resultaten, by its button. */
const figuresDownload = (button: string, what = 'A download') =>
  covered(
    `${what} of aggregate figures for a period, no saved values; parsed back in test/integration/results-reports.test.ts.`,
    'results-downloads.test.ts',
    button,
  );

/** Write methods without a form spec, each with the reason and, where it has a screen, the test that drives it. */
export const EXEMPTIONS: Partial<Record<MethodName, Exemption>> = {
  'vault.beginSetup': covered('Set-up screen: a password is not shown back after a reload by design.', 'vault.test.ts', 'Kluis inrichten'),
  'vault.completeSetup': covered('Second step of the set-up screen.', 'coordinator-day.test.ts', 'Kluis aanmaken'),
  'vault.cancelSetup': covered('A button, no fields.', 'vault.test.ts', 'Kluis inrichten'),
  'vault.unlock': covered('Unlock screen: nothing to find back but the opened vault.', 'vault.test.ts', 'Ontgrendelen'),
  'vault.unlockWithRecovery': covered('Recovery screen: passwords are not shown back.', 'coordinator-day.test.ts', 'herstelcode'),
  'vault.changePassword': covered('Passwords are not shown back; the new one is proven by unlocking with it.', 'vault.test.ts', 'Wachtwoord wijzigen'),
  'vault.lock': covered('A button, no fields.', 'vault-events.test.ts', 'Vergrendel'),
  'vault.openDemo': covered('A button, no fields.', 'demo.test.ts', 'demo'),
  'vault.closeDemo': covered('A button, no fields.', 'demo.test.ts', 'demo'),
  'session.activity': { reason: 'Sent by the page on keyboard and mouse activity; no screen of its own.' },
  'audit.export': covered('A download with filters, no saved values.', 'retention-audit.test.ts', 'Logboek'),
  'backup.create': covered('A button, no fields.', 'backups.test.ts', 'reservekopie'),
  'backup.setFolder': covered('One folder field, checked on disk (exists, writable) before it is kept.', 'first-run.test.ts', 'Map opslaan'),
  'backup.chooseFolder': { reason: 'Desktop only: the system folder dialog, which web mode does not have.' },
  'backup.restore': covered('A choice from the list, confirmed.', 'backups.test.ts', 'Terugzetten'),
  'backup.restoreNewestWhileLocked': covered('Only on a damaged vault.', 'backups.test.ts', 'beschadig'),
  'retention.destroy': covered('A choice of dossiers and a typed count, nothing to find back but their absence.', 'retention-audit.test.ts', 'Vernietig'),
  'dossiers.transition': covered('The status dialog: each transition rule is walked there.', 'dossiers.test.ts', 'Status wijzigen'),
  'dossiers.updateContact': covered('The same ContactForm as "Betrokkene toevoegen", opened with "Wijzigen".', 'dossiers.test.ts', 'Wijzigingen opslaan'),
  'dossiers.removeContact': {
    reason: 'A button, no fields; driven through the API only so far.',
    coveredBy: { file: 'test/integration/dossiers.test.ts', contains: "'dossiers.removeContact'" },
  },
  'dossiers.overviewCsv': covered('A download: year and period are read from the screen.', 'dossiers.test.ts', 'Exporteren'),
  'exchange.export': covered('Writes a file, not the vault: read back by importing it.', 'exchange.test.ts', 'Uitwisselbestand'),
  'exchange.applyImport': covered('A file and choices, read back in the imported dossier.', 'exchange.test.ts', 'Inlezen'),
  'provisions.exportCsv': covered('A download of the register with its filters.', 'exchange.test.ts', 'verstrekkingen'),
  'exports.dossiersCsv': covered('A download after the recipient/purpose question.', 'exchange.test.ts', 'Exporteren'),
  'exports.actionsCsv': covered('A download after the recipient/purpose question.', 'exchange.test.ts', 'Exporteren'),
  'exports.meetingActionsCsv': covered('A download after the recipient/purpose question.', 'meetings.test.ts', 'Actielijst'),
  'exports.actionsIcs': covered('A download after the recipient/purpose question.', 'exchange.test.ts', 'ICS'),
  'exports.meetingsIcs': covered('A download after the recipient/purpose question.', 'exchange.test.ts', 'ICS'),
  'exports.inzagePdf': covered('A PDF download.', 'exchange.test.ts', 'Inzage'),
  'attachments.add': covered('A file chooser, read back in the list of attachments.', 'exchange.test.ts', 'Bijlage'),
  'attachments.remove': covered('A button, no fields.', 'exchange.test.ts', 'Bijlage'),
  'plans.setBasis': covered('A traffic light per basisvoorwaarde; each change saves at once.', 'plans.test.ts', 'Stand'),
  'plans.updateGoal': { reason: 'Buttons on a saved goal (Bereikt, Vervallen, Heropenen), no fields; no browser test clicks them yet.' },
  'plans.acceptProposals': covered('Buttons on the countdown proposals.', 'coordinator-day.test.ts', 'Overnemen'),
  'plans.dropProposal': covered('A button on a countdown proposal.', 'plans.test.ts', 'Voorstel'),
  'plans.confirmReleaseMove': covered('The release-move dialog, two buttons.', 'journey.test.ts', 'Acties verschuiven'),
  'plans.recordReminder': covered('A button in Rappel.', 'plans.test.ts', 'Herinnering verstuurd'),
  'plans.updateConfig': covered('Tables of life domains and countdown lines, edited in place.', 'journey.test.ts', 'Leefgebieden en aftelschema'),
  'partners.createMany': covered("The first-run guide's partner step.", 'first-run.test.ts', 'Partners'),
  'partners.remove': covered('A button on the partner page.', 'plans.test.ts', 'Verwijderen'),
  'partners.updateContact': { reason: "No screen edits a partner's contact person in place; it is removed and added again." },
  'partners.removeContact': covered('A button beside the contact person.', 'plans.test.ts', 'Verwijderen'),
  'meetings.delete': { reason: 'A button with a confirmation, no fields; no browser test clicks it yet.' },
  'intake.propose': covered('Reading a notice proposes fields and saves nothing.', 'intake.test.ts', 'Nieuwe melding'),
  'intake.cancel': covered('The Annuleren button while a scan is read.', 'intake.test.ts', 'Annuleren'),
  'intake.create': covered(
    'The proposal form of Nieuwe melding: its fields are filled from the notice and found back after a reload.',
    'intake.test.ts',
    'reload',
  ),
  'intake.update': covered('The side-by-side choice per field for a known BSN.', 'intake.test.ts', 'side by side'),
  'intake.batchPreview': covered('A list file read into a preview, nothing saved.', 'intake.test.ts', 'list of notices'),
  'intake.batchApply': covered('Ticks per line of the preview, no typed fields.', 'intake.test.ts', 'list of notices'),
  'meetings.removeDecision': covered('A button beside a decision.', 'meetings.test.ts', 'besluit'),
  'documents.actionPlan': covered('A PDF, parsed back.', 'coordinator-day.test.ts', 'Actieplan'),
  'documents.meetingPack': covered('A PDF, parsed back.', 'coordinator-day.test.ts', 'Vergaderstukken'),
  'documents.minutes': covered('A PDF, parsed back.', 'coordinator-day.test.ts', 'Verslag'),
  'documents.partnerActionList': covered('A PDF, parsed back.', 'meetings.test.ts', 'Actielijst'),
  'documents.handoverLetter': covered('The letter form: the addressee is not saved but printed; parsed back.', 'coordinator-day.test.ts', 'Overdrachtsbrief'),
  'documents.releaseSheet': covered('A PDF for the client, parsed back.', 'release-day.test.ts', 'Vrijlatingsblad'),
  'costs.update': covered('The same form as "Kosten toevoegen", opened with "Wijzigen".', 'costs.test.ts', 'Wijzigingen opslaan'),
  'costs.remove': covered('A button with a confirmation, no fields.', 'costs.test.ts', 'Kosten verwijderen?'),
  'aftercare.correctDayOne': covered(
    'The correction dialog of a day-one line: a refused save without a reason, then found back after a reload.',
    'release-day.test.ts',
    'Reden van de correctie',
  ),
  'aftercare.recordFirstContact': covered(
    'The first-contact form: an invalid time marked on its field, then found back after a reload.',
    'release-day.test.ts',
    'Eerste contact vastleggen',
  ),
  'aftercare.recordFollowup': covered(
    'The check-in dialog of a follow-up moment, found back in the timeline after a reload.',
    'release-day.test.ts',
    'Vastleggen: 3 maanden na vrijlating',
  ),
  'aftercare.addAttempt': covered('The contact-attempt form, three attempts and the unreachable flag.', 'release-day.test.ts', 'Poging vastleggen'),
  'results.reportPdf': figuresDownload('Rapport (PDF)'),
  'results.reportCsv': figuresDownload('Cijfers voor Excel (CSV)'),
  'results.contributionPdf': figuresDownload('Bijdrageregeling wonen en werk (PDF)', 'A one-page download'),
  'results.contributionCsv': figuresDownload('Bijdrageregeling wonen en werk (CSV)'),
};
