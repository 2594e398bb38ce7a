import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the retention page (bewaartermijn en vernietiging); Dutch first, English mirrors it. */
const nl = {
  nav: 'Bewaartermijn',
  title: 'Bewaartermijn en vernietiging',
  intro: (years: number, cutoff: string) =>
    `Afgesloten dossiers worden ${years} jaar na afsluiten voorgesteld voor vernietiging. Hieronder staan de dossiers die vóór ${cutoff} zijn afgesloten.`,
  yearsLabel: 'Bewaartermijn (jaren)',
  yearsSave: 'Opslaan',
  yearsSaved: 'De bewaartermijn is opgeslagen.',
  none: 'Er zijn geen afgesloten dossiers over de bewaartermijn.',
  colName: 'Dossier',
  colClosed: 'Afgesloten op',
  selectAll: 'Alles selecteren',
  destroy: (n: number) => `${n} ${n === 1 ? 'dossier' : 'dossiers'} vernietigen…`,
  confirmTitle: 'Dossiers definitief vernietigen?',
  confirmText: (n: number) =>
    `U vernietigt ${n} ${n === 1 ? 'dossier' : 'dossiers'} met alle gegevens, notities, contactpersonen, toestemmingen en geschiedenis. ` +
    'Dit kan niet ongedaan worden gemaakt. Het verstrekkingenregister houdt alleen een regel met het aantal en de datum. ' +
    'Reservekopieën van vóór vandaag bevatten de gegevens nog, tot ze volgens het bewaarschema (uiterlijk na 12 maanden) vanzelf verdwijnen.',
  confirmLabel: 'Typ het aantal dossiers ter bevestiging',
  confirm: 'Definitief vernietigen',
  cancel: 'Annuleren',
  destroyed: (n: number) => `${n} ${n === 1 ? 'dossier is' : 'dossiers zijn'} vernietigd.`,
};

const en: TextsShape<typeof nl> = {
  nav: 'Retention',
  title: 'Retention and destruction',
  intro: (years: number, cutoff: string) =>
    `Closed dossiers are proposed for destruction ${years} years after closing. Below are the dossiers closed before ${cutoff}.`,
  yearsLabel: 'Retention period (years)',
  yearsSave: 'Save',
  yearsSaved: 'The retention period has been saved.',
  none: 'There are no closed dossiers past the retention period.',
  colName: 'Dossier',
  colClosed: 'Closed on',
  selectAll: 'Select all',
  destroy: (n: number) => `Destroy ${n} ${n === 1 ? 'dossier' : 'dossiers'}…`,
  confirmTitle: 'Destroy dossiers permanently?',
  confirmText: (n: number) =>
    `You are destroying ${n} ${n === 1 ? 'dossier' : 'dossiers'} with all data, notes, contacts, consents and history. ` +
    'This cannot be undone. The register of provisions keeps only a line with the number and the date. ' +
    'Backups from before today still hold the data until they disappear by the backup schedule (after 12 months at most).',
  confirmLabel: 'Type the number of dossiers to confirm',
  confirm: 'Destroy permanently',
  cancel: 'Cancel',
  destroyed: (n: number) => `${n} ${n === 1 ? 'dossier has' : 'dossiers have'} been destroyed.`,
};

export const rt = defineTexts('retention', nl, en);
