/**
 * The placeholders a handover letter template may use, with the explanation shown beside the template
 * editor. List placeholders become bullet lists when they stand alone in a paragraph.
 */
export const HANDOVER_PLACEHOLDERS = {
  aanhef: 'aanhef van de brief: "Geachte mevrouw Testmans," als de t.a.v.-regel met mevrouw of de heer begint, anders "Geachte heer, mevrouw,"',
  'client.naam': 'naam van de cliënt zoals een brief die schrijft: "de heer J.H. van der Kraaijeveld" als de aanhef bekend is, anders de volledige naam',
  'client.voornamen': 'voornamen van de cliënt',
  'client.achternaam': 'achternaam (met tussenvoegsel)',
  'client.geboortedatum': 'geboortedatum (dd-mm-jjjj)',
  'client.bsn': 'burgerservicenummer',
  'client.dossiernummer': 'dossiernummer',
  'detentie.instelling': 'penitentiaire inrichting',
  vrijlatingsdatum: '(verwachte) datum van vrijlating',
  basisvoorwaarden: 'lijst: stand van de basisvoorwaarden',
  openActies: 'lijst: openstaande acties per partner die ze uitvoert, met deadline; acties zonder partner apart als nog niet belegd',
  contacten: 'lijst: betrokken contactpersonen',
  'ontvanger.organisatie': 'organisatie van de geadresseerde',
  'ontvanger.naam': 'naam van de geadresseerde',
  'coordinator.naam': 'naam van de coördinator',
  'coordinator.telefoon': 'telefoon van de coördinator',
  'coordinator.email': 'e-mail van de coördinator',
  'gemeente.naam': 'naam van de gemeente',
  datum: 'datum van de brief',
} as const;

export type HandoverPlaceholder = keyof typeof HANDOVER_PLACEHOLDERS;
export const HANDOVER_PLACEHOLDER_NAMES = Object.keys(HANDOVER_PLACEHOLDERS) as HandoverPlaceholder[];

export interface LetterTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
}

export const DEFAULT_LETTER_TEMPLATES: LetterTemplate[] = [
  {
    id: 'overdracht-reclassering',
    name: 'Overdracht aan de reclassering',
    subject: 'Overdracht nazorg {{client.naam}}',
    body: [
      '{{aanhef}}',
      'Op {{vrijlatingsdatum}} komt {{client.naam}} (geboren {{client.geboortedatum}}) vrij uit {{detentie.instelling}}. {{gemeente.naam}} heeft de nazorg voorbereid. Omdat de reclassering het toezicht uitvoert, draag ik de nazorg hierbij aan u over.',
      'De stand van de basisvoorwaarden is als volgt:',
      '{{basisvoorwaarden}}',
      'Deze acties staan nog open, per partner die ze uitvoert:',
      '{{openActies}}',
      'Betrokken contactpersonen:',
      '{{contacten}}',
      'Hebt u vragen over deze overdracht? Neem dan contact op met {{coordinator.naam}}, telefoon {{coordinator.telefoon}}, e-mail {{coordinator.email}}.',
    ].join('\n\n'),
  },
  {
    id: 'overdracht-partner',
    name: 'Overdracht aan een andere partner',
    subject: 'Overdracht {{client.naam}}',
    body: [
      '{{aanhef}}',
      'In overleg met {{client.naam}} draag ik een deel van de begeleiding aan {{ontvanger.organisatie}} over. Hieronder leest u wat er al geregeld is en wat nog openstaat.',
      'Basisvoorwaarden:',
      '{{basisvoorwaarden}}',
      'Openstaande acties, per partner die ze uitvoert:',
      '{{openActies}}',
      'Contactpersonen:',
      '{{contacten}}',
      'Voor vragen kunt u mij bereiken via {{coordinator.telefoon}} of {{coordinator.email}}.',
    ].join('\n\n'),
  },
];
