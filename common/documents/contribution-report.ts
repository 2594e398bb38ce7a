import { formatDateNl } from '../dates.js';
import { DISCLOSURE_EXPLANATION } from '../results/definitions.js';
import { CONTRIBUTION_SCHEME_NAME, contributionRows, type ContributionFigures } from '../results/contribution.js';
import type { ResultsPeriod } from '../results/figures.js';
import { NO_PERSONAL_DATA, periodDays, periodLabel } from '../results/report.js';
import { dataTable, frame, letterheadBlock } from './frame.js';
import { mm, type DocDefinition } from './pdf-types.js';
import { NO_PERSONAL_DATA_MARKING } from './results-report.js';
import type { Letterhead } from './view-models.js';

/**
 * One page with the figures the municipality accounts for under the national contribution scheme: our own
 * overview, deliberately not a copy of the scheme's form, with what each figure counts printed beside it.
 */
export interface ContributionReportModel {
  letterhead: Letterhead;
  date: string;
  period: ResultsPeriod;
  figures: ContributionFigures;
}

export const CONTRIBUTION_REPORT_KIND = 'Cijfers bijdrageregeling';

export function contributionReportDefinition(m: ContributionReportModel): DocDefinition {
  const period = m.period.kind === 'range' ? periodLabel(m.period) : `${periodLabel(m.period)} (${periodDays(m.period)})`;
  return frame({
    kind: CONTRIBUTION_REPORT_KIND,
    letterhead: m.letterhead,
    date: m.date,
    marking: NO_PERSONAL_DATA_MARKING,
    content: [
      letterheadBlock(m.letterhead),
      { text: 'Begeleiding naar wonen en werk', style: 'title' },
      { text: `Cijfers voor de verantwoording van de ${CONTRIBUTION_SCHEME_NAME}`, bold: true, margin: [0, 0, 0, 2] },
      {
        text:
          `Periode: ${period}. Gemaakt op ${formatDateNl(m.date)} uit het nazorgdossier van de gemeente. ` +
          'Dit is een eigen overzicht van de gemeente, geen formulier van de regeling: neem de cijfers over waar de regeling erom vraagt.',
        style: 'subtitle',
      },
      dataTable(
        ['Cijfer en wat telt', 'Inwoners', 'Deel'],
        contributionRows(m.figures).map((r) => [
          {
            stack: [
              { text: r.figure, bold: true, fontSize: 9.5 },
              { text: r.definition, style: 'small', margin: [0, 1, 0, 0] },
            ],
          },
          { text: r.count, bold: true, fontSize: 11 },
          { text: r.share || '—', bold: true, fontSize: 11 },
        ]),
        ['*', mm(22), mm(32)],
      ),
      { text: 'Over kleine aantallen', bold: true, margin: [0, 8, 0, 2] },
      { text: DISCLOSURE_EXPLANATION.nl, style: 'small' },
      { text: `Dit overzicht ${NO_PERSONAL_DATA}: er staat geen naam, BSN of dossiernummer in.`, style: 'small', margin: [0, 3, 0, 0] },
    ],
  });
}
