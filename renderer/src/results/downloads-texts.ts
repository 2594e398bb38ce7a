import { defineTexts, type TextsShape } from '../i18n';

/** Texts of the downloads on the Resultaten screen. */
const nl = {
  title: 'Rapporten voor deze periode',
  intro:
    'Voor management en gemeenteraad, en voor de verantwoording van de bijdrageregeling wonen en werk. Alleen totalen, met dezelfde regel voor kleine aantallen; elk bestand komt in het verstrekkingenregister.',
  reportPdf: 'Rapport (PDF)',
  reportCsv: 'Cijfers voor Excel (CSV)',
  contributionPdf: 'Bijdrageregeling wonen en werk (PDF)',
  contributionCsv: 'Bijdrageregeling wonen en werk (CSV)',
  made: (file: string) => `${file} is gemaakt en staat in het verstrekkingenregister (zonder persoonsgegevens).`,
};

const en: TextsShape<typeof nl> = {
  title: 'Reports for this period',
  intro:
    'For management and the council, and to account for the housing and work contribution scheme. Totals only, with the same rule for small numbers; each file goes into the register of provisions.',
  reportPdf: 'Report (PDF)',
  reportCsv: 'Figures for Excel (CSV)',
  contributionPdf: 'Contribution scheme housing and work (PDF)',
  contributionCsv: 'Contribution scheme housing and work (CSV)',
  made: (file: string) => `${file} has been made and is in the register of provisions (without personal data).`,
};

export const rds = defineTexts('resultsDownloads', nl, en);
