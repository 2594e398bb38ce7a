import { defineTexts, type TextsShape } from '../i18n';

/** Texts for a web-mode page that lost its way to the main side, and for a lock that could not happen. */
const nl = {
  title: {
    session: 'Deze pagina heeft geen geldige sessie meer',
    link: 'Deze link is al gebruikt of verlopen',
    connection: 'Nazorgdossier is niet meer bereikbaar',
  },
  why: {
    session: 'Nazorgdossier is opnieuw gestart, of dit tabblad is geopend zonder de link van het programma. Deze pagina kan niets meer lezen of wijzigen.',
    link: 'Een link van Nazorgdossier werkt één keer en is twee minuten geldig. Daarna is hij niets meer waard, ook niet in de geschiedenis van de browser.',
    connection: 'Het programma is gestopt of de computer is opnieuw opgestart. Deze pagina kan niets meer lezen of wijzigen.',
  },
  howBack: 'Zo gaat u verder',
  steps: [
    'Ga naar het venster waarin Nazorgdossier draait en druk op Enter: het programma opent een nieuw browservenster (of toont een nieuwe link).',
    'Draait Nazorgdossier niet meer? Start het opnieuw; het opent zelf een browservenster.',
    'Sluit daarna dit tabblad.',
  ],
  vault: 'Uw gegevens blijven veilig in de kluis. De kluis vergrendelt vanzelf na de ingestelde tijd zonder gebruik en altijd wanneer het programma stopt.',
  lockFailed: (reason: string) => `Vergrendelen is niet gelukt: ${reason}`,
};

const en: TextsShape<typeof nl> = {
  title: {
    session: 'This page no longer has a valid session',
    link: 'This link has already been used or has expired',
    connection: 'Nazorgdossier can no longer be reached',
  },
  why: {
    session: 'Nazorgdossier was restarted, or this tab was opened without the program’s link. This page can no longer read or change anything.',
    link: 'A Nazorgdossier link works once and for two minutes. After that it is worthless, in the browser’s history too.',
    connection: 'The program has stopped or the computer was restarted. This page can no longer read or change anything.',
  },
  howBack: 'How to continue',
  steps: [
    'Go to the window in which Nazorgdossier runs and press Enter: the program opens a new browser window (or shows a new link).',
    'Is Nazorgdossier no longer running? Start it again; it opens a browser window itself.',
    'Then close this tab.',
  ],
  vault: 'Your data stays safe in the vault. The vault locks by itself after the set time without use, and always when the program stops.',
  lockFailed: (reason: string) => `Locking did not work: ${reason}`,
};

export const sessionTexts = defineTexts('session', nl, en);
