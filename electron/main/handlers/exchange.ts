import { randomInt } from 'node:crypto';
import type { Handlers } from '../../../common/api/contract.js';
import type { exchangeMethods } from '../../../common/api/exchange.js';
import type { provisionMethods } from '../../../common/api/provisions.js';
import type { exportMethods } from '../../../common/api/exports.js';
import type { attachmentMethods } from '../../../common/api/attachments.js';
import { AppError } from '../../../common/errors.js';
import { passphraseEntropyBits, proposePassphrase } from '../../../common/exchange/passphrase.js';
import { EXCHANGE_SECTIONS } from '../../../common/exchange/payload.js';
import { MEDIA_TYPES, exportFileName, type FileDownload } from '../../../common/exchange/files.js';
import { inzageDefinition } from '../../../common/exchange/inzage-document.js';
import { historyOldestFirst, requireDossier as requireDossierIn } from '../../../db/repositories/dossier-core.js';
import { listConsents } from '../../../db/repositories/dossier-people.js';
import { getSettings } from '../../../db/repositories/settings.js';
import { getAftercare } from '../../../db/repositories/aftercare.js';
import { provisionsForDossier, queryProvisions, recordProvision } from '../../../db/repositories/provisions.js';
import { audited, recordAudit, type AuditDetail } from '../../../db/repositories/audit.js';
import type { ProvisionInput } from '../../../db/repositories/provisions.js';
import { addAttachment, getAttachment, listAttachments, removeAttachment } from '../../../db/repositories/attachments.js';
import { renderPdf } from '../documents/render.js';
import { letterheadFrom } from '../documents/build.js';
import { readBundles } from '../../../db/repositories/exchange/read-sections.js';
import { applyImport, exportDossiers, previewImport, readImportFile } from '../exchange/exchange-service.js';
import { actionsExport, actionsIcs, dossierListExport, meetingActionsExport, meetingsIcs } from '../exchange/exports.js';
import { getPlanConfig } from '../../../db/repositories/plan-config.js';
import { formatDateNl } from '../../../common/dates.js';
import { REGISTER_TABLE } from '../exchange/register-csv.js';
import { tableDownload } from '../exchange/spreadsheet.js';
import { spreadsheetProvisionKind, type SpreadsheetFormat } from '../../../common/exchange/table.js';
import type { HandlerContext } from './context.js';
import { localTodayIso } from '../../../common/calendar.js';

type ExchangeHandlers = Pick<
  Handlers,
  keyof typeof exchangeMethods | keyof typeof provisionMethods | keyof typeof exportMethods | keyof typeof attachmentMethods
>;

export const download = (fileName: string, mediaType: string, bytes: Buffer): FileDownload => ({ fileName, mediaType, base64: bytes.toString('base64') });

/** The register can hold many thousands of rows over the years; the export is bounded to stay one reasonable file. */
const REGISTER_EXPORT_MAX = 100_000;

function decodeFile(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

export function exchangeHandlers({ session, clock }: HandlerContext): ExchangeHandlers {
  const db = () => session.requireVault().db;
  /** A provision to the register and its audit line, in one transaction. */
  const provided = (p: ProvisionInput, event: string, detail: AuditDetail) =>
    audited(
      db(),
      (tx) => recordProvision(tx, p),
      () => ({ event, detail }),
    );
  /** A spreadsheet of dossiers' rows: its provision (with the dossiers in it) goes to the register, then the file out. */
  const spreadsheetOut = async (
    event: string,
    file: { format: SpreadsheetFormat; bytes: Buffer; kind: string; fileStem: string },
    p: Omit<ProvisionInput, 'kind'> & { dossierIds: number[] },
  ): Promise<FileDownload> => {
    await provided({ ...p, kind: spreadsheetProvisionKind(file.format, file.kind) }, event, { dossiers: p.dossierIds.length, format: file.format });
    return download(exportFileName(file.fileStem, file.format), MEDIA_TYPES[file.format], file.bytes);
  };
  return {
    'exchange.proposePassphrase': async () => ({ passphrase: proposePassphrase(randomInt), entropyBits: Math.floor(passphraseEntropyBits()) }),
    'exchange.export': async (input) => {
      const settings = await getSettings(db());
      const { bytes, count } = await exportDossiers(db(), input, {
        organisation: settings.municipalityName,
        coordinator: settings.coordinatorName,
        appVersion: session.status().appVersion,
      });
      return { ...download(exportFileName('nazorg-uitwisseling', 'nazorg'), MEDIA_TYPES.nazorg, bytes), dossiers: count };
    },
    'exchange.previewImport': async ({ file, passphrase }) => previewImport(db(), await readImportFile(decodeFile(file), passphrase)),
    'exchange.applyImport': async ({ file, passphrase, choices }) => applyImport(db(), await readImportFile(decodeFile(file), passphrase), choices, clock()),

    'provisions.list': async ({ limit, offset, ...filter }) => queryProvisions(db(), filter, limit, offset),
    'provisions.exportCsv': async ({ format, ...filter }) => {
      const { entries } = await queryProvisions(db(), filter, REGISTER_EXPORT_MAX, 0);
      const dossierIds = [...new Set(entries.flatMap((e) => e.dossierIds))];
      // Exporting the register is itself an account of provisions; it is kept in the register too.
      await provided(
        {
          kind: spreadsheetProvisionKind(format, 'verstrekkingenregister'),
          what: `Verstrekkingenregister (${entries.length} regels)`,
          purpose: 'Verantwoording',
          dossierIds,
        },
        'provisions.export',
        { rows: entries.length, format },
      );
      return tableDownload(format, exportFileName('verstrekkingenregister', format), REGISTER_TABLE, entries);
    },

    'exports.dossiersCsv': async ({ recipient, purpose, statuses, includeBsn, format }) => {
      const { bytes, dossierIds } = await dossierListExport(db(), { statuses, includeBsn, format });
      const what = `Dossierlijst (${dossierIds.length} dossiers${includeBsn ? ', met BSN' : ''})`;
      return spreadsheetOut('exports.dossiersCsv', { format, bytes, kind: 'dossiers', fileStem: 'dossierlijst' }, { what, recipient, purpose, dossierIds });
    },
    'exports.actionsCsv': async ({ recipient, purpose, partnerId, openOnly, format }) => {
      const { lifeDomains } = await getPlanConfig(db());
      const { bytes, dossierIds, partnerName } = await actionsExport(db(), { partnerId, openOnly, domains: lifeDomains, format });
      const what = `Acties${partnerName ? ` van ${partnerName}` : ' per partner'}${openOnly ? ' (open)' : ''}`;
      return spreadsheetOut(
        'exports.actionsCsv',
        { format, bytes, kind: 'acties-partner', fileStem: 'acties-per-partner' },
        { what, recipient, purpose, dossierIds },
      );
    },
    'exports.meetingActionsCsv': async ({ recipient, purpose, meetingId, pseudonymise, format }) => {
      const { lifeDomains } = await getPlanConfig(db());
      const { bytes, meeting, count, dossierIds } = await meetingActionsExport(db(), { meetingId, pseudonymise, domains: lifeDomains, format });
      await provided(
        {
          kind: spreadsheetProvisionKind(format, 'acties-overleg'),
          what: `Acties van ${meeting.title} ${formatDateNl(meeting.date)} (${count} actie${count === 1 ? '' : 's'}${pseudonymise ? ', gepseudonimiseerd' : ''})`,
          recipient,
          purpose,
          dossierIds,
        },
        'exports.meetingActionsCsv',
        { meetingId, actions: count, format },
      );
      return download(`acties-overleg-${meeting.date}.${format}`, MEDIA_TYPES[format], bytes);
    },
    'exports.actionsIcs': async ({ recipient, purpose, partnerId, dossierId }) => {
      const { bytes, dossierIds, count } = await actionsIcs(db(), { partnerId, dossierId });
      await provided({ kind: 'ics.acties', what: `Deadlines van ${count} open acties (agenda)`, recipient, purpose, dossierIds }, 'exports.actionsIcs', {
        actions: count,
      });
      return download(exportFileName('deadlines', 'ics'), MEDIA_TYPES.ics, bytes);
    },
    'exports.meetingsIcs': async ({ recipient, purpose }) => {
      const { bytes, count } = await meetingsIcs(db(), localTodayIso());
      await provided({ kind: 'ics.overleggen', what: `Agenda met ${count} overleg${count === 1 ? '' : 'gen'}`, recipient, purpose }, 'exports.meetingsIcs', {
        meetings: count,
      });
      return download(exportFileName('overleggen', 'ics'), MEDIA_TYPES.ics, bytes);
    },
    'exports.inzagePdf': async ({ dossierId }) => {
      const conn = db();
      const [bundle] = await readBundles(conn, [dossierId], new Set(EXCHANGE_SECTIONS));
      if (!bundle) throw new AppError('NOT_FOUND');
      const settings = await getSettings(conn);
      const history = await historyOldestFirst(conn, dossierId);
      const consentRows = await listConsents(conn, dossierId);
      const files = await listAttachments(conn, dossierId);
      const aftercare = await getAftercare(conn, dossierId, clock().today, settings);
      // The request itself is a provision to the client; it is recorded first so the PDF lists it too.
      const provisions = await audited(
        conn,
        async (tx) => {
          await recordProvision(tx, {
            kind: 'pdf.inzage',
            what: 'Inzageverzoek: overzicht van alle gegevens',
            recipient: 'De cliënt zelf',
            purpose: 'Recht op inzage (art. 15 AVG)',
            dossierIds: [dossierId],
          });
          return provisionsForDossier(tx, dossierId);
        },
        () => ({ event: 'exports.inzagePdf', detail: { dossierId } }),
      );
      const pdf = await renderPdf(
        inzageDefinition({
          letterhead: letterheadFrom(settings),
          date: clock().today,
          dossierId,
          person: bundle.person,
          detention: bundle.detention!,
          contacts: bundle.contacts ?? [],
          consents: consentRows,
          notes: bundle.notes ?? [],
          plan: bundle.plan ?? { basis: [], scores: [], goals: [] },
          actions: bundle.actions ?? [],
          attachments: files,
          history,
          provisions,
          aftercare,
          costs: bundle.costs ?? [],
        }),
      );
      return download(exportFileName(`inzage-dossier-${dossierId}`, 'pdf'), MEDIA_TYPES.pdf, pdf);
    },

    'attachments.list': async ({ dossierId }) => {
      await requireDossier(dossierId);
      return listAttachments(db(), dossierId);
    },
    'attachments.add': async ({ dossierId, name, note, data }) => {
      await requireDossier(dossierId);
      return audited(
        db(),
        (tx) => addAttachment(tx, dossierId, { name, note, bytes: Buffer.from(data, 'base64') }),
        (meta) => ({ event: 'attachments.add', detail: { dossierId, attachmentId: meta.id, size: meta.size } }),
      );
    },
    'attachments.get': async ({ id }) => {
      const a = await getAttachment(db(), id);
      await recordAudit(db(), 'attachments.open', { dossierId: a.dossierId, attachmentId: id });
      return download(a.name, a.mediaType, a.data);
    },
    'attachments.remove': async ({ id }) => {
      await audited(
        db(),
        (tx) => removeAttachment(tx, id),
        (dossierId) => ({ event: 'attachments.remove', detail: { dossierId, attachmentId: id } }),
      );
      return { ok: true as const };
    },
  };

  async function requireDossier(id: number) {
    await requireDossierIn(db(), id);
  }
}
