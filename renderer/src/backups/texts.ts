import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the backup screens (reservekopieën); Dutch first, English mirrors it. */
const nl = {
  nav: 'Reservekopieën',
  title: 'Reservekopieën',
  intro:
    'Nazorgdossier maakt zelf een versleutelde reservekopie bij het eerste ontgrendelen van de dag en bij het afsluiten. ' +
    'Bewaard blijven de kopieën van de laatste 7 dagen, 4 weken en 12 maanden. Een kopie opent met hetzelfde wachtwoord of dezelfde herstelcode.',
  folderTitle: 'Map voor reservekopieën',
  folderHelp: 'Bijvoorbeeld een netwerkmap of USB-stick. Laat leeg voor de standaardmap op deze computer.',
  folderLabel: 'Map',
  folderDefault: (f: string) => `Standaardmap: ${f}`,
  folderSave: 'Map opslaan',
  folderChoose: 'Map kiezen…',
  folderUseDefault: 'Standaardmap gebruiken',
  folderPickerHelp: 'Bijvoorbeeld een netwerkmap of USB-stick.',
  folderSaved: 'De map voor reservekopieën is opgeslagen.',
  makeNow: 'Nu reservekopie maken',
  made: (d: string) => `Reservekopie gemaakt en gecontroleerd (${d}).`,
  listTitle: 'Beschikbare reservekopieën',
  none: 'Er zijn nog geen reservekopieën in deze map.',
  colDate: 'Gemaakt op',
  colReason: 'Aanleiding',
  colCounts: 'Inhoud',
  colSize: 'Grootte',
  restore: 'Terugzetten…',
  reasons: { dagelijks: 'Dagelijks', afsluiten: 'Bij afsluiten', handmatig: 'Handmatig', 'voor-herstel': 'Vóór terugzetten' } as Record<string, string>,
  /** [one, many] per table. */
  countLabels: {
    dossiers: ['dossier', 'dossiers'],
    plan_actions: ['actie', 'acties'],
    attachments: ['bijlage', 'bijlagen'],
    audit_log: ['logboekregel', 'logboekregels'],
    provisions: ['verstrekking', 'verstrekkingen'],
    settings: ['instelling', 'instellingen'],
  } as Record<string, readonly [string, string]>,
  confirmTitle: 'Reservekopie terugzetten?',
  confirmIntro: (d: string) =>
    `U zet de reservekopie van ${d} terug. Alles wat daarna is ingevoerd of gewijzigd, verdwijnt uit het dossierbestand. ` +
    'Voor de zekerheid wordt de huidige stand eerst zelf als reservekopie bewaard, zodat u dit kunt terugdraaien.',
  confirmCounts: 'Deze kopie bevat:',
  confirm: 'Ja, terugzetten',
  cancel: 'Annuleren',
  restored: (d: string) => `De reservekopie van ${d} is teruggezet. De stand van vóór het terugzetten staat als reservekopie in de lijst.`,
  lastGood: (d: string) => `Laatste goede reservekopie: ${d}.`,
  warning: {
    unreachable: 'De map voor reservekopieën is niet bereikbaar. Sluit de USB-stick of netwerkmap aan, of kies een andere map.',
    failed: 'De laatste reservekopie is mislukt. Controleer de map voor reservekopieën.',
    never: 'Er is nog geen reservekopie gemaakt.',
    stale: 'De laatste goede reservekopie is ouder dan 7 dagen.',
    action: 'Naar reservekopieën',
  },
  damaged: {
    title: 'Het dossierbestand is beschadigd',
    explain:
      'Bij het openen is gecontroleerd of het dossierbestand heel is, en dat is het niet (bijvoorbeeld door een schijffout of een storing tijdens het opslaan). ' +
      'Er is niets gewijzigd. U kunt de nieuwste goede reservekopie terugzetten; het beschadigde bestand blijft apart bewaard.',
    offer: (d: string, n: number) => `Er ${n === 1 ? 'is 1 reservekopie' : `zijn ${n} reservekopieën`} gevonden; de nieuwste is van ${d}.`,
    none: 'Er zijn geen reservekopieën gevonden in de map voor reservekopieën. Neem contact op met uw functioneel beheerder.',
    restore: 'Nieuwste goede reservekopie terugzetten',
  },
};

const en: TextsShape<typeof nl> = {
  nav: 'Backups',
  title: 'Backups',
  intro:
    'Nazorgdossier makes an encrypted backup by itself at the first unlock of the day and when it closes. ' +
    'Backups of the last 7 days, 4 weeks and 12 months are kept. A backup opens with the same password or recovery code.',
  folderTitle: 'Backup folder',
  folderHelp: 'For example a network folder or USB stick. Leave empty for the default folder on this computer.',
  folderLabel: 'Folder',
  folderDefault: (f: string) => `Default folder: ${f}`,
  folderSave: 'Save folder',
  folderChoose: 'Choose folder…',
  folderUseDefault: 'Use the default folder',
  folderPickerHelp: 'For example a network folder or USB stick.',
  folderSaved: 'The backup folder has been saved.',
  makeNow: 'Make a backup now',
  made: (d: string) => `Backup made and verified (${d}).`,
  listTitle: 'Available backups',
  none: 'There are no backups in this folder yet.',
  colDate: 'Made on',
  colReason: 'Occasion',
  colCounts: 'Contents',
  colSize: 'Size',
  restore: 'Restore…',
  reasons: { dagelijks: 'Daily', afsluiten: 'On closing', handmatig: 'Manual', 'voor-herstel': 'Before restoring' },
  countLabels: {
    dossiers: ['case file', 'case files'],
    plan_actions: ['action', 'actions'],
    attachments: ['attachment', 'attachments'],
    audit_log: ['log entry', 'log entries'],
    provisions: ['provision', 'provisions'],
    settings: ['setting', 'settings'],
  },
  confirmTitle: 'Restore backup?',
  confirmIntro: (d: string) =>
    `You are restoring the backup of ${d}. Everything entered or changed after it disappears from the dossier file. ` +
    'To be safe, the current state is saved as a backup first, so you can undo this.',
  confirmCounts: 'This backup contains:',
  confirm: 'Yes, restore',
  cancel: 'Cancel',
  restored: (d: string) => `The backup of ${d} has been restored. The state from before the restore is in the list as a backup.`,
  lastGood: (d: string) => `Last good backup: ${d}.`,
  warning: {
    unreachable: 'The backup folder cannot be reached. Connect the USB stick or network folder, or choose another folder.',
    failed: 'The last backup failed. Check the backup folder.',
    never: 'No backup has been made yet.',
    stale: 'The last good backup is older than 7 days.',
    action: 'Go to backups',
  },
  damaged: {
    title: 'The dossier file is damaged',
    explain:
      'On opening, the dossier file was checked and found damaged (for example by a disk fault or a failure while saving). ' +
      'Nothing has been changed. You can restore the newest good backup; the damaged file is kept aside.',
    offer: (d: string, n: number) => `${n === 1 ? '1 backup was' : `${n} backups were`} found; the newest is from ${d}.`,
    none: 'No backups were found in the backup folder. Contact your application administrator.',
    restore: 'Restore the newest good backup',
  },
};

export const bt = defineTexts('backups', nl, en);
