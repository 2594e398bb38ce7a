import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the first-run guide (startgids) and the printed recovery-code sheet; Dutch first, English mirrors it. */
const nl = {
  title: 'Startgids',
  intro: 'Vijf korte stappen om Nazorgdossier klaar te zetten voor uw gemeente. Alles wat u hier invult, kunt u later wijzigen onder Instellingen.',
  close: 'Startgids sluiten',
  stepsLabel: 'Stappen van de startgids',
  optional: 'Optioneel',
  steps: {
    gemeente: 'Gemeentegegevens',
    herstelcode: 'Herstelcode',
    reservekopieen: 'Reservekopieën',
    partners: 'Partners in uw gemeente',
    demo: 'Proberen met voorbeeldgegevens',
  },
  later: 'Later instellen',
  back: 'Terug',
  next: 'Volgende',
  saveAndNext: 'Opslaan en verder',
  finish: 'Startgids afronden',
  stepCount: (n: number, total: number) => `Stap ${n} van ${total}`,
  municipality: {
    intro: 'Deze gegevens komen in het briefhoofd van overdrachtsbrieven en op de afdrukken van dossiers.',
    saved: 'De gemeentegegevens zijn opgeslagen.',
  },
  recovery: {
    intro:
      'Bij het inrichten hebt u de herstelcode gezien en bevestigd. Daarmee opent u de kluis als u het wachtwoord vergeet. Zonder wachtwoord én zonder herstelcode zijn de gegevens niet meer te openen.',
    printIntro: 'Druk de herstelcode af en berg het blad op in een kluis of afgesloten kast, niet bij de computer.',
    print: 'Herstelcode afdrukken',
    gone: 'Nazorgdossier bewaart de herstelcode niet en kan hem daarom niet opnieuw tonen of afdrukken. Gebruik het blad of de aantekening van het inrichten.',
    confirm: 'Ik heb de herstelcode veilig bewaard',
    confirmNeeded: 'Vink aan dat u de herstelcode hebt bewaard, of kies "Later instellen".',
  },
  backups: {
    intro:
      'Nazorgdossier maakt zelf versleutelde reservekopieën: bij het eerste ontgrendelen van de dag en bij het afsluiten. Kies bij voorkeur een map buiten deze computer, zoals een netwerkmap of USB-stick.',
    defaultFolder: (f: string) => `Zonder keuze komen de reservekopieën in de standaardmap op deze computer: ${f}`,
    currentFolder: (f: string) => `Reservekopieën komen nu in: ${f}`,
    firstCopy: 'Maak gerust nu een eerste reservekopie om te zien dat het werkt.',
  },
  demo: {
    intro:
      'Wilt u eerst rondkijken? De demokluis is een aparte kluis met verzonnen dossiers, plannen en overleggen. Wat u daar doet, komt nooit in uw eigen kluis.',
    how: 'Bij het openen van de demokluis wordt uw eigen kluis vergrendeld. Met "Demo afsluiten" komt u terug bij het ontgrendelscherm van uw eigen kluis.',
    open: 'Demokluis openen',
  },
  reopen: 'Startgids opnieuw doorlopen',
  reopenHelp: 'De stappen van na het inrichten: gemeentegegevens, herstelcode, reservekopieën, partners en de demokluis.',
  notInDemo: 'De startgids hoort bij uw eigen kluis en is er niet in de demokluis.',
  sheet: {
    title: 'Herstelcode Nazorgdossier',
    printed: (d: string) => `Afgedrukt op ${d}`,
    explain:
      'Met deze herstelcode opent u de kluis van Nazorgdossier als u het wachtwoord vergeet. Bewaar dit blad in een kluis of afgesloten kast, niet bij de computer. Gooi het niet weg en maak geen foto of kopie.',
  },
};

const en: TextsShape<typeof nl> = {
  title: 'Getting started',
  intro: 'Five short steps to prepare Nazorgdossier for your municipality. Everything you enter here can be changed later under Settings.',
  close: 'Close the guide',
  stepsLabel: 'Steps of the guide',
  optional: 'Optional',
  steps: {
    gemeente: 'Municipality details',
    herstelcode: 'Recovery code',
    reservekopieen: 'Backups',
    partners: 'Partners in your municipality',
    demo: 'Try with example data',
  },
  later: 'Set up later',
  back: 'Back',
  next: 'Next',
  saveAndNext: 'Save and continue',
  finish: 'Finish the guide',
  stepCount: (n: number, total: number) => `Step ${n} of ${total}`,
  municipality: {
    intro: 'These details appear in the letterhead of handover letters and on printed dossiers.',
    saved: 'The municipality details have been saved.',
  },
  recovery: {
    intro:
      'During set-up you saw and confirmed the recovery code. With it you open the vault if you forget the password. Without the password and without the recovery code the data cannot be opened again.',
    printIntro: 'Print the recovery code and keep the sheet in a safe or locked cabinet, not near the computer.',
    print: 'Print recovery code',
    gone: 'Nazorgdossier does not keep the recovery code, so it cannot show or print it again. Use the sheet or note from the set-up.',
    confirm: 'I have kept the recovery code safe',
    confirmNeeded: 'Tick that you have kept the recovery code, or choose "Set up later".',
  },
  backups: {
    intro:
      'Nazorgdossier makes encrypted backups by itself: at the first unlock of the day and when it closes. Preferably choose a folder outside this computer, such as a network folder or USB stick.',
    defaultFolder: (f: string) => `Without a choice, backups go to the default folder on this computer: ${f}`,
    currentFolder: (f: string) => `Backups now go to: ${f}`,
    firstCopy: 'Feel free to make a first backup now to see that it works.',
  },
  demo: {
    intro:
      'Would you like to look around first? The demo vault is a separate vault with made-up dossiers, plans and meetings. Nothing you do there reaches your own vault.',
    how: 'Opening the demo vault locks your own vault. "Close demo" brings you back to the unlock screen of your own vault.',
    open: 'Open the demo vault',
  },
  reopen: 'Go through the getting-started guide again',
  reopenHelp: 'The steps after set-up: municipality details, recovery code, backups, partners and the demo vault.',
  notInDemo: 'The getting-started guide belongs to your own vault and is not available in the demo vault.',
  sheet: {
    title: 'Nazorgdossier recovery code',
    printed: (d: string) => `Printed on ${d}`,
    explain:
      'With this recovery code you open the Nazorgdossier vault if you forget the password. Keep this sheet in a safe or locked cabinet, not near the computer. Do not throw it away and do not photograph or copy it.',
  },
};

export const ft = defineTexts('firstrun', nl, en);
