/**
 * Typed error codes that cross the API boundary, each with the Dutch message the coordinator sees.
 * The main side throws AppError; both transports carry { code, message, details } to the renderer.
 */
export const ERROR_MESSAGES = {
  VALIDATION: 'Niet alle gegevens zijn juist ingevuld. Controleer de gemarkeerde velden.',
  WRONG_PASSWORD: 'Het wachtwoord is onjuist. Er is niets gewijzigd.',
  WRONG_RECOVERY_CODE: 'De herstelcode is onjuist. Controleer de code en probeer het opnieuw.',
  TOO_MANY_ATTEMPTS: 'Te veel mislukte pogingen. Wacht even en probeer het daarna opnieuw.',
  LOCKED: 'Het dossierbestand is vergrendeld. Ontgrendel het om verder te gaan.',
  NO_VAULT: 'Er is nog geen dossierbestand. Richt eerst de kluis in.',
  VAULT_EXISTS: 'Er bestaat al een dossierbestand in deze map. Er is niets overschreven.',
  VAULT_TOO_NEW: 'Dit dossierbestand is gemaakt met een nieuwere versie van Nazorgdossier. Installeer de nieuwste versie; het bestand is niet gewijzigd.',
  VAULT_CORRUPT: 'Het dossierbestand is beschadigd of geen bestand van Nazorgdossier. Er is niets gewijzigd; herstel zo nodig een reservekopie.',
  KEYFILE_CORRUPT: 'Het sleutelbestand van de kluis is beschadigd of onleesbaar. Er is niets gewijzigd; herstel zo nodig een reservekopie.',
  SETUP_NOT_STARTED: 'De inrichting is niet gestart of verlopen. Begin opnieuw.',
  SETUP_CONFIRMATION_MISMATCH: 'De ingevoerde tekens komen niet overeen met de herstelcode. Controleer wat u hebt opgeschreven.',
  VAULT_INTEGRITY:
    'Bij de controle van het dossierbestand zijn fouten gevonden, bijvoorbeeld door een storing van de schijf of een onderbroken opslag. ' +
    'Er is niets gewijzigd. Zet de nieuwste goede reservekopie terug; wat na die kopie is ingevoerd, moet u opnieuw invoeren.',
  BACKUP_FOLDER_UNREACHABLE: 'De map voor reservekopieën is niet bereikbaar. Controleer of de USB-stick of netwerkmap is aangesloten, of kies een andere map.',
  BACKUP_FAILED: 'De reservekopie kon niet worden gemaakt of gecontroleerd. Het dossierbestand zelf is niet gewijzigd.',
  BACKUP_NOT_FOUND: 'Deze reservekopie bestaat niet (meer) of hoort bij een ander dossierbestand. Er is niets gewijzigd.',
  BACKUP_DAMAGED: 'Deze reservekopie is beschadigd en kan niet worden teruggezet. Er is niets gewijzigd; kies een andere reservekopie.',
  NO_GOOD_BACKUP: 'Er is geen goede reservekopie gevonden in de map voor reservekopieën. Er is niets gewijzigd.',
  VAULT_NOT_DAMAGED:
    'Het dossierbestand is niet beschadigd, dus er is geen reservekopie teruggezet en er is niets gewijzigd. Ontgrendel het met uw wachtwoord.',
  ALREADY_RUNNING: 'Nazorgdossier is al geopend. Gebruik het venster dat al openstaat.',
  DISK_FULL: 'De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer het opnieuw.',
  READ_ONLY: 'De gegevensmap is alleen-lezen. Er is niets opgeslagen; controleer de map of de schrijfrechten.',
  NOT_FOUND: 'Het gevraagde gegeven bestaat niet (meer).',
  DUPLICATE_BSN: 'Er bestaat al een dossier met dit BSN. Er is niets opgeslagen; open het bestaande dossier.',
  CONFLICT: 'Deze wijziging botst met bestaande gegevens. Er is niets opgeslagen.',
  UNKNOWN_METHOD: 'Onbekende opdracht. Er is niets gewijzigd.',
  FORBIDDEN: 'Toegang geweigerd.',
  EXCHANGE_NOT_NAZORG: 'Dit bestand is geen uitwisselbestand van Nazorgdossier (.nazorg), maar een bestand van een ander programma. Er is niets ingelezen.',
  EXCHANGE_TOO_NEW:
    'Dit uitwisselbestand is gemaakt met een nieuwere versie van Nazorgdossier. Installeer de nieuwste versie en probeer het opnieuw; er is niets ingelezen.',
  EXCHANGE_TRUNCATED:
    'Het uitwisselbestand is onvolledig: het is afgebroken tijdens kopiëren, mailen of downloaden. Vraag de afzender het opnieuw te sturen; er is niets ingelezen.',
  EXCHANGE_DAMAGED:
    'Het uitwisselbestand is beschadigd: de kop van het bestand klopt niet of er staan extra gegevens achter. Vraag de afzender het opnieuw te sturen; er is niets ingelezen.',
  EXCHANGE_KDF_UNSUPPORTED: 'Het uitwisselbestand gebruikt een onbekende of onveilige sleutelinstelling en wordt daarom niet geopend. Er is niets ingelezen.',
  EXCHANGE_WRONG_PASSPHRASE: 'Het wachtwoord voor dit uitwisselbestand is onjuist. Controleer de woorden die u van de afzender kreeg; er is niets ingelezen.',
  EXCHANGE_TAMPERED:
    'De inhoud van het uitwisselbestand is na het versleutelen gewijzigd of beschadigd: de echtheidscontrole mislukt. Vraag de afzender het opnieuw te sturen; er is niets ingelezen.',
  EXCHANGE_TOO_LARGE: 'Het uitwisselbestand is te groot of pakt uit tot een onwaarschijnlijk grote hoeveelheid gegevens. Er is niets ingelezen.',
  EXCHANGE_TOO_MANY: 'Het uitwisselbestand bevat meer dossiers, acties, notities of bijlagen dan toegestaan. Er is niets ingelezen.',
  EXCHANGE_PAYLOAD_TOO_NEW:
    'De gegevens in dit uitwisselbestand hebben een nieuwere indeling dan deze versie van Nazorgdossier kent. Installeer de nieuwste versie; er is niets ingelezen.',
  EXCHANGE_INVALID_CONTENT:
    'De inhoud van het uitwisselbestand voldoet niet aan het afgesproken formaat (een veld ontbreekt of heeft een onjuiste waarde). Er is niets ingelezen.',
  EXCHANGE_ATTACHMENT_MISMATCH:
    'Een bijlage in het uitwisselbestand klopt niet met haar controlegetal of is van een niet toegestaan type. Er is niets ingelezen.',
  ATTACHMENT_EMPTY: 'Het gekozen bestand is leeg. Er is niets opgeslagen.',
  ATTACHMENT_TOO_LARGE: 'De bijlage is groter dan 25 MB. Er is niets opgeslagen; verklein het bestand of sla alleen de nodige bladzijden op.',
  ATTACHMENT_DUPLICATE: 'Deze bijlage is al bewaard bij dit dossier. Er is niets dubbel opgeslagen.',
  ATTACHMENT_TYPE:
    'Dit bestandstype kan niet als bijlage worden bewaard. Toegestaan zijn PDF, PNG, JPEG, Word (.docx) en OpenDocument-tekst (.odt). Er is niets opgeslagen.',
  INTERNAL: 'Er ging iets mis. Er is niets gewijzigd. Probeer het opnieuw of start het programma opnieuw.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiErrorPayload {
  code: ErrorCode;
  message: string;
  /** Field-level messages (path -> Dutch message) or other structured details, never personal data in logs. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isApiErrorPayload(v: unknown): v is ApiErrorPayload {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorPayload).code === 'string' && typeof (v as ApiErrorPayload).message === 'string';
}
