import { z } from 'zod';
import { SPREADSHEET_FORMATS } from '../exchange/table.js';

/**
 * The format of a spreadsheet export. The screens offer the Excel workbook first; a call that does not say
 * keeps getting the CSV it always got.
 */
export const spreadsheetFormatSchema = z.enum(SPREADSHEET_FORMATS).optional().default('csv');
