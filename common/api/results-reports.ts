import { z } from 'zod';
import { method, prefixed } from './define.js';
import { resultsPeriodSchema } from './results.js';
import type { FileDownload } from '../exchange/files.js';

/**
 * The reports of the Resultaten screen, for one period: the council report (PDF), its figures as a CSV for Excel,
 * and the figures for the national contribution scheme (one-page PDF and CSV). Aggregates only; each download is
 * written to the register of provisions, marked as containing no personal data.
 */
const periodInput = z.object({ period: resultsPeriodSchema });

export const resultsReportsArea = {
  reportPdf: method<FileDownload>()(periodInput),
  reportCsv: method<FileDownload>()(periodInput),
  contributionPdf: method<FileDownload>()(periodInput),
  contributionCsv: method<FileDownload>()(periodInput),
} as const;

export const resultsReportsMethods = { ...prefixed('results', resultsReportsArea) };
