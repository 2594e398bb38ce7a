import { defineTexts, type TextsShape } from '../i18n';

/** Texts of exchange, exports, attachments and the register of provisions; Dutch first, English mirrors it. */
const nl = {
  nav: { register: 'Verstrekkingen', exchange: 'Uitwisselen' },
  register: {
    title: 'Verstrekkingenregister',
    intro:
      'Elke verstrekking van gegevens: documenten, exports, agenda- en uitwisselbestanden, met wat, aan wie, waarom en wanneer. Ook ingelezen bestanden staan hier.',
    kind: 'Soort',
    allKinds: 'Alle soorten',
    direction: 'Richting',
    allDirections: 'Beide richtingen',
    out: 'Verstrekt',
    in: 'Ontvangen',
    from: 'Vanaf (dd-mm-jjjj)',
    to: 'Tot en met (dd-mm-jjjj)',
    q: 'Zoek in wat, ontvanger en doel',
    dossier: 'Dossiernummer',
    apply: 'Filteren',
    reset: 'Wis filters',
    export: 'Exporteren als CSV',
    at: 'Tijdstip',
    what: 'Wat',
    recipient: 'Ontvanger / afzender',
    purpose: 'Doel of grondslag',
    dossiers: 'Dossiers',
    empty: 'Geen verstrekkingen gevonden met deze filters.',
    count: (shown: number, total: number) => `${shown} van ${total} verstrekkingen`,
    badDate: 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    exported: 'Het register is geëxporteerd. Ook deze export staat nu in het register.',
  },
  kinds: {
    'export.nazorg': 'Uitwisselbestand verstuurd',
    'import.nazorg': 'Uitwisselbestand ingelezen',
    'csv.dossiers': 'Dossierlijst (CSV)',
    'csv.acties-partner': 'Acties per partner (CSV)',
    'csv.acties-overleg': 'Acties van een overleg (CSV)',
    'csv.verstrekkingenregister': 'Verstrekkingenregister (CSV)',
    'ics.acties': 'Deadlines (agenda)',
    'ics.overleggen': 'Overleggen (agenda)',
    'pdf.inzage': 'Inzageverzoek (PDF)',
    'bijlage.opgeslagen': 'Bijlage opgeslagen',
  } as Record<string, string>,
};

const en: TextsShape<typeof nl> = {
  nav: { register: 'Provisions', exchange: 'Exchange' },
  register: {
    title: 'Register of provisions',
    intro: 'Every provision of data: documents, exports, calendar and exchange files, with what, to whom, why and when. Files received are listed too.',
    kind: 'Kind',
    allKinds: 'All kinds',
    direction: 'Direction',
    allDirections: 'Both directions',
    out: 'Provided',
    in: 'Received',
    from: 'From (dd-mm-yyyy)',
    to: 'Up to and including (dd-mm-yyyy)',
    q: 'Search what, recipient and purpose',
    dossier: 'Case number',
    apply: 'Filter',
    reset: 'Clear filters',
    export: 'Export as CSV',
    at: 'Time',
    what: 'What',
    recipient: 'Recipient / sender',
    purpose: 'Purpose or legal basis',
    dossiers: 'Cases',
    empty: 'No provisions found with these filters.',
    count: (shown: number, total: number) => `${shown} of ${total} provisions`,
    badDate: 'Enter a date as dd-mm-yyyy, for example 05-03-2026.',
    exported: 'The register has been exported. This export is now in the register too.',
  },
  kinds: {
    'export.nazorg': 'Exchange file sent',
    'import.nazorg': 'Exchange file imported',
    'csv.dossiers': 'Case list (CSV)',
    'csv.acties-partner': 'Actions per partner (CSV)',
    'csv.acties-overleg': 'Actions of a meeting (CSV)',
    'csv.verstrekkingenregister': 'Register of provisions (CSV)',
    'ics.acties': 'Deadlines (calendar)',
    'ics.overleggen': 'Meetings (calendar)',
    'pdf.inzage': 'Subject access request (PDF)',
    'bijlage.opgeslagen': 'Attachment saved',
  },
};

export const tx = defineTexts('exchange', nl, en);

export function kindLabel(kind: string): string {
  return tx.kinds[kind] ?? (kind.startsWith('pdf.') ? `PDF: ${kind.slice(4)}` : kind);
}
