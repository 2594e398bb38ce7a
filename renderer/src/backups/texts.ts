/** Dutch texts of the backup screens (reservekopieën). */
export const bt = {
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
  countLabels: {
    dossiers: 'dossiers',
    actions: 'acties',
    audit_log: 'logboekregels',
    provisions: 'verstrekkingen',
    settings: 'instellingen',
  } as Record<string, string>,
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
