import type { Handlers } from '../../../common/api/contract.js';
import type { resultsReportsMethods } from '../../../common/api/results-reports.js';
import { resultsReportDefinition } from '../../../common/documents/results-report.js';
import { contributionReportDefinition } from '../../../common/documents/contribution-report.js';
import { CONTRIBUTION_SCHEME_NAME, contributionRows, type ContributionRow } from '../../../common/results/contribution.js';
import { DISCLOSURE_EXPLANATION } from '../../../common/results/definitions.js';
import { contributionFigures } from '../../../db/repositories/results-contribution.js';
import { MEDIA_TYPES, type FileDownload } from '../../../common/exchange/files.js';
import type { TableDescription } from '../../../common/exchange/table.js';
import { periodRange, type ResultsPeriod } from '../../../common/results/figures.js';
import {
  NO_PERSONAL_DATA,
  REPORT_COLUMNS,
  periodDays,
  periodFileStem,
  periodLabel,
  reportPreamble,
  reportRows,
  type ReportRow,
} from '../../../common/results/report.js';
import { audited } from '../../../db/repositories/audit.js';
import { recordProvision } from '../../../db/repositories/provisions.js';
import { resultsFigures } from '../../../db/repositories/results.js';
import { getSettings } from '../../../db/repositories/settings.js';
import { letterheadFrom } from '../documents/build.js';
import { renderPdf } from '../documents/render.js';
import { toDutchCsv } from '../exchange/csv.js';
import type { HandlerContext } from './context.js';

type ResultsReportsHandlers = Pick<Handlers, keyof typeof resultsReportsMethods>;

const REPORT_TABLE: TableDescription<ReportRow> = {
  sheetName: 'Resultaten',
  columns: REPORT_COLUMNS.map((c) => ({ header: c.header, value: (r: ReportRow) => r[c.key] })),
};

const CONTRIBUTION_TABLE: TableDescription<ContributionRow> = {
  sheetName: 'Bijdrageregeling',
  columns: [
    { header: 'Cijfer', value: (r) => r.figure },
    { header: 'Inwoners', value: (r) => r.count },
    { header: 'Deel', value: (r) => r.share },
    { header: 'Wat telt', value: (r) => r.definition },
  ],
};

/** Who the aggregate reports are for, as the register of provisions records them. */
const COUNCIL = { recipient: 'Management en gemeenteraad', purpose: 'Verantwoording van de resultaten van de nazorg' } as const;
const SCHEME = { recipient: 'Verantwoording bijdrageregeling (Rijk)', purpose: `Verantwoording ${CONTRIBUTION_SCHEME_NAME}` } as const;

/**
 * The downloads of the Resultaten screen. The figures are the same `resultsFigures` the screen shows; a file is
 * registered as a provision only once it is made, with no dossiers and the words that it holds no personal data.
 */
export function resultsReportsHandlers({ session, clock }: HandlerContext): ResultsReportsHandlers {
  const db = () => session.requireVault().db;

  async function figuresOf(period: ResultsPeriod) {
    const settings = await getSettings(db());
    return { settings, today: clock().today, figures: await resultsFigures(db(), periodRange(period), clock().today, settings) };
  }

  async function provide(kind: string, what: string, period: ResultsPeriod, to: { recipient: string; purpose: string }): Promise<void> {
    await audited(
      db(),
      (tx) => recordProvision(tx, { kind, what: `${what}, ${periodLabel(period)} — ${NO_PERSONAL_DATA}`, ...to, dossierIds: [], direction: 'out' }),
      () => ({ event: 'results.report_made', detail: { kind } }),
    );
  }

  const file = (fileName: string, mediaType: string, bytes: Buffer): FileDownload => ({ fileName, mediaType, base64: bytes.toString('base64') });

  return {
    'results.reportPdf': async ({ period }) => {
      const { settings, today, figures } = await figuresOf(period);
      const pdf = await renderPdf(resultsReportDefinition({ letterhead: letterheadFrom(settings), date: today, period, figures }));
      await provide('pdf.resultaten', 'Resultatenrapportage nazorg (PDF)', period, COUNCIL);
      return file(`resultaten-nazorg-${periodFileStem(period)}.pdf`, MEDIA_TYPES.pdf, pdf);
    },
    'results.reportCsv': async ({ period }) => {
      const { today, figures } = await figuresOf(period);
      const csv = toDutchCsv(REPORT_TABLE.columns, [...reportPreamble(period, today), ...reportRows(figures)]);
      await provide('csv.resultaten', 'Cijfers resultaten nazorg (CSV)', period, COUNCIL);
      return file(`resultaten-nazorg-${periodFileStem(period)}.csv`, MEDIA_TYPES.csv, csv);
    },
    'results.contributionPdf': async ({ period }) => {
      const settings = await getSettings(db());
      const today = clock().today;
      const figures = await contributionFigures(db(), periodRange(period), today);
      const pdf = await renderPdf(contributionReportDefinition({ letterhead: letterheadFrom(settings), date: today, period, figures }));
      await provide('pdf.bijdrageregeling', 'Cijfers bijdrageregeling wonen en werk (PDF)', period, SCHEME);
      return file(`bijdrageregeling-wonen-werk-${periodFileStem(period)}.pdf`, MEDIA_TYPES.pdf, pdf);
    },
    'results.contributionCsv': async ({ period }) => {
      const today = clock().today;
      const figures = await contributionFigures(db(), periodRange(period), today);
      const csv = toDutchCsv(CONTRIBUTION_TABLE.columns, [
        {
          figure: 'Periode',
          count: '',
          share: '',
          definition: period.kind === 'range' ? periodLabel(period) : `${periodLabel(period)} (${periodDays(period)})`,
        },
        ...contributionRows(figures),
        { figure: 'Kleine aantallen', count: '', share: '', definition: DISCLOSURE_EXPLANATION.nl },
      ]);
      await provide('csv.bijdrageregeling', 'Cijfers bijdrageregeling wonen en werk (CSV)', period, SCHEME);
      return file(`bijdrageregeling-wonen-werk-${periodFileStem(period)}.csv`, MEDIA_TYPES.csv, csv);
    },
  };
}
