import { defineTexts, type TextsShape } from './i18n';

/** Texts of the vault screens, the app frame and settings; Dutch first, English mirrors it (see i18n/). */
const nl = {
  appName: 'Nazorgdossier',
  tagline: 'Binnen beginnen om buiten te blijven',
  setup: {
    title: 'Kluis inrichten',
    intro:
      'Alle dossiers worden versleuteld opgeslagen op deze computer. Kies een wachtwoord om de kluis te openen. ' +
      'Een wachtzin van vier of meer gewone woorden (bijvoorbeeld "fiets regen lantaarn koffie") is lang, moeilijk te raden en makkelijk te onthouden.',
    password: 'Wachtwoord (minstens 12 tekens)',
    repeat: 'Herhaal het wachtwoord',
    next: 'Volgende',
    codeTitle: 'Uw herstelcode',
    codeIntro:
      'Met deze herstelcode opent u de kluis als u uw wachtwoord vergeet. Print hem of schrijf hem over en bewaar hem in een kluis of afgesloten kast, niet bij de computer. Zonder wachtwoord én zonder herstelcode zijn de gegevens niet meer te openen — ook niet door een leverancier.',
    print: 'Herstelcode printen',
    confirmLabel: 'Ter controle: typ de laatste groep van vier tekens van de herstelcode',
    finish: 'Kluis aanmaken',
    back: 'Terug',
  },
  unlock: {
    title: 'Kluis ontgrendelen',
    intro: 'Voer uw wachtwoord in om de dossiers te openen.',
    password: 'Wachtwoord',
    submit: 'Ontgrendelen',
    forgot: 'Wachtwoord vergeten? Herstelcode gebruiken',
    wait: (s: number) => `Te veel mislukte pogingen. Probeer het over ${s} seconden opnieuw.`,
    passwordMissing: 'Vul uw wachtwoord in.',
  },
  recovery: {
    title: 'Herstelcode gebruiken',
    intro: 'Voer de herstelcode in die u bij het inrichten hebt bewaard en kies een nieuw wachtwoord. Alle gegevens blijven bewaard.',
    code: 'Herstelcode (8 groepen van 4 tekens)',
    password: 'Nieuw wachtwoord (minstens 12 tekens)',
    repeat: 'Herhaal het nieuwe wachtwoord',
    submit: 'Ontgrendelen en wachtwoord instellen',
    back: 'Terug naar ontgrendelen',
  },
  shell: {
    lockNow: 'Vergrendel nu',
    changePassword: 'Wachtwoord wijzigen',
    settings: 'Instellingen',
    home: 'Start',
    audit: 'Logboek',
    autoLock: (min: number) => `Vergrendelt automatisch na ${min} minuten zonder activiteit.`,
    webMode: 'Webmodus: alleen bereikbaar op deze computer.',
  },
  changePassword: {
    title: 'Wachtwoord wijzigen',
    current: 'Huidig wachtwoord',
    next: 'Nieuw wachtwoord (minstens 12 tekens)',
    repeat: 'Herhaal het nieuwe wachtwoord',
    submit: 'Wijzigen',
    cancel: 'Annuleren',
    done: 'Het wachtwoord is gewijzigd. De herstelcode blijft geldig.',
  },
  settings: {
    title: 'Instellingen',
    autoLock: 'Automatisch vergrendelen na (minuten)',
    municipalityName: 'Naam gemeente',
    municipalityAddress: 'Adres gemeente',
    coordinatorName: 'Naam coördinator',
    coordinatorPhone: 'Telefoon coördinator',
    coordinatorEmail: 'E-mail coördinator',
    save: 'Opslaan',
    saved: 'De instellingen zijn opgeslagen.',
  },
  home: {
    title: 'Welkom',
    intro: 'De kluis is open. Hier komen het dossieroverzicht en het dashboard "Vandaag".',
  },
  audit: {
    title: 'Logboek',
    intro: 'Wie deed wat en wanneer: ontgrendelen, vergrendelen, wijzigingen en verstrekkingen. Er staan geen persoonsgegevens in.',
    at: 'Tijdstip',
    event: 'Gebeurtenis',
    detail: 'Details',
  },
  common: {
    loading: 'Bezig…',
    noConnection: 'Geen verbinding met Nazorgdossier. Draait het programma nog?',
  },
  demo: {
    open: 'Eerst rondkijken met fictieve demogegevens',
    hint: 'Een aparte demokluis met verzonnen dossiers; uw eigen kluis blijft leeg en vergrendeld.',
    banner: 'Demokluis: alleen fictieve gegevens. Wat u hier doet, komt niet in uw eigen kluis.',
    close: 'Demo afsluiten',
  },
  display: {
    title: 'Weergave',
    language: 'Taal',
    textSize: 'Tekstgrootte',
    textSizes: { normaal: 'Normaal', groot: 'Groot', 'extra-groot': 'Extra groot' },
  },
};

const en: TextsShape<typeof nl> = {
  appName: 'Nazorgdossier',
  tagline: 'Start inside to stay outside',
  setup: {
    title: 'Set up the vault',
    intro:
      'All case files are stored encrypted on this computer. Choose a password to open the vault. ' +
      'A passphrase of four or more ordinary words (for example "bicycle rain lantern coffee") is long, hard to guess and easy to remember.',
    password: 'Password (at least 12 characters)',
    repeat: 'Repeat the password',
    next: 'Next',
    codeTitle: 'Your recovery code',
    codeIntro:
      'With this recovery code you can open the vault if you forget your password. Print it or write it down and keep it in a safe or locked cabinet, not near the computer. Without the password and without the recovery code the data cannot be opened again — not even by a supplier.',
    print: 'Print recovery code',
    confirmLabel: 'To check: type the last group of four characters of the recovery code',
    finish: 'Create vault',
    back: 'Back',
  },
  unlock: {
    title: 'Unlock the vault',
    intro: 'Enter your password to open the case files.',
    password: 'Password',
    submit: 'Unlock',
    forgot: 'Forgot your password? Use the recovery code',
    wait: (s: number) => `Too many failed attempts. Try again in ${s} seconds.`,
    passwordMissing: 'Enter your password.',
  },
  recovery: {
    title: 'Use the recovery code',
    intro: 'Enter the recovery code you kept when setting up, and choose a new password. All data is kept.',
    code: 'Recovery code (8 groups of 4 characters)',
    password: 'New password (at least 12 characters)',
    repeat: 'Repeat the new password',
    submit: 'Unlock and set password',
    back: 'Back to unlock',
  },
  shell: {
    lockNow: 'Lock now',
    changePassword: 'Change password',
    settings: 'Settings',
    home: 'Home',
    audit: 'Audit log',
    autoLock: (min: number) => `Locks automatically after ${min} minutes without activity.`,
    webMode: 'Web mode: reachable on this computer only.',
  },
  changePassword: {
    title: 'Change password',
    current: 'Current password',
    next: 'New password (at least 12 characters)',
    repeat: 'Repeat the new password',
    submit: 'Change',
    cancel: 'Cancel',
    done: 'The password has been changed. The recovery code stays valid.',
  },
  settings: {
    title: 'Settings',
    autoLock: 'Lock automatically after (minutes)',
    municipalityName: 'Municipality name',
    municipalityAddress: 'Municipality address',
    coordinatorName: 'Coordinator name',
    coordinatorPhone: 'Coordinator phone',
    coordinatorEmail: 'Coordinator e-mail',
    save: 'Save',
    saved: 'The settings have been saved.',
  },
  home: {
    title: 'Welcome',
    intro: 'The vault is open.',
  },
  audit: {
    title: 'Audit log',
    intro: 'Who did what and when: unlocking, locking, changes and provisions of data. It contains no personal data.',
    at: 'Time',
    event: 'Event',
    detail: 'Details',
  },
  common: {
    loading: 'Working…',
    noConnection: 'No connection with Nazorgdossier. Is the program still running?',
  },
  demo: {
    open: 'Look around first with fictional demo data',
    hint: 'A separate demo vault with made-up case files; your own vault stays empty and locked.',
    banner: 'Demo vault: fictional data only. Nothing you do here reaches your own vault.',
    close: 'Close demo',
  },
  display: {
    title: 'Display',
    language: 'Language',
    textSize: 'Text size',
    textSizes: { normaal: 'Normal', groot: 'Large', 'extra-groot': 'Extra large' },
  },
};

export const t = defineTexts('app', nl, en);
