import type { ErrorCode } from '../../../common/errors';

/**
 * English for the messages that come from the main side and from the shared rules in common/ (gettext
 * style: the Dutch text is the message id, so the schemas and rules stay as they are and Dutch stays the source).
 * test/unit/messages-en.test.ts reads every Dutch message out of common/, db/ and electron/main and fails
 * when one has no English here, or when an entry here no longer matches any message.
 */

/** The general message of every error code. A new code without English fails the typecheck. */
export const ERROR_MESSAGES_EN: Record<ErrorCode, string> = {
  VALIDATION: 'Not all details are filled in correctly. Check the marked fields.',
  WRONG_PASSWORD: 'The password is incorrect. Nothing has been changed.',
  WRONG_RECOVERY_CODE: 'The recovery code is incorrect. Check the code and try again.',
  TOO_MANY_ATTEMPTS: 'Too many failed attempts. Wait a moment and then try again.',
  LOCKED: 'The dossier file is locked. Unlock it to continue.',
  NO_VAULT: 'There is no dossier file yet. Set up the vault first.',
  VAULT_EXISTS: 'A dossier file already exists in this folder. Nothing has been overwritten.',
  VAULT_TOO_NEW: 'This dossier file was made with a newer version of Nazorgdossier. Install the newest version; the file has not been changed.',
  VAULT_CORRUPT: 'The dossier file is damaged or not a Nazorgdossier file. Nothing has been changed; restore a backup if needed.',
  KEYFILE_CORRUPT: "The vault's key file is damaged or unreadable. Nothing has been changed; restore a backup if needed.",
  SETUP_NOT_STARTED: 'Setting up has not started or has expired. Start again.',
  SETUP_CONFIRMATION_MISMATCH: 'The characters you entered do not match the recovery code. Check what you wrote down.',
  VAULT_INTEGRITY:
    'Checking the dossier file found errors, for example from a disk fault or an interrupted save. ' +
    'Nothing has been changed. Restore the newest good backup; anything entered after that backup must be entered again.',
  BACKUP_FOLDER_UNREACHABLE: 'The backup folder cannot be reached. Check that the USB stick or network folder is connected, or choose another folder.',
  BACKUP_FAILED: 'The backup could not be made or checked. The dossier file itself has not been changed.',
  BACKUP_NOT_FOUND: 'This backup does not exist (any more) or belongs to another dossier file. Nothing has been changed.',
  BACKUP_DAMAGED: 'This backup is damaged and cannot be restored. Nothing has been changed; choose another backup.',
  NO_GOOD_BACKUP: 'No good backup was found in the backup folder. Nothing has been changed.',
  VAULT_NOT_DAMAGED: 'The dossier file is not damaged, so no backup has been restored and nothing has been changed. Unlock it with your password.',
  ALREADY_RUNNING: 'Nazorgdossier is already open. Use the window that is already open.',
  DISK_FULL: 'The disk is full. Nothing has been saved; free up space and try again.',
  READ_ONLY: 'The data folder is read-only. Nothing has been saved; check the folder or the write permissions.',
  NOT_FOUND: 'The requested item does not exist (any more).',
  DUPLICATE_BSN: 'A case file with this BSN already exists. Nothing has been saved; open the existing case file.',
  CONFLICT: 'This change conflicts with existing data. Nothing has been saved.',
  UNKNOWN_METHOD: 'Unknown command. Nothing has been changed.',
  FORBIDDEN: 'Access denied.',
  EXCHANGE_NOT_NAZORG: 'This file is not a Nazorgdossier exchange file (.nazorg) but a file from another program. Nothing has been imported.',
  EXCHANGE_TOO_NEW: 'This exchange file was made with a newer version of Nazorgdossier. Install the newest version and try again; nothing has been imported.',
  EXCHANGE_TRUNCATED:
    'The exchange file is incomplete: it was cut off while copying, e-mailing or downloading. Ask the sender to send it again; nothing has been imported.',
  EXCHANGE_DAMAGED:
    'The exchange file is damaged: the header of the file is wrong or there is extra data after it. Ask the sender to send it again; nothing has been imported.',
  EXCHANGE_KDF_UNSUPPORTED: 'The exchange file uses an unknown or unsafe key setting and is therefore not opened. Nothing has been imported.',
  EXCHANGE_WRONG_PASSPHRASE: 'The password for this exchange file is incorrect. Check the words you received from the sender; nothing has been imported.',
  EXCHANGE_TAMPERED:
    'The content of the exchange file was changed or damaged after encryption: the authenticity check fails. Ask the sender to send it again; nothing has been imported.',
  EXCHANGE_TOO_LARGE: 'The exchange file is too large or unpacks to an implausibly large amount of data. Nothing has been imported.',
  EXCHANGE_TOO_MANY: 'The exchange file holds more case files, actions, notes or attachments than allowed. Nothing has been imported.',
  EXCHANGE_PAYLOAD_TOO_NEW:
    'The data in this exchange file has a newer layout than this version of Nazorgdossier knows. Install the newest version; nothing has been imported.',
  EXCHANGE_INVALID_CONTENT:
    'The content of the exchange file does not meet the agreed format (a field is missing or has an incorrect value). Nothing has been imported.',
  EXCHANGE_ATTACHMENT_MISMATCH:
    'An attachment in the exchange file does not match its checksum or is of a type that is not allowed. Nothing has been imported.',
  ATTACHMENT_EMPTY: 'The chosen file is empty. Nothing has been saved.',
  ATTACHMENT_TOO_LARGE: 'The attachment is larger than 25 MB. Nothing has been saved; make the file smaller or save only the pages needed.',
  ATTACHMENT_DUPLICATE: 'This attachment is already kept with this case file. Nothing has been saved twice.',
  ATTACHMENT_TYPE:
    'This file type cannot be kept as an attachment. Allowed are PDF, PNG, JPEG, Word (.docx) and OpenDocument text (.odt). Nothing has been saved.',
  INTERNAL: 'Something went wrong. Nothing has been changed. Try again or restart the program.',
};

/** Fixed messages: Dutch exactly as the main side or the rule writes it -> English. */
export const MESSAGES_EN: Record<string, string> = {
  // After release (common/aftercare, db/repositories/aftercare.ts)
  'Een afspraak met een tijd heeft een datum nodig.': 'An appointment with a time needs a date.',
  'De cliënt is nog niet vrijgelaten.': 'The client has not been released yet.',
  'De datum kan niet in de toekomst liggen.': 'The date cannot be in the future.',
  'De datum ligt vóór de dag van vrijlating.': 'The date is before the day of release.',
  'Dit nazorgmoment is al vastgelegd.': 'This follow-up moment has already been recorded.',
  'Een poging kan niet in de toekomst liggen.': 'An attempt cannot be in the future.',
  'Er is niets veranderd.': 'Nothing has changed.',
  'Er is nog geen vastlegging van de dag van vrijlating.': 'There is no record of the day of release yet.',
  'Er moet minstens één nazorgmoment zijn.': 'There must be at least one follow-up moment.',
  'Geef de reden van de correctie.': 'Give the reason for the correction.',
  'Geen geldige tijd. Gebruik uu:mm, bijvoorbeeld 09:30.': 'Not a valid time. Use hh:mm, for example 09:30.',
  'De datum ligt te ver in het verleden.': 'The date is too far in the past.',
  'De datum van betaling ligt in de toekomst.': 'The date of payment is in the future.',
  'Geen geldig bedrag. Typ bijvoorbeeld 12,50.': 'Not a valid amount. Type for example 12,50.',
  'Het bedrag moet meer dan € 0,00 zijn.': 'The amount must be more than € 0,00.',
  'Het bedrag is te hoog: maximaal € 25.000,00 per betaling.': 'The amount is too high: at most € 25.000,00 per payment.',
  'Het budget is te hoog: maximaal € 10.000.000,00.': 'The budget is too high: at most € 10.000.000,00.',
  'Kies een jaar tot 2100.': 'Choose a year up to 2100.',
  'Kies een jaar vanaf 2000.': 'Choose a year from 2000.',
  'Kies een jaar.': 'Choose a year.',
  'Kies een soort kosten.': 'Choose a kind of cost.',
  'Vul een bedrag in.': 'Fill in an amount.',
  'Het contact kan niet in de toekomst liggen.': 'The contact cannot be in the future.',
  'Het contact ligt vóór de dag van vrijlating.': 'The contact is before the day of release.',
  'Het eerste contact na vrijlating is al vastgelegd.': 'The first contact after release has already been recorded.',
  'Kies het resultaat.': 'Choose the result.',
  'Kies hoe het contact was.': 'Choose how the contact took place.',
  'Kies hoe u contact zocht.': 'Choose how you tried to make contact.',
  'Kies of de cliënt bereikt is.': 'Choose whether the client was reached.',
  'Kies of er contact is met de reclassering.': 'Choose whether there is contact with the probation service.',
  'Kies wat er met werk of dagbesteding is.': 'Choose what is the case with work or daytime activities.',
  'Maximaal 12 nazorgmomenten.': 'At most 12 follow-up moments.',
  'Maximaal 20 pogingen.': 'At most 20 attempts.',
  'Maximaal 336 uur (14 dagen).': 'At most 336 hours (14 days).',
  'Maximaal 60.': 'At most 60.',
  'Minimaal 1 poging.': 'At least 1 attempt.',
  'Minimaal 1 uur.': 'At least 1 hour.',
  'Minimaal 1.': 'At least 1.',
  'Schrijf op wat eruit kwam.': 'Write down what came out of it.',
  'Twee nazorgmomenten zijn gelijk.': 'Two follow-up moments are the same.',
  'Vul eerst de werkelijke vrijlatingsdatum in.': 'Fill in the actual release date first.',
  'Vul in wie het contact had.': 'Fill in who had the contact.',
  // Field rules of the shared schemas
  'Alleen cijfers, spaties, +, - en haakjes.': 'Only digits, spaces, +, - and brackets.',
  'Alleen kleine letters, cijfers en _.': 'Only lower-case letters, digits and _.',
  'Beschrijf de actie.': 'Describe the action.',
  'Beschrijf het besluit.': 'Describe the decision.',
  'Beschrijf het doel.': 'Describe the goal.',
  'De bijlage is groter dan 25 MB.': 'The attachment is larger than 25 MB.',
  'De brieftekst is leeg.': 'The letter text is empty.',
  'De wachtwoorden zijn niet gelijk.': 'The passwords do not match.',
  'Deze datum ligt in de toekomst.': 'This date is in the future.',
  'Deze naam komt al voor.': 'This name is already used.',
  'Deze sleutel komt al voor.': 'This key is already used.',
  'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.': 'This is not a valid BSN: it fails the eleven test. Check the digits.',
  'Dit wachtwoord is te lang (maximaal 512 tekens).': 'This password is too long (at most 512 characters).',
  'Een BSN bestaat uit 9 cijfers.': 'A BSN has 9 digits.',
  'Er moet minstens één briefsjabloon zijn.': 'There must be at least one letter template.',
  'Geef de sjabloon een naam.': 'Give the template a name.',
  'Geef het overleg een naam.': 'Give the meeting a name.',
  'Geen bestaande datum. Gebruik dd-mm-jjjj, bijvoorbeeld 05-03-2026.': 'Not an existing date. Use dd-mm-yyyy, for example 05-03-2026.',
  'Geen geldig e-mailadres.': 'Not a valid e-mail address.',
  'Geen geldig telefoonnummer. Gebruik cijfers, spaties, + of -.': 'Not a valid phone number. Use digits, spaces, + or -.',
  'Het pad is te lang.': 'The path is too long.',
  'Hoogstens 200 dossiers per overleg.': 'At most 200 case files per meeting.',
  'Houd minstens één leefgebied.': 'Keep at least one life domain.',
  'Kies een aanhef.': 'Choose a form of address.',
  'Kies een bestand.': 'Choose a file.',
  'Kies een grondslag.': 'Choose a legal basis.',
  'Kies een leefgebied.': 'Choose a life domain.',
  'Kies een reden om het dossier af te sluiten.': 'Choose a reason for closing the case file.',
  'Kies een reservekopie uit de lijst.': 'Choose a backup from the list.',
  'Kies een rol.': 'Choose a role.',
  'Kies een soort partner.': 'Choose a kind of partner.',
  'Kies een stand.': 'Choose a state.',
  'Kies minstens één dossier.': 'Choose at least one case file.',
  'Kies minstens één onderdeel.': 'Choose at least one part.',
  'Kies minstens één voorstel.': 'Choose at least one proposal.',
  'Maximaal 20 jaar.': 'At most 20 years.',
  'Maximaal 240 minuten.': 'At most 240 minutes.',
  'Maximaal 365 dagen.': 'At most 365 days.',
  'Maximaal 40 leefgebieden.': 'At most 40 life domains.',
  'Maximaal 60 dagen.': 'At most 60 days.',
  'Maximaal 90 dagen na vrijlating.': 'At most 90 days after release.',
  'Maximaal een jaar vóór vrijlating.': 'At most one year before release.',
  'Minimaal 1 dag.': 'At least 1 day.',
  'Minimaal 1 jaar.': 'At least 1 year.',
  'Minimaal 1 minuut.': 'At least 1 minute.',
  'Schrijf een notitie.': 'Write a note.',
  'Score van 1 tot en met 5.': 'Score from 1 to 5.',
  'Tijd als uu:mm, bijvoorbeeld 10:00.': 'Time as hh:mm, for example 10:00.',
  'Twee sjablonen hebben dezelfde sleutel.': 'Two templates have the same key.',
  'Typ het aantal te vernietigen dossiers ter bevestiging.': 'Type the number of case files to destroy, to confirm.',
  'Vul de achternaam in.': 'Enter the surname.',
  'Vul minstens één partner in.': 'Enter at least one partner.',
  'Vul de datum in waarop de toestemming is gegeven.': 'Enter the date on which consent was given.',
  'Vul de datum van intrekking in.': 'Enter the date of withdrawal.',
  'Vul de laatste groep van de herstelcode in.': 'Enter the last group of the recovery code.',
  'Vul de naam van de contactpersoon in.': "Enter the contact person's name.",
  'Vul de naam van de organisatie in.': "Enter the organisation's name.",
  'Vul de naam van de gemeente in.': "Enter the municipality's name.",
  'Vul uw naam in.': 'Enter your name.',
  'Vul de organisatie in.': 'Enter the organisation.',
  'Vul een datum in.': 'Enter a date.',
  'Vul een naam in.': 'Enter a name.',
  'Vul een omschrijving in.': 'Enter a description.',
  'Vul een sleutel in.': 'Enter a key.',
  'Vul het adres of de postbus in.': 'Enter the address or PO box.',
  'Vul het doel of de grondslag in.': 'Enter the purpose or legal basis.',
  'Vul in aan wie u dit verstrekt.': 'Enter to whom you provide this.',
  'Vul in met wie gegevens gedeeld mogen worden.': 'Enter with whom data may be shared.',
  'Vul in welke gegevens gedeeld mogen worden.': 'Enter which data may be shared.',
  'Vul postcode en plaats in.': 'Enter postcode and town.',
  'Vul uw huidige wachtwoord in.': 'Enter your current password.',
  'Vul uw wachtwoord in.': 'Enter your password.',
  // Dates and the client's journey
  'De datum van de melding ligt in de toekomst.': 'The date of the notice is in the future.',
  'De detentie kan niet vóór de geboortedatum beginnen.': 'Detention cannot start before the date of birth.',
  'De geboortedatum ligt in de toekomst.': 'The date of birth is in the future.',
  'De geboortedatum ligt te ver in het verleden.': 'The date of birth is too far in the past.',
  'De verwachte vrijlating ligt vóór de start van de detentie.': 'The expected release is before the start of detention.',
  'De vrijlating ligt vóór de start van de detentie.': 'The release is before the start of detention.',
  'Licht de reden van afsluiten toe.': 'Explain the reason for closing.',
  'Nazorg kan pas starten als de werkelijke datum van vrijlating bekend is.': 'Aftercare can only start once the actual release date is known.',
  'Vul eerst de startdatum van de detentie in.': 'First enter the start date of detention.',
  'Vul eerst de verwachte datum van vrijlating in.': 'First enter the expected release date.',
  // Consent, plans, meetings and partners (storage rules)
  'De intrekking ligt vóór de datum van toestemming.': 'The withdrawal is before the date of consent.',
  'Deze toestemming is al ingetrokken.': 'This consent has already been withdrawn.',
  'De vrijlatingsdatum is verschoven. Bevestig eerst of de bestaande acties meeschuiven.':
    'The release date has moved. First confirm whether the existing actions move along.',
  'Deze contactpersoon hoort niet bij de gekozen organisatie.': 'This contact person does not belong to the chosen organisation.',
  'Deze deadline ligt vóór de dag waarop de actie is aangemaakt. Bevestig dat dit klopt.':
    'This deadline is before the day the action was created. Confirm that this is right.',
  'Dit voorstel is al overgenomen.': 'This proposal has already been adopted.',
  'Een gekozen dossier bestaat niet (meer).': 'A chosen case file does not exist (any more).',
  'Een leefgebied dat al in plannen gebruikt wordt, kan niet worden verwijderd. Zet het op "niet meer gebruiken".':
    'A life domain already used in plans cannot be removed. Set it to "no longer in use".',
  'Een score kan niet in de toekomst liggen.': 'A score cannot be in the future.',
  'Een van de acties hoort niet (meer) bij deze partner. Vernieuw het overzicht.':
    'One of the actions does not belong to this partner (any more). Refresh the overview.',
  'Er bestaat al een dossier met dit BSN.': 'A case file with this BSN already exists.',
  'Kies een leefgebied uit de lijst.': 'Choose a life domain from the list.',
  'Kies een partner uit het register.': 'Choose a partner from the register.',
  'Kies eerst een organisatie.': 'Choose an organisation first.',
  'Kies partners uit het register.': 'Choose partners from the register.',
  'Niet alle gekozen dossiers zijn afgesloten en over de bewaartermijn. Er is niets vernietigd; ververs de lijst.':
    'Not all chosen case files are closed and past the retention period. Nothing has been destroyed; refresh the list.',
  'Onbekend filter.': 'Unknown filter.',
  'Onbekend voorstel.': 'Unknown proposal.',
  'Dit onderdeel bestaat pas in een nieuwere schemaversie.': 'This section only exists in a newer schema version.',
  'Dit onderdeel staat dubbel in het bestand.': 'This section appears twice in the file.',
  'De vastlegging van de dag van vrijlating staat hier al en wordt niet overschreven.':
    'The record of the day of release is already here and is not overwritten.',
  'In dit overleg zijn nog geen acties toegedeeld. Er is niets geëxporteerd.': 'No actions have been allocated in this meeting yet. Nothing was exported.',
  'Vul eerst de verwachte vrijlatingsdatum in.': 'First enter the expected release date.',
  // Quick entry of an action in a meeting
  'Geef een deadline: dd-mm, dd-mm-jjjj of +dagen (bijvoorbeeld +7).': 'Give a deadline: dd-mm, dd-mm-yyyy or +days (for example +7).',
  'Wijs een partner toe met @naam, bijvoorbeeld @wijkteam.': 'Assign a partner with @name, for example @wijkteam.',
  // Letters, templates and the logo
  'Dit briefsjabloon bestaat niet (meer). Kies een ander sjabloon.': 'This letter template does not exist (any more). Choose another template.',
  'Er staat een {{ of }} zonder tegenhanger in de tekst.': 'The text has a {{ or }} without its counterpart.',
  'Er zijn geen openstaande acties voor een partner om op een lijst te zetten.': 'There are no open actions for a partner to put on a list.',
  'Het bestand is geen PNG- of JPEG-afbeelding.': 'The file is not a PNG or JPEG image.',
  'Het logo is groter dan 1 MB. Kies een kleinere afbeelding.': 'The logo is larger than 1 MB. Choose a smaller image.',
  'Het logo moet een PNG- of JPEG-afbeelding zijn.': 'The logo must be a PNG or JPEG image.',
  'Kies een sjabloon.': 'Choose a template.',
  // Vault, backups and the web transport
  'Geef het volledige pad van de map, vanaf de schijf of de netwerklocatie.': 'Give the full path of the folder, starting from the drive or network location.',
  'Dit is een bestand, geen map. Kies een map.': 'This is a file, not a folder. Choose a folder.',
  'Nazorgdossier heeft geen toegang tot deze map. Controleer de rechten of kies een andere map.':
    'Nazorgdossier has no access to this folder. Check the permissions or choose another folder.',
  'Deze map bestaat niet. Controleer het pad of maak de map eerst aan; is het een USB-stick of netwerkmap, sluit die dan aan.':
    'This folder does not exist. Check the path or create the folder first; if it is a USB stick or network folder, connect it.',
  'De schijf van deze map is vol. Maak ruimte vrij of kies een andere map.': 'The disk of this folder is full. Free up space or choose another folder.',
  'In deze map kan Nazorgdossier niet schrijven (alleen-lezen of geen schrijfrechten). Kies een andere map of vraag om schrijfrechten.':
    'Nazorgdossier cannot write in this folder (read-only or no write permission). Choose another folder or ask for write permission.',
  'Het dossierbestand is al ontgrendeld.': 'The dossier file is already unlocked.',
  'Het dossierbestand is al ontgrendeld. Gebruik "Wachtwoord wijzigen".': 'The dossier file is already unlocked. Use "Change password".',
  'Het verzoek is geen geldige JSON.': 'The request is not valid JSON.',
  'Het verzoek is te groot (meer dan 40 MB). Er is niets gewijzigd.': 'The request is too large (more than 40 MB). Nothing was changed.',
  'Toegang geweigerd. Geen geldige sessie.': 'Access denied. No valid session.',
  'Toegang geweigerd. Deze link is al gebruikt of verlopen; een link werkt één keer en twee minuten lang.':
    'Access denied. This link has already been used or has expired; a link works once and for two minutes.',
  'Komt niet overeen met de laatste groep van de herstelcode.': 'Does not match the last group of the recovery code.',
  'De aanmaakdatum van het uitwisselbestand ontbreekt of is geen geldige datum en tijd. Er is niets ingelezen.':
    'The creation date of the exchange file is missing or is not a valid date and time. Nothing has been imported.',
  // Intake of a notice: reading the file and the proposed fields
  'Deze scan is niet te lezen. Het document wordt bewaard; vul de gegevens zelf in.':
    'This scan cannot be read. The document is kept; please fill in the details yourself.',
  'Dit PDF-bestand kan niet worden gelezen. Het document wordt bewaard; vul de gegevens zelf in.':
    'This PDF file cannot be read. The document is kept; please fill in the details yourself.',
  'Dit soort bestand kan niet worden ingelezen. Kies een PDF, een afbeelding (PNG of JPEG), een .txt- of een .eml-bestand.':
    'This kind of file cannot be read. Choose a PDF, an image (PNG or JPEG), a .txt or an .eml file.',
  'Het bestand is groter dan 25 MB.': 'The file is larger than 25 MB.',
  'Het bestand is leeg.': 'The file is empty.',
  'Alleen voorletters gevonden; vul de voornamen aan als u ze weet.': 'Only initials found; add the first names if you know them.',
  'De tekst noemt verschillende waarden; controleer welke klopt.': 'The text gives different values; check which one is right.',
  'Gevonden zonder duidelijke aanduiding; controleer of dit klopt.': 'Found without a clear label; check that it is right.',
  'Jaartal met twee cijfers; controleer de eeuw.': 'Two-digit year; check the century.',
  'De maand is onzeker gelezen; controleer de datum.': 'The month was read with doubt; check the date.',
  'Deze inrichting staat niet in de lijst; controleer de naam.': 'This institution is not in the list; check the name.',
  'De tabel heeft meer dan één persoon; alleen de eerste is overgenomen.': 'The table lists more than one person; only the first was taken.',
  'Plak de tekst van de melding.': 'Paste the text of the notice.',
  'De tekst is langer dan 200.000 tekens.': 'The text is longer than 200,000 characters.',
  'Dit soort bestand kan niet als bijlage worden bewaard.': 'This kind of file cannot be kept as an attachment.',
  'Geplakte tekst.': 'Pasted text.',
  'Deze lijst kan niet worden gelezen. Kies een CSV-bestand of een Excel-werkmap (.xlsx).':
    'This list cannot be read. Choose a CSV file or an Excel workbook (.xlsx).',
  'De lijst heeft geen regels onder de kopregel.': 'The list has no lines under the header row.',
  'De lijst heeft meer dan 1.000 regels. Splits de lijst en lees de delen apart in.':
    'The list has more than 1,000 lines. Split the list and import the parts separately.',
  'Kies minstens één regel.': 'Choose at least one line.',
  'De lijst is veranderd sinds het voorbeeld. Lees de lijst opnieuw in; er is niets opgeslagen.':
    'The list has changed since the preview. Read the list again; nothing has been saved.',
  'Melding, ingelezen bij de intake.': 'Notice, read at intake.',
  'Uit de melding overgenomen.': 'Taken from the notice.',
  // Results (common/api/results.ts)
  'Kies een jaar tot en met 2100.': 'Choose a year up to 2100.',
  'Kies een kwartaal (1 tot en met 4).': 'Choose a quarter (1 to 4).',
  'De einddatum ligt vóór de begindatum.': 'The end date lies before the start date.',
  'Kies een jaar, een kwartaal of twee datums.': 'Choose a year, a quarter or two dates.',
};

/**
 * Messages with parts that vary. `{name}` stands for a part; the English uses the same names. Parts
 * listed in `messages` are themselves messages (a rule's message inside another) and are translated too;
 * other parts (numbers, names, placeholders) are kept as they are.
 */
export interface MessagePattern {
  nl: string;
  en: string;
  messages?: readonly string[];
}

export const MESSAGE_PATTERNS_EN: readonly MessagePattern[] = [
  { nl: 'Bestand {name}, ingelezen op {date}.', en: 'File {name}, read on {date}.' },
  { nl: 'Dit BSN staat ook in regel {n}.', en: 'This BSN is also on line {n}.' },
  {
    nl: 'Regel {n} is geweigerd. Haal het vinkje weg of verbeter de lijst; er is niets opgeslagen.',
    en: 'Line {n} is refused. Untick it or correct the list; nothing has been saved.',
  },
  { nl: 'Maximaal {n} tekens.', en: 'At most {n} characters.' },
  { nl: 'Te veel mislukte pogingen. Probeer het over {n} seconden opnieuw.', en: 'Too many failed attempts. Try again in {n} seconds.' },
  {
    nl: 'Kies een wachtwoord van minstens {n} tekens, bijvoorbeeld een zin van vier woorden.',
    en: 'Choose a password of at least {n} characters, for example a sentence of four words.',
  },
  { nl: 'Een herstelcode bestaat uit {groups} groepen van {size} tekens.', en: 'A recovery code consists of {groups} groups of {size} characters.' },
  {
    nl: 'Het wachtwoord moet minstens {n} tekens hebben; gebruik de voorgestelde woorden.',
    en: 'The password must have at least {n} characters; use the suggested words.',
  },
  // The journey's labels stay as the UI shows them (the status labels come from common/ in Dutch).
  { nl: 'Van "{from}" kan een dossier niet naar "{to}".', en: 'A case file cannot move from "{from}" to "{to}".' },
  {
    nl: 'Deze partner heeft nog {n} open actie. Rond die af of wijs ze aan een andere partner toe; er is niets verwijderd.',
    en: 'This partner still has {n} open action. Complete it or assign it to another partner; nothing has been removed.',
  },
  {
    nl: 'Deze partner heeft nog {n} open acties. Rond die af of wijs ze aan een andere partner toe; er is niets verwijderd.',
    en: 'This partner still has {n} open actions. Complete them or assign them to another partner; nothing has been removed.',
  },
  { nl: 'In gebruik: {keys}', en: 'In use: {keys}' },
  { nl: 'Geen partner gevonden voor "@{query}".', en: 'No partner found for "@{query}".' },
  { nl: '"@{query}" past bij meer partners: {names}. Typ meer van de naam.', en: '"@{query}" matches several partners: {names}. Type more of the name.' },
  { nl: '"{text}" is geen bestaande datum.', en: '"{text}" is not an existing date.' },
  { nl: 'Het bestand is een {actual}-afbeelding, maar is als {claimed} aangeboden.', en: 'The file is a {actual} image, but was offered as {claimed}.' },
  {
    nl: 'Het uitwisselbestand bevat een onbekend onderdeel: "{name}". Er is niets ingelezen.',
    en: 'The exchange file holds an unknown section: "{name}". Nothing has been imported.',
  },
  {
    nl: 'Dossier {n} in het bestand ({name}), veld "{field}": {problem} Er is niets ingelezen.',
    en: 'Case file {n} in the file ({name}), field "{field}": {problem} Nothing has been imported.',
    messages: ['problem'],
  },
  { nl: 'Onbekende plaatshouder: {list}.', en: 'Unknown placeholder: {list}.' },
  { nl: 'Onbekende plaatshouders: {list}.', en: 'Unknown placeholders: {list}.' },
  { nl: '{problems} Gebruik alleen: {allowed}.', en: '{problems} Use only: {allowed}.', messages: ['problems'] },
  { nl: 'Het sjabloon "{name}" kan niet worden gebruikt. {problem}', en: 'The template "{name}" cannot be used. {problem}', messages: ['problem'] },
];

/**
 * zod's own Dutch messages (locale nl, used on the main side for rules without a message of their own),
 * in the English of zod's en locale. The renderer validates with the en locale itself in English mode;
 * these cover what the main side's validation sends back.
 */
const ZOD_TYPES: Record<string, string> = { getal: 'number' };
const ZOD_UNITS: Record<string, string> = { tekens: 'characters', bytes: 'bytes', elementen: 'items' };
const ZOD_FORMATS: Record<string, string> = {
  invoer: 'input',
  emailadres: 'email address',
  'ISO datum en tijd': 'ISO datetime',
  'ISO datum': 'ISO date',
  'ISO tijd': 'ISO time',
  'ISO duur': 'ISO duration',
  'IPv4-adres': 'IPv4 address',
  'IPv6-adres': 'IPv6 address',
  'base64-gecodeerde tekst': 'base64-encoded string',
  'base64 URL-gecodeerde tekst': 'base64url-encoded string',
};
const type = (t: string) => ZOD_TYPES[t] ?? t;
const unit = (origin: string, u: string) => (origin === 'map' ? 'entries' : (ZOD_UNITS[u] ?? u));

export const ZOD_MESSAGES_EN: readonly { nl: RegExp; en: (...m: string[]) => string }[] = [
  { nl: /^Ongeldige invoer$/, en: () => 'Invalid input' },
  { nl: /^Ongeldige invoer: verwacht instanceof (.+), ontving (.+)$/, en: (e, r) => `Invalid input: expected ${e}, received ${type(r!)}` },
  { nl: /^Ongeldige invoer: verwacht (.+), ontving (.+)$/, en: (e, r) => `Invalid input: expected ${type(e!)}, received ${type(r!)}` },
  { nl: /^Ongeldige invoer: verwacht (.+)$/, en: (v) => `Invalid input: expected ${v}` },
  { nl: /^Ongeldige optie: verwacht één van (.+)$/, en: (v) => `Invalid option: expected one of ${v}` },
  { nl: /^Te (?:lang|groot|laat): verwacht dat (\S+) (\S+) (\S+) heeft$/, en: (o, n, u) => `Too big: expected ${o} to have ${n} ${unit(o!, u!)}` },
  { nl: /^Te (?:lang|groot|laat): verwacht dat (\S+) (\S+) is$/, en: (o, n) => `Too big: expected ${o} to be ${n}` },
  { nl: /^Te (?:kort|klein|vroeg): verwacht dat (\S+) (\S+) (\S+) heeft$/, en: (o, n, u) => `Too small: expected ${o} to have ${n} ${unit(o!, u!)}` },
  { nl: /^Te (?:kort|klein|vroeg): verwacht dat (\S+) (\S+) is$/, en: (o, n) => `Too small: expected ${o} to be ${n}` },
  { nl: /^Ongeldige tekst: moet met "(.*)" beginnen$/, en: (p) => `Invalid string: must start with "${p}"` },
  { nl: /^Ongeldige tekst: moet op "(.*)" eindigen$/, en: (s) => `Invalid string: must end with "${s}"` },
  { nl: /^Ongeldige tekst: moet "(.*)" bevatten$/, en: (s) => `Invalid string: must include "${s}"` },
  { nl: /^Ongeldige tekst: moet overeenkomen met patroon (.+)$/, en: (p) => `Invalid string: must match pattern ${p}` },
  { nl: /^Ongeldig: (.+)$/, en: (f) => `Invalid ${ZOD_FORMATS[f!] ?? f}` },
  { nl: /^Ongeldig getal: moet een veelvoud van (.+) zijn$/, en: (d) => `Invalid number: must be a multiple of ${d}` },
  { nl: /^Onbekende key(s?): (.+)$/, en: (s, k) => `Unrecognized key${s}: ${k}` },
  { nl: /^Ongeldige key in (.+)$/, en: (o) => `Invalid key in ${o}` },
  { nl: /^Ongeldige waarde in (.+)$/, en: (o) => `Invalid value in ${o}` },
];
