import { fullName, pseudonym } from '../../../common/documents/people.js';
import { STATUS_LABELS, type DossierStatus } from '../../../common/dossiers/status.js';
import { AppError } from '../../../common/errors.js';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../common/plan/actions.js';
import type { LifeDomain } from '../../../common/plan/domains.js';
import type { Db } from '../../../db/vault.js';
import {
  actionExportRows,
  deadlineExportRows,
  dossierExportRows,
  exportPartnerName,
  meetingActionExportRows,
  upcomingMeetings,
  type ActionExportRow,
  type DossierExportRow,
} from '../../../db/repositories/export-rows.js';
import type { SpreadsheetFormat, TableDescription } from '../../../common/exchange/table.js';
import { writeTable } from './spreadsheet.js';
import { toIcs, type CalendarItem } from './ics.js';
import { msg } from '../../../common/messages/index.js';

/**
 * The rows behind the spreadsheet and ICS exports; every export returns the dossier ids it contains, for the
 * register. Each spreadsheet export has one table description that the CSV and the Excel writer both follow.
 */

type DossierRow = DossierExportRow;

export function dossierListTable(includeBsn: boolean): TableDescription<DossierRow> {
  return {
    sheetName: 'Dossierlijst',
    columns: [
      { header: 'Dossiernummer', value: (r) => r.id, kind: 'id' },
      { header: 'Achternaam', value: (r) => r.achternaam },
      { header: 'Tussenvoegsel', value: (r) => r.tussenvoegsel },
      { header: 'Voornamen', value: (r) => r.voornamen },
      { header: 'Geboortedatum', value: (r) => r.geboortedatum, kind: 'date' },
      ...(includeBsn ? [{ header: 'BSN', value: (r: DossierRow) => r.bsn, kind: 'id' as const }] : []),
      { header: 'Status', value: (r) => STATUS_LABELS[r.status as DossierStatus] ?? r.status },
      { header: 'Inrichting', value: (r) => r.institution },
      { header: 'Verwachte vrijlating', value: (r) => r.verwachteVrijlating, kind: 'date' },
      { header: 'Werkelijke vrijlating', value: (r) => r.werkelijkeVrijlating, kind: 'date' },
      { header: 'Laatst gewijzigd', value: (r) => r.updatedAt.slice(0, 10), kind: 'date' },
    ],
  };
}

export async function dossierListExport(
  db: Db,
  opts: { statuses: DossierStatus[]; includeBsn: boolean; format: SpreadsheetFormat },
): Promise<{ bytes: Buffer; dossierIds: number[] }> {
  const rows = await dossierExportRows(db, opts.statuses);
  const bytes = await writeTable(opts.format, dossierListTable(opts.includeBsn), rows);
  return { bytes, dossierIds: rows.map((r) => r.id) };
}

/** The domain's label as the coordinator named it; a key no longer in the catalogue is shown as stored. */
function domainLabel(domains: readonly LifeDomain[], key: string | null): string {
  if (!key) return '';
  return domains.find((d) => d.key === key)?.label ?? key;
}

type ActionRow = ActionExportRow;

export function actionsTable(domains: readonly LifeDomain[]): TableDescription<ActionRow> {
  return {
    sheetName: 'Acties per partner',
    columns: [
      { header: 'Partner', value: (r) => r.partnerName ?? 'niet toegewezen' },
      { header: 'Contactpersoon', value: (r) => r.contactName },
      { header: 'Dossiernummer', value: (r) => r.dossierId, kind: 'id' },
      { header: 'Cliënt', value: (r) => fullName(r) },
      { header: 'Leefgebied', value: (r) => domainLabel(domains, r.domainKey) },
      { header: 'Actie', value: (r) => r.title },
      { header: 'Deadline', value: (r) => r.deadline, kind: 'date' },
      { header: 'Status', value: (r) => ACTION_STATUS_LABELS[r.status as ActionStatus] ?? r.status },
    ],
  };
}

export async function actionsExport(db: Db, opts: { partnerId: number | null; openOnly: boolean; domains: readonly LifeDomain[]; format: SpreadsheetFormat }) {
  // The register names the partner even when it has no actions (yet); an unknown id is a wrong choice, not "all".
  const partnerName = opts.partnerId ? await exportPartnerName(db, opts.partnerId) : null;
  const rows = await actionExportRows(db, opts);
  const bytes = await writeTable(opts.format, actionsTable(opts.domains), rows);
  return { bytes, dossierIds: [...new Set(rows.map((r) => r.dossierId))], partnerName };
}

/**
 * The actions allocated during one meeting, in agenda order: what the partners at the table took on.
 * With `pseudonymise` the client column holds initials and year of birth, like the meeting's documents.
 */
export function meetingActionsTable(domains: readonly LifeDomain[], pseudonymise: boolean): TableDescription<ActionRow> {
  return {
    sheetName: 'Acties van het overleg',
    columns: [
      { header: 'Dossiernummer', value: (r) => r.dossierId, kind: 'id' },
      { header: 'Cliënt', value: (r) => (pseudonymise ? pseudonym(r) : fullName(r)) },
      { header: 'Partner', value: (r) => r.partnerName ?? 'niet toegewezen' },
      { header: 'Contactpersoon', value: (r) => r.contactName },
      { header: 'Actie', value: (r) => r.title },
      { header: 'Leefgebied', value: (r) => domainLabel(domains, r.domainKey) },
      { header: 'Deadline', value: (r) => r.deadline, kind: 'date' },
      { header: 'Status', value: (r) => ACTION_STATUS_LABELS[r.status as ActionStatus] ?? r.status },
    ],
  };
}

export async function meetingActionsExport(
  db: Db,
  opts: { meetingId: number; pseudonymise: boolean; domains: readonly LifeDomain[]; format: SpreadsheetFormat },
) {
  const { meeting, rows } = await meetingActionExportRows(db, opts.meetingId);
  if (rows.length === 0) throw new AppError('VALIDATION', msg('noActionsHaveAllocatedMeeting'));
  const bytes = await writeTable(opts.format, meetingActionsTable(opts.domains, opts.pseudonymise), rows);
  return { bytes, meeting, count: rows.length, dossierIds: [...new Set(rows.map((r) => r.dossierId))] };
}

/** Initials only in calendars: agenda entries travel to mail servers and phones (data minimisation). */
function initials(r: { voornamen: string; tussenvoegsel: string; achternaam: string }): string {
  const first = r.voornamen
    .split(/\s+/)
    .filter(Boolean)
    .map((v) => `${v[0]!.toUpperCase()}.`)
    .join('');
  return [first, r.tussenvoegsel, r.achternaam[0] ? `${r.achternaam[0].toUpperCase()}.` : ''].filter(Boolean).join(' ');
}

export async function actionsIcs(db: Db, opts: { partnerId: number | null; dossierId: number | null }) {
  const rows = await deadlineExportRows(db, opts);
  // An appointment with the client (a time on the deadline day) is a one-hour event at its place; other actions are all-day deadlines.
  const items: CalendarItem[] = rows.map((r) => ({
    uid: `actie-${r.id}@nazorgdossier`,
    title: `${r.appointmentTime ? 'Afspraak' : 'Deadline'}: ${r.title} (${initials(r)}, dossier ${r.dossierId})`,
    description: [`Dossier ${r.dossierId}`, r.partnerName ? `Partner: ${r.partnerName}` : '', r.contactName ? `Contactpersoon: ${r.contactName}` : '']
      .filter(Boolean)
      .join('\n'),
    ...(r.appointmentPlace ? { location: r.appointmentPlace } : {}),
    ...(r.appointmentTime ? { start: `${r.deadline!}T${r.appointmentTime}`, durationMinutes: 60 } : { date: r.deadline! }),
  }));
  return { bytes: toIcs(items, 'Nazorg: deadlines'), dossierIds: [...new Set(rows.map((r) => r.dossierId))], count: rows.length };
}

/** Meetings from today on; a start time "HH:mm" makes a 2-hour event, otherwise an all-day one. */
export async function meetingsIcs(db: Db, today: string) {
  const rows = await upcomingMeetings(db, today);
  const items: CalendarItem[] = rows.map((m) => ({
    uid: `overleg-${m.id}@nazorgdossier`,
    title: m.title,
    ...(m.place ? { location: m.place } : {}),
    ...(/^\d{2}:\d{2}$/.test(m.startTime) ? { start: `${m.date}T${m.startTime}`, durationMinutes: 120 } : { date: m.date }),
  }));
  return { bytes: toIcs(items, 'Nazorg: overleggen'), count: rows.length };
}
