import { and, asc, eq, gte, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { STATUS_LABELS, type DossierStatus } from '../../../common/dossiers/status.js';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../common/plan/actions.js';
import { dossiers, meetings, partnerContacts, partners, planActions } from '../../../db/schema.js';
import type { Db } from '../../../db/vault.js';
import { toDutchCsv } from './csv.js';
import { toIcs, type CalendarItem } from './ics.js';

/** The rows behind the CSV and ICS exports; every export returns the dossier ids it contains, for the register. */

export async function dossierListCsv(db: Db, opts: { statuses: DossierStatus[]; includeBsn: boolean }): Promise<{ bytes: Buffer; dossierIds: number[] }> {
  const rows = await db
    .select()
    .from(dossiers)
    .where(opts.statuses.length ? inArray(dossiers.status, opts.statuses) : undefined)
    .orderBy(asc(dossiers.sortName), asc(dossiers.id));
  const bytes = toDutchCsv<(typeof rows)[number]>(
    [
      { header: 'Dossiernummer', value: (r) => r.id },
      { header: 'Achternaam', value: (r) => r.achternaam },
      { header: 'Tussenvoegsel', value: (r) => r.tussenvoegsel },
      { header: 'Voornamen', value: (r) => r.voornamen },
      { header: 'Geboortedatum', value: (r) => r.geboortedatum, kind: 'date' },
      ...(opts.includeBsn ? [{ header: 'BSN', value: (r: (typeof rows)[number]) => r.bsn }] : []),
      { header: 'Status', value: (r) => STATUS_LABELS[r.status as DossierStatus] ?? r.status },
      { header: 'Inrichting', value: (r) => r.institution },
      { header: 'Verwachte vrijlating', value: (r) => r.verwachteVrijlating, kind: 'date' },
      { header: 'Werkelijke vrijlating', value: (r) => r.werkelijkeVrijlating, kind: 'date' },
      { header: 'Laatst gewijzigd', value: (r) => r.updatedAt.slice(0, 10), kind: 'date' },
    ],
    rows,
  );
  return { bytes, dossierIds: rows.map((r) => r.id) };
}

async function actionRows(db: Db, where: (SQL | undefined)[]) {
  return db
    .select({
      id: planActions.id,
      dossierId: planActions.dossierId,
      title: planActions.title,
      domainKey: planActions.domainKey,
      deadline: planActions.deadline,
      status: planActions.status,
      partnerName: partners.name,
      contactName: partnerContacts.name,
      achternaam: dossiers.achternaam,
      tussenvoegsel: dossiers.tussenvoegsel,
      voornamen: dossiers.voornamen,
    })
    .from(planActions)
    .innerJoin(dossiers, eq(dossiers.id, planActions.dossierId))
    .leftJoin(partners, eq(partners.id, planActions.partnerId))
    .leftJoin(partnerContacts, eq(partnerContacts.id, planActions.contactId))
    .where(and(...where))
    .orderBy(asc(partners.name), asc(planActions.deadline), asc(planActions.id));
}

const OPEN: ActionStatus[] = ['open', 'bezig'];

export async function actionsCsv(db: Db, opts: { partnerId: number | null; openOnly: boolean }) {
  const rows = await actionRows(db, [
    opts.partnerId ? eq(planActions.partnerId, opts.partnerId) : undefined,
    opts.openOnly ? inArray(planActions.status, OPEN) : undefined,
  ]);
  const bytes = toDutchCsv<(typeof rows)[number]>(
    [
      { header: 'Partner', value: (r) => r.partnerName ?? 'niet toegewezen' },
      { header: 'Contactpersoon', value: (r) => r.contactName },
      { header: 'Dossiernummer', value: (r) => r.dossierId },
      { header: 'Cliënt', value: (r) => [r.voornamen, r.tussenvoegsel, r.achternaam].filter(Boolean).join(' ') },
      { header: 'Leefgebied', value: (r) => r.domainKey },
      { header: 'Actie', value: (r) => r.title },
      { header: 'Deadline', value: (r) => r.deadline, kind: 'date' },
      { header: 'Status', value: (r) => ACTION_STATUS_LABELS[r.status as ActionStatus] ?? r.status },
    ],
    rows,
  );
  return { bytes, dossierIds: [...new Set(rows.map((r) => r.dossierId))], partnerName: rows.find((r) => r.partnerName)?.partnerName ?? null };
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
  const rows = await actionRows(db, [
    isNotNull(planActions.deadline),
    inArray(planActions.status, OPEN),
    opts.partnerId ? eq(planActions.partnerId, opts.partnerId) : undefined,
    opts.dossierId ? eq(planActions.dossierId, opts.dossierId) : undefined,
  ]);
  const items: CalendarItem[] = rows.map((r) => ({
    uid: `actie-${r.id}@nazorgdossier`,
    title: `Deadline: ${r.title} (${initials(r)}, dossier ${r.dossierId})`,
    description: [`Dossier ${r.dossierId}`, r.partnerName ? `Partner: ${r.partnerName}` : '', r.contactName ? `Contactpersoon: ${r.contactName}` : '']
      .filter(Boolean)
      .join('\n'),
    date: r.deadline!,
  }));
  return { bytes: toIcs(items, 'Nazorg: deadlines'), dossierIds: [...new Set(rows.map((r) => r.dossierId))], count: rows.length };
}

/** Meetings from today on; a start time "HH:mm" makes a 2-hour event, otherwise an all-day one. */
export async function meetingsIcs(db: Db, today: string) {
  const rows = await db.select().from(meetings).where(gte(meetings.date, today)).orderBy(asc(meetings.date), asc(meetings.id));
  const items: CalendarItem[] = rows.map((m) => ({
    uid: `overleg-${m.id}@nazorgdossier`,
    title: m.title,
    ...(m.place ? { location: m.place } : {}),
    ...(/^\d{2}:\d{2}$/.test(m.startTime) ? { start: `${m.date}T${m.startTime}`, durationMinutes: 120 } : { date: m.date }),
  }));
  return { bytes: toIcs(items, 'Nazorg: overleggen'), count: rows.length };
}
