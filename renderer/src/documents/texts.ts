import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the documents area: letterhead settings, templates, document buttons. Dutch first, English mirrors it. */
const nl = {
  letterhead: {
    title: 'Briefpapier',
    intro: 'Deze gegevens staan bovenaan elk document en onder elke brief.',
    coordinatorTitle: 'Functie coördinator',
    logo: 'Logo van de gemeente',
    logoHelp: 'PNG of JPEG, hoogstens 1 MB. Het logo wordt in het dossierbestand bewaard.',
    chooseLogo: 'Logo kiezen…',
    removeLogo: 'Logo verwijderen',
    noLogo: 'Geen logo ingesteld.',
    logoSaved: 'Het logo is opgeslagen.',
    logoRemoved: 'Het logo is verwijderd.',
    logoTooBig: 'Het logo is groter dan 1 MB. Kies een kleinere afbeelding.',
    logoUnreadable: 'De afbeelding kon niet worden gelezen. Kies haar opnieuw; er is niets gewijzigd.',
    logoAlt: 'Huidig logo',
  },
  templates: {
    title: 'Briefsjablonen',
    intro: 'De tekst van de overdrachtsbrief. Plaatshouders tussen {{ en }} worden bij het maken van de brief ingevuld.',
    placeholders: 'Beschikbare plaatshouders',
    name: 'Naam van het sjabloon',
    subject: 'Onderwerp',
    body: 'Brieftekst',
    add: 'Sjabloon toevoegen',
    remove: 'Sjabloon verwijderen',
    save: 'Sjablonen bewaren',
    saved: 'De briefsjablonen zijn opgeslagen.',
    newName: 'Nieuw sjabloon',
    newBody: 'Geachte heer, mevrouw,\n\n\n\nMet vriendelijke groet,',
  },
  pdf: {
    save: 'Opslaan als PDF',
    print: 'Afdrukken',
    making: 'Document wordt gemaakt…',
    printFailed: 'Afdrukken lukte niet vanuit het programma. Het PDF-bestand is opgeslagen; open het en druk het daar af.',
  },
};

const en: TextsShape<typeof nl> = {
  letterhead: {
    title: 'Letterhead',
    intro: 'These details appear at the top of every document and below every letter.',
    coordinatorTitle: 'Coordinator job title',
    logo: 'Municipal logo',
    logoHelp: 'PNG or JPEG, at most 1 MB. The logo is kept in the dossier file.',
    chooseLogo: 'Choose logo…',
    removeLogo: 'Remove logo',
    noLogo: 'No logo set.',
    logoSaved: 'The logo has been saved.',
    logoRemoved: 'The logo has been removed.',
    logoTooBig: 'The logo is larger than 1 MB. Choose a smaller image.',
    logoUnreadable: 'The image could not be read. Choose it again; nothing has been changed.',
    logoAlt: 'Current logo',
  },
  templates: {
    title: 'Letter templates',
    intro: 'The text of the handover letter. Placeholders between {{ and }} are filled in when the letter is made.',
    placeholders: 'Available placeholders',
    name: 'Template name',
    subject: 'Subject',
    body: 'Letter text',
    add: 'Add template',
    remove: 'Remove template',
    save: 'Keep templates',
    saved: 'The letter templates have been saved.',
    newName: 'New template',
    newBody: 'Dear Sir or Madam,\n\n\n\nKind regards,',
  },
  pdf: {
    save: 'Save as PDF',
    print: 'Print',
    making: 'Making the document…',
    printFailed: 'Printing from the program did not work. The PDF has been saved; open it and print it from there.',
  },
};

export const docTexts = defineTexts('documents', nl, en);
