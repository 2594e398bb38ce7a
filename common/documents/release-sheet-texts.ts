/**
 * The fixed texts of the release sheet, the client's own page for the first weeks after release. Written at
 * language level B1 (short sentences, common words, no trade words); test/unit/release-sheet.test.ts checks every
 * text with common/plain-language.ts. English is the second language of the sheet.
 */
export type SheetLanguage = 'nl' | 'en';

/** What the sheet says is arranged or not, in the client's words (not the trade's). */
export const SHEET_ITEMS = ['id', 'housing', 'income', 'care', 'bank'] as const;
export type SheetItem = (typeof SHEET_ITEMS)[number];

export interface SheetTexts {
  kind: string;
  title: string;
  hello: (name: string) => string;
  released: (date: string) => string;
  intro: string;
  first48: string;
  appointments: string;
  noAppointments: string;
  when: string;
  where: string;
  what: string;
  withWhom: string;
  bring: string;
  arranged: string;
  notYet: string;
  nothingArranged: string;
  allArranged: string;
  helps: (who: string) => string;
  helperFallback: string;
  items: Record<SheetItem, string>;
  phones: string;
  contactPerson: string;
  questions: string;
  at: (time: string) => string;
}

export const SHEET_TEXTS: Record<SheetLanguage, SheetTexts> = {
  nl: {
    kind: 'Vrijlatingsblad',
    title: 'Uw eerste weken buiten',
    hello: (name) => `Hallo ${name},`,
    released: (date) => `U komt vrij op ${date}.`,
    intro: 'Op dit blad staat wat u de eerste weken moet doen. Neem het blad mee naar elke afspraak.',
    first48: 'Bel ons in de eerste twee dagen. Dan weten wij dat het goed met u gaat.',
    appointments: 'Uw afspraken',
    noAppointments: 'Er zijn nog geen afspraken. Wij bellen u als er een afspraak is.',
    when: 'Wanneer',
    where: 'Waar',
    what: 'Wat',
    withWhom: 'Met wie',
    bring: 'Neem uw ID-kaart of paspoort mee naar elke afspraak.',
    arranged: 'Dit is al geregeld',
    notYet: 'Dit is nog niet geregeld',
    nothingArranged: 'Er is nog niets geregeld.',
    allArranged: 'Alles is geregeld.',
    helps: (who) => `Hulp: ${who}`,
    helperFallback: 'uw contactpersoon bij de gemeente',
    items: {
      id: 'Een ID-kaart of paspoort',
      housing: 'Een plek om te slapen',
      income: 'Geld om van te leven: werk of een uitkering',
      care: 'Een zorgverzekering',
      bank: 'Een bankrekening',
    },
    phones: 'Belangrijke telefoonnummers',
    contactPerson: 'Uw contactpersoon bij de gemeente',
    questions: 'Hebt u een vraag? Of gaat er iets mis? Bel ons. Wij helpen u.',
    at: (time) => `om ${time} uur`,
  },
  en: {
    kind: 'Release sheet',
    title: 'Your first weeks outside',
    hello: (name) => `Hello ${name},`,
    released: (date) => `You will be released on ${date}.`,
    intro: 'This sheet says what to do in the first weeks. Take it with you to every appointment.',
    first48: 'Call us in the first two days. Then we know that you are doing well.',
    appointments: 'Your appointments',
    noAppointments: 'There are no appointments yet. We will call you when there is one.',
    when: 'When',
    where: 'Where',
    what: 'What',
    withWhom: 'With whom',
    bring: 'Take your ID card or passport to every appointment.',
    arranged: 'This is already arranged',
    notYet: 'This is not arranged yet',
    nothingArranged: 'Nothing is arranged yet.',
    allArranged: 'Everything is arranged.',
    helps: (who) => `Help: ${who}`,
    helperFallback: 'your contact person at the municipality',
    items: {
      id: 'An ID card or passport',
      housing: 'A place to sleep',
      income: 'Money to live on: work or benefits',
      care: 'Health insurance',
      bank: 'A bank account',
    },
    phones: 'Important phone numbers',
    contactPerson: 'Your contact person at the municipality',
    questions: 'Do you have a question? Or does something go wrong? Call us. We will help you.',
    at: (time) => `at ${time}`,
  },
};

/** Every fixed text of one language with sample values filled in, for the readability test. */
export function allSheetTexts(lang: SheetLanguage): string[] {
  const t = SHEET_TEXTS[lang];
  const out: string[] = [];
  for (const v of Object.values(t)) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') out.push((v as (x: string) => string)('Sam'));
    else out.push(...Object.values(v as Record<string, string>));
  }
  return out;
}
