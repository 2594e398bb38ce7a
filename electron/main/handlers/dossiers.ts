import type { Handlers } from '../../../common/api/contract.js';
import type { dossiersMethods } from '../../../common/api/dossiers.js';
import { OVERVIEW_TABLE, overviewFileName } from '../../../common/dossiers/overview-csv.js';
import { spreadsheetProvisionKind } from '../../../common/exchange/table.js';
import { audited, recordAudit } from '../../../db/repositories/audit.js';
import { recordProvision } from '../../../db/repositories/provisions.js';
import { getSettings } from '../../../db/repositories/settings.js';
import { localTodayIso } from '../../../common/dossiers/fields.js';
import { dashboard, overview } from '../../../db/repositories/dossier-reports.js';
import { addConsent, addContact, addNote, removeContact, updateContact, withdrawConsent } from '../../../db/repositories/dossier-people.js';
import { createDossier, getDossierDetail, listHistory, transitionDossier, updateDossier } from '../../../db/repositories/dossier-core.js';
import { listDossiers } from '../../../db/repositories/dossier-list.js';
import { tableDownload } from '../exchange/spreadsheet.js';
import type { HandlerContext } from './context.js';

type DossierHandlers = Pick<Handlers, keyof typeof dossiersMethods>;

/**
 * A dossier page reloads its detail after every save and each tab may fetch it again; the audit trail should say
 * "viewed" once per visit, not once per fetch. Within this window a repeated view of the same dossier is not logged.
 */
export const VIEW_AUDIT_WINDOW_MS = 5 * 60_000;

export function dossiersHandlers({ session }: HandlerContext): DossierHandlers {
  const db = () => session.requireVault().db;
  const lastViewLogged = new Map<number, number>();
  // A new unlock is a new visit: the next view is logged again.
  session.onLock(() => lastViewLogged.clear());
  return {
    'dossiers.list': async (input) => listDossiers(db(), input),
    'dossiers.search': async ({ query, limit }) =>
      listDossiers(db(), { query, statuses: [], releaseWithinDays: null, extraFilters: [], sort: 'name', direction: 'asc', offset: 0, limit }),
    'dossiers.create': async ({ confirmDuplicate, ...fields }) => {
      return audited(
        db(),
        (tx) => createDossier(tx, fields, { confirmDuplicate }),
        (res) => (res.created ? { event: 'dossier.create', detail: { id: res.id } } : null),
      );
    },
    'dossiers.get': async ({ id }) => {
      const detail = await getDossierDetail(db(), id);
      const now = Date.now();
      if (now - (lastViewLogged.get(id) ?? -Infinity) >= VIEW_AUDIT_WINDOW_MS) {
        await recordAudit(db(), 'dossier.view', { id });
        lastViewLogged.set(id, now);
      }
      return detail;
    },
    'dossiers.update': async ({ id, patch }) => {
      await audited(
        db(),
        (tx) => updateDossier(tx, id, patch),
        ({ changed }) => (changed.length ? { event: 'dossier.update', detail: { id, fields: changed } } : null),
      );
      return getDossierDetail(db(), id);
    },
    'dossiers.transition': async ({ id, to, closingReason, closingNote, werkelijkeVrijlating }) => {
      await audited(
        db(),
        (tx) => transitionDossier(tx, id, { to, closingReason, closingNote, werkelijkeVrijlating }),
        () => ({ event: 'dossier.transition', detail: { id, to } }),
      );
      return getDossierDetail(db(), id);
    },
    'dossiers.history': async ({ id }) => listHistory(db(), id),
    'dossiers.addNote': async ({ dossierId, ...note }) => addNote(db(), dossierId, note),
    'dossiers.addContact': async ({ dossierId, ...c }) => addContact(db(), dossierId, c),
    'dossiers.updateContact': async ({ id, ...c }) => updateContact(db(), id, c),
    'dossiers.removeContact': async ({ id }) => {
      await removeContact(db(), id);
      return { ok: true };
    },
    'dossiers.addConsent': async ({ dossierId, ...c }) => addConsent(db(), dossierId, c),
    'dossiers.withdrawConsent': async ({ id, withdrawnOn }) => withdrawConsent(db(), id, withdrawnOn!),
    'dossiers.dashboard': async () => dashboard(db(), localTodayIso(), (await getSettings(db())).releaseWindowDays),
    'dossiers.overview': async ({ year, period }) => overview(db(), year, period),
    'dossiers.overviewCsv': async ({ year, period, format }) => {
      const o = await overview(db(), year, period);
      const file = await tableDownload(format, overviewFileName(o, format), OVERVIEW_TABLE, [...o.rows, o.totals]);
      // Aggregate counts only, but still a provision of data about the municipality's clients.
      await audited(
        db(),
        (tx) =>
          recordProvision(tx, {
            kind: spreadsheetProvisionKind(format, 'overzicht'),
            what: `Overzicht nazorg ${year} (aantallen)`,
            purpose: 'Verantwoording',
            direction: 'out',
          }),
        () => ({ event: 'dossier.overview_csv', detail: { year, format } }),
      );
      return file;
    },
  };
}
