import type { ProvisionEntry } from '../../../common/api/provisions.js';
import type { TableDescription } from '../../../common/exchange/table.js';
import { provisionKindLabel } from '../../../common/exchange/provision-kinds.js';
import { toDutchCsv } from './csv.js';

/** The register of provisions as a spreadsheet; the same columns in CSV and in the Excel workbook. */
export const REGISTER_TABLE: TableDescription<ProvisionEntry> = {
  sheetName: 'Verstrekkingenregister',
  columns: [
    { header: 'Datum en tijd', value: (e) => e.at, kind: 'datetime' },
    { header: 'Richting', value: (e) => (e.direction === 'in' ? 'Ontvangen' : 'Verstrekt') },
    { header: 'Soort', value: (e) => provisionKindLabel(e.kind) },
    { header: 'Wat', value: (e) => e.what },
    { header: 'Ontvanger of afzender', value: (e) => e.recipient },
    { header: 'Doel of grondslag', value: (e) => e.purpose },
    { header: 'Aantal dossiers', value: (e) => e.dossierIds.length, kind: 'number' },
    { header: 'Dossiernummers', value: (e) => e.dossierIds.join(', ') },
  ],
};

export function registerCsv(entries: readonly ProvisionEntry[]): Buffer {
  return toDutchCsv(REGISTER_TABLE.columns, entries);
}
