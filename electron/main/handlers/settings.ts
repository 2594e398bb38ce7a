import type { Handlers } from '../../../common/api/contract.js';
import type { settingsMethods } from '../../../common/api/settings.js';
import { getSettings, updateSettings } from '../../../db/repositories/settings.js';
import { stringify } from 'csv-stringify/sync';
import { format } from 'date-fns';
import { AUDIT_CSV_HEADER, auditCsvFileName, auditCsvRows } from '../../../common/audit-csv.js';
import { allAudit, audited, auditEventNames, listAudit, recordAudit } from '../../../db/repositories/audit.js';
import { AUDIT_TABLE, auditFileName } from '../../../common/audit-table.js';
import { spreadsheetProvisionKind } from '../../../common/exchange/table.js';
import { recordProvision } from '../../../db/repositories/provisions.js';
import { tableDownload } from '../exchange/spreadsheet.js';
import type { HandlerContext } from './context.js';

type SettingsHandlers = Pick<Handlers, keyof typeof settingsMethods>;

export function settingsHandlers({ session }: HandlerContext): SettingsHandlers {
  return {
    'settings.get': async () => getSettings(session.requireVault().db),
    'settings.update': async (patch) => {
      const { db } = session.requireVault();
      const next = await audited(
        db,
        (tx) => updateSettings(tx, patch),
        () => ({ event: 'settings.update', detail: { keys: Object.keys(patch) } }),
      );
      session.setAutoLockSeconds(next.autoLockMinutes * 60);
      return next;
    },
    'audit.list': async ({ limit, offset, ...filter }) => listAudit(session.requireVault().db, limit, offset, filter),
    'audit.events': async () => ({ events: await auditEventNames(session.requireVault().db) }),
    'audit.exportCsv': async (filter) => {
      const { db } = session.requireVault();
      const entries = await allAudit(db, filter);
      const csv = stringify([[...AUDIT_CSV_HEADER], ...auditCsvRows(entries)], { delimiter: ';', bom: true, record_delimiter: 'windows' });
      await recordAudit(db, 'audit.export', { rows: entries.length, filtered: Object.values(filter).some(Boolean) });
      return { fileName: auditCsvFileName(format(new Date(), 'yyyy-MM-dd')), csv, rows: entries.length };
    },
    'audit.export': async ({ format: fileFormat, ...filter }) => {
      const { db } = session.requireVault();
      const entries = await allAudit(db, filter);
      const file = await tableDownload(fileFormat, auditFileName(format(new Date(), 'yyyy-MM-dd'), fileFormat), AUDIT_TABLE, entries);
      await recordAudit(db, 'audit.export', { rows: entries.length, filtered: Object.values(filter).some(Boolean), format: fileFormat });
      // Ids and codes only, but an export all the same: the register accounts for it like the other spreadsheets.
      await recordProvision(db, {
        kind: spreadsheetProvisionKind(fileFormat, 'logboek'),
        what: `Logboek (${entries.length} regels)`,
        purpose: 'Verantwoording',
        direction: 'out',
      });
      return { ...file, rows: entries.length };
    },
  };
}
