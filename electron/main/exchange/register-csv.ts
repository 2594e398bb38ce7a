import type { ProvisionEntry } from '../../../common/api/provisions.js';
import { formatDateTimeNl } from '../../../common/dates.js';
import { provisionKindLabel } from '../../../common/exchange/provision-kinds.js';
import { toDutchCsv } from './csv.js';

export function registerCsv(entries: readonly ProvisionEntry[]): Buffer {
  return toDutchCsv(
    [
      { header: 'Datum en tijd', value: (e) => formatDateTimeNl(e.at) },
      { header: 'Richting', value: (e) => (e.direction === 'in' ? 'Ontvangen' : 'Verstrekt') },
      { header: 'Soort', value: (e) => provisionKindLabel(e.kind) },
      { header: 'Wat', value: (e) => e.what },
      { header: 'Ontvanger of afzender', value: (e) => e.recipient },
      { header: 'Doel of grondslag', value: (e) => e.purpose },
      { header: 'Aantal dossiers', value: (e) => e.dossierIds.length, kind: 'number' },
      { header: 'Dossiernummers', value: (e) => e.dossierIds.join(', ') },
    ],
    entries,
  );
}
