/**
 * Recognition rules for detention notices, as data: which labels name which field, the Dutch month names,
 * the words around a name, and the lines that are noise (letterheads, footers, disclaimers, quoted replies).
 * The functions in this folder only read these tables, so a new way of writing a notice is one more entry here.
 */

/** Fields the intake proposes. Dossier field names where the dossier has one; the casemanager and reclassering become contacts. */
export const INTAKE_FIELDS = [
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'bsn',
  'geboortedatum',
  'institution',
  'detentieStart',
  'meldingDatum',
  'verwachteVrijlating',
  'casemanagerNaam',
  'casemanagerTelefoon',
  'casemanagerEmail',
  'reclasseringOrganisatie',
  'reclasseringToezicht',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

/** What a label announces. `naam` is a full name that is split into voornamen, tussenvoegsel and achternaam. */
export type LabelTarget = IntakeField | 'naam' | 'ignore';

/**
 * Labels in lower case, without the colon; spaces, dots and hyphens are compared loosely (see labelKey).
 * The number is how sure a label makes us (a bare "datum" may be the date of the letter or of something else).
 */
export const LABELS: readonly { target: LabelTarget; labels: readonly string[]; confidence: number }[] = [
  {
    target: 'naam',
    confidence: 0.95,
    labels: [
      'naam',
      'naam betrokkene',
      'betrokkene',
      'naam gedetineerde',
      'gedetineerde',
      'naam justitiabele',
      'justitiabele',
      'client',
      'naam client',
      'cliënt',
      'naam cliënt',
      'volledige naam',
      'persoon',
      'naam persoon',
      'ingeslotene',
      'naam ingeslotene',
      'naam (brp)',
      'naam brp',
    ],
  },
  // "Betreft: Testmans, F." names the person; "Betreft: melding detentie" does not look like a name and is skipped.
  { target: 'naam', confidence: 0.85, labels: ['betreft', 'inzake'] },
  // Labels whose value is not ours: known, so the text after them is not taken for something else.
  {
    target: 'ignore',
    confidence: 0,
    labels: ['aan', 'to', 'cc', 'onderwerp', 'subject', 'kenmerk', 'ons kenmerk', 'uw kenmerk', 'bijlage', 'bijlagen', 'postcode', 'adres', 'woonplaats'],
  },
  { target: 'achternaam', confidence: 0.97, labels: ['achternaam', 'geslachtsnaam', 'familienaam', 'naam (achternaam)'] },
  { target: 'tussenvoegsel', confidence: 0.97, labels: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'voorvoegsel geslachtsnaam'] },
  { target: 'voornamen', confidence: 0.97, labels: ['voornamen', 'voornaam', 'voorna(a)m(en)', 'voornaam/voornamen', 'voorletters'] },
  {
    target: 'bsn',
    confidence: 0.97,
    labels: ['bsn', 'burgerservicenummer', 'bsn-nummer', 'bsn nummer', 'burgerservicenummer (bsn)', 'bsn/burgerservicenummer'],
  },
  {
    target: 'geboortedatum',
    confidence: 0.97,
    labels: ['geboortedatum', 'geb. datum', 'geb.datum', 'geb datum', 'geboren', 'geboren op', 'datum van geboorte', 'geb.'],
  },
  {
    target: 'institution',
    confidence: 0.95,
    labels: [
      'inrichting',
      'penitentiaire inrichting',
      'pi',
      'p.i.',
      'verblijfplaats',
      'huidige verblijfplaats',
      'detentielocatie',
      'locatie',
      'instelling',
      'huidige inrichting',
      'verblijft in',
      'ingesloten in',
      'plaats van detentie',
      'inrichting van verblijf',
    ],
  },
  {
    target: 'detentieStart',
    confidence: 0.95,
    labels: [
      'datum insluiting',
      'insluitingsdatum',
      'ingesloten op',
      'ingesloten sinds',
      'ingesloten per',
      'start detentie',
      'begin detentie',
      'detentie vanaf',
      'datum aanvang detentie',
      'aanvang detentie',
      'in detentie sinds',
      'in detentie per',
      'datum detentie',
      'detentiedatum',
      'datum binnenkomst',
      'binnenkomst',
      'datum start detentie',
      'startdatum detentie',
      'begindatum detentie',
      'gedetineerd sinds',
    ],
  },
  {
    target: 'meldingDatum',
    confidence: 0.9,
    labels: [
      'datum melding',
      'meldingsdatum',
      'datum van melding',
      'datum bericht',
      'berichtdatum',
      'melding ontvangen',
      'datum ontvangst',
      'datum kennisgeving',
    ],
  },
  // A bare date label is usually the date of the letter or e-mail, which is the date of the notice; not sure enough to be certain.
  { target: 'meldingDatum', confidence: 0.7, labels: ['datum', 'date', 'verzonden', 'sent', 'dagtekening', 'datum brief'] },
  {
    target: 'verwachteVrijlating',
    confidence: 0.95,
    labels: [
      'verwachte vrijlating',
      'verwachte datum vrijlating',
      'verwachte vrijlatingsdatum',
      'vermoedelijke vrijlating',
      'vermoedelijke datum vrijlating',
      'datum vrijlating',
      'vrijlatingsdatum',
      'vrijlating',
      'einddatum detentie',
      'einde detentie',
      'verwachte einddatum',
      'verwachte einddatum detentie',
      'datum invrijheidstelling',
      'invrijheidstelling',
      'verwachte invrijheidstelling',
      'verwachte datum invrijheidstelling',
      'datum ontslag',
      'verwachte datum ontslag',
      'vi-datum',
      'v.i.-datum',
      'vi datum',
      'uitstroomdatum',
      'verwachte uitstroom',
      'verwachte uitstroomdatum',
    ],
  },
  {
    target: 'casemanagerNaam',
    confidence: 0.93,
    labels: [
      'casemanager',
      'casemanager pi',
      'naam casemanager',
      'casemanager dji',
      'contactpersoon',
      'contactpersoon pi',
      'contactpersoon inrichting',
      'behandeld door',
      'behandelend casemanager',
      'uw contactpersoon',
    ],
  },
  {
    target: 'casemanagerTelefoon',
    confidence: 0.85,
    labels: [
      'telefoon',
      'tel',
      'tel.',
      'telefoonnummer',
      'tel. casemanager',
      'telefoon casemanager',
      'telefoonnummer casemanager',
      'doorkiesnummer',
      'direct',
      'mobiel',
      'telefoon contactpersoon',
      'bereikbaar op',
      't',
    ],
  },
  {
    target: 'casemanagerEmail',
    confidence: 0.85,
    labels: ['e-mail', 'email', 'e-mailadres', 'emailadres', 'mail', 'e-mail casemanager', 'e-mailadres casemanager', 'e-mail contactpersoon', 'e'],
  },
  {
    target: 'reclasseringOrganisatie',
    confidence: 0.93,
    labels: [
      'reclassering',
      'reclasseringsorganisatie',
      'reclasseringsinstelling',
      'betrokken reclassering',
      '3ro',
      'toezicht door',
      'toezichthouder',
      'organisatie reclassering',
    ],
  },
  {
    target: 'reclasseringToezicht',
    confidence: 0.93,
    labels: [
      'reclasseringstoezicht',
      'toezicht',
      'toezicht reclassering',
      'bijzondere voorwaarden',
      'reclasseringscontact',
      'onder toezicht',
      'toezicht na vrijlating',
    ],
  },
];

/** Email header fields of the message itself: a From whose name matches the casemanager gives the casemanager's e-mail. */
export const FROM_LABELS = ['van', 'from', 'afzender'];

export const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** Dutch surname particles, longest first so "van der" wins over "van". Lower case as written after initials. */
export const TUSSENVOEGSELS: readonly string[] = [
  'van de la',
  'van der',
  'van den',
  'van de',
  "van 't",
  'van het',
  'in het',
  "in 't",
  'in de',
  'op de',
  'op den',
  "op 't",
  'uit de',
  'uit den',
  'uit het',
  'aan de',
  'bij de',
  'onder de',
  'voor de',
  'de la',
  'de los',
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'von',
  "d'",
  'el',
  'al',
];

/** Forms of address before a person's name in running text. */
export const SALUTATIONS = ['de heer', 'mevrouw', 'meneer', 'dhr.', 'dhr', 'mw.', 'mw', 'mevr.', 'mevr', 'heer', 'mr.'];

/** Words before a name that make it the subject of the notice (not the casemanager or the addressee). */
export const SUBJECT_CUES = [
  'betrokkene',
  'cliënt',
  'client',
  'gedetineerde',
  'justitiabele',
  'uw inwoner',
  'inwoner van uw gemeente',
  'inwoner',
  'ingeslotene',
  'melding van detentie',
  'melding detentie',
  'betreft',
  'inzake',
];

/** Words that end a name in running text. */
export const NAME_STOP_WORDS = [
  'is',
  'werd',
  'wordt',
  'geboren',
  'geb',
  'bsn',
  'met',
  'en',
  'die',
  'heeft',
  'zit',
  'verblijft',
  'te',
  'uit',
  'woonachtig',
  'wonende',
  'casemanager',
  'sinds',
  'op',
  'per',
  'in',
];

/** How the PI's part of a name is written; all mean the same institution when the place matches. */
export const INSTITUTION_KINDS = [
  'penitentiaire inrichting',
  'penitentiaire inrichtingen',
  'penitentiair centrum',
  'penitentiair psychiatrisch centrum',
  'forensisch psychiatrisch centrum',
  'justitieel complex',
  'huis van bewaring',
  'gevangenis',
  'pi',
  'p.i.',
  'p.i',
  'ppc',
  'fpc',
  'jc',
  'hvb',
  'nifp',
  'dji',
  'locatie',
];

/** Places that name an institution on their own, beyond the place in the list's name. */
export const INSTITUTION_ALIASES: readonly { alias: string; institution: string }[] = [
  { alias: 'de schie', institution: 'PI Rotterdam (De Schie)' },
  { alias: 'hoogvliet', institution: 'PI Rotterdam (Hoogvliet)' },
  { alias: 'norgerhaven', institution: 'PI Veenhuizen (Norgerhaven)' },
  { alias: 'esserheem', institution: 'PI Veenhuizen (Esserheem)' },
  { alias: 'zutphen', institution: 'PI Achterhoek (Zutphen)' },
  { alias: 'scheveningen', institution: 'PI Haaglanden (Den Haag)' },
  { alias: 'den haag', institution: 'PI Haaglanden (Den Haag)' },
  { alias: 'zoetermeer', institution: 'PI Haaglanden (Zoetermeer)' },
  { alias: 'schiphol', institution: 'Justitieel Complex Schiphol' },
];

export const RECLASSERING_ALIASES: readonly { alias: string; organisation: string }[] = [
  { alias: 'reclassering nederland', organisation: 'Reclassering Nederland' },
  { alias: 'verslavingsreclassering', organisation: 'Verslavingsreclassering GGZ (SVG)' },
  { alias: 'svg', organisation: 'Verslavingsreclassering GGZ (SVG)' },
  { alias: 'leger des heils', organisation: 'Leger des Heils Jeugdbescherming & Reclassering' },
  { alias: 'lj&r', organisation: 'Leger des Heils Jeugdbescherming & Reclassering' },
  { alias: 'ljr', organisation: 'Leger des Heils Jeugdbescherming & Reclassering' },
  { alias: 'rn', organisation: 'Reclassering Nederland' },
];

/** Answers to a yes/no field such as "Reclasseringstoezicht". */
export const YES_WORDS = ['ja', 'yes', 'wel', 'van toepassing', 'aanwezig', 'actief', 'lopend'];
export const NO_WORDS = ['nee', 'no', 'geen', 'niet', 'niet van toepassing', 'n.v.t.', 'nvt', 'n.v.t', '-', 'geen toezicht'];

/**
 * Lines that begin a quoted earlier message in an e-mail: everything after them is the earlier conversation.
 * Forwarded messages are not here on purpose: after "Doorgestuurd bericht" comes the notice itself.
 */
export const REPLY_MARKERS: readonly RegExp[] = [
  /^\s*op\s.{4,120}\s(schreef|heeft\s.{0,40}geschreven)\b.*:\s*$/i,
  /^\s*on\s.{4,120}\swrote:\s*$/i,
  /^\s*-{2,}\s*(oorspronkelijk bericht|original message)\s*-{2,}\s*$/i,
  /^\s*_{8,}\s*$/,
];

export const FORWARD_MARKERS: readonly RegExp[] = [/doorgestuurd bericht/i, /forwarded message/i, /begin doorgestuurd/i];

/** After a reply marker, an Outlook reply header block ("Van: … Verzonden: …") is also quoted text. */
export const OUTLOOK_REPLY_HEADER = /^\s*(van|from):\s.+$/i;
export const OUTLOOK_SENT_LINE = /^\s*(verzonden|sent|datum|date):\s.+$/i;

/** Sentences that start a disclaimer paragraph; the paragraph is ignored. */
export const DISCLAIMER_CUES: readonly RegExp[] = [
  /uitsluitend bestemd voor/i,
  /dit (e-?mail)?bericht (is|kan)/i,
  /disclaimer/i,
  /aan dit bericht kunnen geen rechten/i,
  /niet de geadresseerde/i,
  /denk aan het milieu/i,
  /vertrouwelijke informatie/i,
  /this (e-?mail|message) (is|may)/i,
];

/** Single lines that belong to a letterhead or footer, never to the notice's content. */
export const NOISE_LINES: readonly RegExp[] = [
  /^\s*pagina\s+\d+\s+(van|\/)\s+\d+\s*$/i,
  /^\s*page\s+\d+\s+of\s+\d+\s*$/i,
  /^\s*\d+\s*\/\s*\d+\s*$/,
  /\b(bezoekadres|postadres|retouradres|kvk|iban|btw-nummer)\b/i,
  /\bwww\.[a-z0-9.-]+/i,
  /^\s*postbus\s+\d+/i,
  /^\s*\d{4}\s?[a-z]{2}\s+[a-z]/i,
  /\bgemeente(huis)?\b.*\b(telefoon|tel\.?|t)\b\s*[:.]?\s*(14\s?0\d{2,3}|0\d)/i,
  /^\s*(ministerie van justitie|dienst justitiële inrichtingen)\b/i,
  /\b(afgedrukt|geprint) op\b/i,
  /^\s*vertrouwelijk\s*$/i,
];

/** A signature block starts here: the name of the writer follows, with the role on a later line. */
export const CLOSING_CUES: readonly RegExp[] = [
  /^\s*met vriendelijke groet(en)?,?\s*$/i,
  /^\s*(hartelijke|vriendelijke) groet(en)?,?\s*$/i,
  /^\s*groet(en|jes)?,?\s*$/i,
  /^\s*mvg,?\s*$/i,
];

/** How sure a proposal must be to be shown as certain; below it the coordinator is asked to look. */
export const CERTAIN_FROM = 0.8;
