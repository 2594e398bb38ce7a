import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import type { DossierListInput } from '../../common/api/dossiers.js';
import {
  dossierConsistencyErrors,
  DOSSIER_FIELDS,
  type DossierFields,
  type DossierPatch,
  type ContactFields,
  type ConsentFields,
  type NoteFields,
} from '../../common/dossiers/schema.js';
import { dossierSearchText, dossierSortName, searchTokens } from '../../common/dossiers/search.js';
import { listName } from '../../common/people/names.js';
import { DOSSIER_STATUSES, statusInvariantErrors, transitionErrors, type ClosingReason, type DossierStatus } from '../../common/dossiers/status.js';
import { localTodayIso } from '../../common/dossiers/fields.js';
import type {
  Consent,
  Contact,
  CreateDossierResult,
  Dossier,
  DossierDetail,
  DossierListItem,
  HistoryEntry,
  JournalNote,
  StatusEvent,
} from '../../common/dossiers/types.js';
import { consents, dossierContacts, dossierHistory, dossiers, journalNotes, releaseDateHistory } from '../schema.js';
import type { Db } from '../vault.js';
import { DOSSIER_EXTRA_FILTERS } from './dossier-filters.js';
import { contactChange } from '../../common/dossiers/contact-history.js';
import { onReleaseDateSet } from './aftercare.js';

/** A drizzle transaction or the database itself: repository helpers run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;
type Row = typeof dossiers.$inferSelect;

function toDossier(r: Row): Dossier {
  return {
    id: r.id,
    achternaam: r.achternaam,
    tussenvoegsel: r.tussenvoegsel,
    voornamen: r.voornamen,
    roepnaam: r.roepnaam,
    aanhef: r.aanhef as Dossier['aanhef'],
    geboortedatum: r.geboortedatum,
    bsn: r.bsn,
    telefoon: r.telefoon,
    email: r.email,
    adresVoor: r.adresVoor,
    adresNa: r.adresNa,
    woonplaats: r.woonplaats,
    institution: r.institution,
    meldingDatum: r.meldingDatum,
    detentieStart: r.detentieStart,
    verwachteVrijlating: r.verwachteVrijlating,
    werkelijkeVrijlating: r.werkelijkeVrijlating,
    reclasseringToezicht: r.reclasseringToezicht as Dossier['reclasseringToezicht'],
    juridischKader: r.juridischKader,
    veiligheid: r.veiligheid,
    status: r.status as DossierStatus,
    closingReason: (r.closingReason as ClosingReason | null) ?? null,
    closingNote: r.closingNote,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function derived(f: Pick<DossierFields, 'achternaam' | 'tussenvoegsel' | 'voornamen' | 'roepnaam' | 'bsn' | 'institution'>) {
  return { searchText: dossierSearchText(f), sortName: dossierSortName(f) };
}

function historyValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  return String(v);
}

async function recordHistory(tx: Conn, dossierId: number, at: string, field: string, oldValue: unknown, newValue: unknown): Promise<void> {
  await tx.insert(dossierHistory).values({ dossierId, at, field, oldValue: historyValue(oldValue), newValue: historyValue(newValue) });
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const text = `${e.code ?? ''} ${e.message ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`;
  return /UNIQUE constraint failed: dossiers\.bsn/.test(text);
}

async function findByBsn(db: Conn, bsn: string, exceptId?: number): Promise<number | null> {
  const rows = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.bsn, bsn)).limit(2);
  const other = rows.find((r) => r.id !== exceptId);
  return other ? other.id : null;
}

function duplicateBsn(existingId: number): AppError {
  return new AppError('DUPLICATE_BSN', undefined, { existingId, fields: { bsn: 'Er bestaat al een dossier met dit BSN.' } });
}

export async function findSameNameAndBirthDate(db: Conn, f: Pick<DossierFields, 'achternaam' | 'voornamen' | 'geboortedatum'>) {
  if (!f.geboortedatum) return [];
  const rows = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.sortName, dossierSortName(f)), eq(dossiers.geboortedatum, f.geboortedatum)))
    .limit(10);
  return rows.map((r) => ({ id: r.id, name: listName(r), geboortedatum: r.geboortedatum, status: r.status as DossierStatus }));
}

/**
 * Registers a dossier. A BSN that already exists is refused (with the existing dossier's id); the same
 * name and birth date only warns, and the caller saves after the coordinator confirms.
 */
/** The fields of a new dossier; the form of address may be left out (it is then 'onbekend'). */
export type NewDossierFields = Omit<DossierFields, 'aanhef'> & Partial<Pick<DossierFields, 'aanhef'>>;

export async function createDossier(db: Db, fields: NewDossierFields, opts: { confirmDuplicate?: boolean; now?: Date } = {}): Promise<CreateDossierResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction(async (tx) => {
    if (fields.bsn) {
      const existing = await findByBsn(tx, fields.bsn);
      if (existing !== null) throw duplicateBsn(existing);
    }
    if (!opts.confirmDuplicate) {
      const candidates = await findSameNameAndBirthDate(tx, fields);
      if (candidates.length > 0) return { created: false as const, warning: 'same_name_birthdate' as const, candidates };
    }
    let id: number;
    try {
      const [row] = await tx
        .insert(dossiers)
        .values({ ...fields, ...derived(fields), status: 'melding', createdAt: now, updatedAt: now })
        .returning({ id: dossiers.id });
      id = row!.id;
    } catch (err) {
      if (isUniqueViolation(err) && fields.bsn) throw duplicateBsn((await findByBsn(tx, fields.bsn)) ?? 0);
      throw err;
    }
    await recordHistory(tx, id, now, 'status', null, 'melding');
    if (fields.verwachteVrijlating) await tx.insert(releaseDateHistory).values({ dossierId: id, date: fields.verwachteVrijlating, changedAt: now });
    return { created: true as const, id };
  });
}

async function requireRow(db: Conn, id: number): Promise<Row> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getDossierDetail(db: Conn, id: number): Promise<DossierDetail> {
  const row = await requireRow(db, id);
  const [contactRows, consentRows, noteRows, releaseRows, statusRows] = await Promise.all([
    db.select().from(dossierContacts).where(eq(dossierContacts.dossierId, id)).orderBy(asc(dossierContacts.id)),
    db.select().from(consents).where(eq(consents.dossierId, id)).orderBy(asc(consents.id)),
    db.select().from(journalNotes).where(eq(journalNotes.dossierId, id)).orderBy(desc(journalNotes.date), desc(journalNotes.id)),
    db.select().from(releaseDateHistory).where(eq(releaseDateHistory.dossierId, id)).orderBy(asc(releaseDateHistory.id)),
    db
      .select()
      .from(dossierHistory)
      .where(and(eq(dossierHistory.dossierId, id), eq(dossierHistory.field, 'status')))
      .orderBy(asc(dossierHistory.id)),
  ]);
  return {
    dossier: toDossier(row),
    contacts: contactRows.map((c) => ({ ...c, role: c.role as Contact['role'] })),
    consents: consentRows.map((c) => ({ ...c, legalBasis: c.legalBasis as Consent['legalBasis'] })),
    notes: noteRows,
    releaseHistory: releaseRows.map((r) => ({ date: r.date, changedAt: r.changedAt })),
    timeline: statusRows.map((h): StatusEvent => ({ at: h.at, from: (h.oldValue as DossierStatus | null) ?? null, to: h.newValue as DossierStatus })),
  };
}

function fieldErrorsOrNothing(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', undefined, { fields });
}

/** Edits fields; every changed field is recorded in the history, all in one transaction. */
export async function updateDossier(db: Db, id: number, patch: DossierPatch, opts: { now?: Date } = {}): Promise<{ changed: string[] }> {
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction(async (tx) => {
    const row = await requireRow(tx, id);
    const before = toDossier(row);
    const after: Dossier = { ...before };
    const changed: DossierField[] = [];
    for (const key of DOSSIER_FIELDS) {
      if (!(key in patch) || patch[key] === undefined) continue;
      const next = patch[key];
      if ((before[key] ?? null) !== (next ?? null)) {
        (after as unknown as Record<string, unknown>)[key] = next;
        changed.push(key);
      }
    }
    if (changed.length === 0) return { changed: [] };
    fieldErrorsOrNothing({
      ...dossierConsistencyErrors(after),
      ...statusInvariantErrors(after, { closingReason: after.closingReason, closingNote: after.closingNote }),
    });
    if (after.bsn && after.bsn !== before.bsn) {
      const existing = await findByBsn(tx, after.bsn, id);
      if (existing !== null) throw duplicateBsn(existing);
    }
    const set: Partial<typeof dossiers.$inferInsert> = { ...derived(after), updatedAt: now };
    for (const key of changed) (set as Record<string, unknown>)[key] = after[key];
    try {
      await tx.update(dossiers).set(set).where(eq(dossiers.id, id));
    } catch (err) {
      if (isUniqueViolation(err) && after.bsn) throw duplicateBsn((await findByBsn(tx, after.bsn, id)) ?? 0);
      throw err;
    }
    for (const key of changed) await recordHistory(tx, id, now, key, before[key], after[key]);
    if (changed.includes('verwachteVrijlating')) await tx.insert(releaseDateHistory).values({ dossierId: id, date: after.verwachteVrijlating, changedAt: now });
    if (changed.includes('werkelijkeVrijlating') && after.werkelijkeVrijlating) await onReleaseDateSet(tx, id, after.werkelijkeVrijlating, now);
    return { changed };
  });
}
type DossierField = (typeof DOSSIER_FIELDS)[number];

export interface TransitionRequest {
  to: DossierStatus;
  closingReason?: ClosingReason | null;
  closingNote?: string;
  werkelijkeVrijlating?: string | null;
}

/** Moves a dossier along the journey, refusing moves the rules do not allow (common/dossiers/status.ts). */
export async function transitionDossier(db: Db, id: number, req: TransitionRequest, opts: { now?: Date } = {}): Promise<void> {
  const nowDate = opts.now ?? new Date();
  const now = nowDate.toISOString();
  await db.transaction(async (tx) => {
    const row = await requireRow(tx, id);
    const d = toDossier(row);
    const extras = { closingReason: req.closingReason ?? null, closingNote: req.closingNote ?? '', werkelijkeVrijlating: req.werkelijkeVrijlating ?? null };
    fieldErrorsOrNothing(transitionErrors(d, req.to, extras));
    const release = req.werkelijkeVrijlating ?? d.werkelijkeVrijlating;
    if (req.werkelijkeVrijlating && req.werkelijkeVrijlating !== d.werkelijkeVrijlating) {
      fieldErrorsOrNothing(dossierConsistencyErrors({ ...d, werkelijkeVrijlating: req.werkelijkeVrijlating }));
    }
    const closing = req.to === 'afgesloten';
    const set = {
      status: req.to,
      werkelijkeVrijlating: release,
      closingReason: closing ? (req.closingReason ?? null) : null,
      closingNote: closing ? (req.closingNote ?? '') : '',
      closedAt: closing ? localTodayIso(nowDate) : null,
      updatedAt: now,
    };
    await tx.update(dossiers).set(set).where(eq(dossiers.id, id));
    await recordHistory(tx, id, now, 'status', d.status, req.to);
    if (release !== d.werkelijkeVrijlating) await recordHistory(tx, id, now, 'werkelijkeVrijlating', d.werkelijkeVrijlating, release);
    if (release && release !== d.werkelijkeVrijlating) await onReleaseDateSet(tx, id, release, now);
    if (set.closingReason !== d.closingReason) await recordHistory(tx, id, now, 'closingReason', d.closingReason, set.closingReason);
    if (set.closingNote !== d.closingNote) await recordHistory(tx, id, now, 'closingNote', d.closingNote, set.closingNote);
  });
}

export async function listHistory(db: Db, id: number): Promise<HistoryEntry[]> {
  await requireRow(db, id);
  const rows = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, id)).orderBy(desc(dossierHistory.id));
  return rows.map((r) => ({ id: r.id, at: r.at, field: r.field, oldValue: r.oldValue, newValue: r.newValue }));
}

async function touch(tx: Conn, dossierId: number, now: string): Promise<void> {
  await tx.update(dossiers).set({ updatedAt: now }).where(eq(dossiers.id, dossierId));
}

export async function addNote(db: Db, dossierId: number, note: NoteFields): Promise<JournalNote> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    await requireRow(tx, dossierId);
    const [row] = await tx.insert(journalNotes).values({ dossierId, date: note.date!, text: note.text, createdAt: now }).returning();
    await recordHistory(tx, dossierId, now, 'note', null, `${note.date}: ${note.text.slice(0, 80)}`);
    await touch(tx, dossierId, now);
    return row!;
  });
}

function contactSummary(c: ContactFields): string {
  return [c.name, c.organisation].filter(Boolean).join(', ');
}

export async function addContact(db: Db, dossierId: number, c: ContactFields): Promise<Contact> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    await requireRow(tx, dossierId);
    const [row] = await tx
      .insert(dossierContacts)
      .values({ dossierId, ...c, createdAt: now })
      .returning();
    await recordHistory(tx, dossierId, now, `contact.${c.role}`, null, contactSummary(c));
    await touch(tx, dossierId, now);
    return { ...row!, role: c.role };
  });
}

export async function updateContact(db: Db, id: number, c: ContactFields): Promise<Contact> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(dossierContacts).where(eq(dossierContacts.id, id));
    if (!old) throw new AppError('NOT_FOUND');
    const change = contactChange({ ...old, role: old.role as ContactFields['role'] }, c);
    // Saving without changes leaves the dossier as it was: no history line, no new "last changed".
    if (!change) return { ...old, role: old.role as Contact['role'] };
    const [row] = await tx.update(dossierContacts).set(c).where(eq(dossierContacts.id, id)).returning();
    await recordHistory(tx, old.dossierId, now, `contact.${c.role}`, change.oldValue, change.newValue);
    await touch(tx, old.dossierId, now);
    return { ...row!, role: c.role };
  });
}

export async function removeContact(db: Db, id: number): Promise<number> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(dossierContacts).where(eq(dossierContacts.id, id));
    if (!old) throw new AppError('NOT_FOUND');
    await tx.delete(dossierContacts).where(eq(dossierContacts.id, id));
    await recordHistory(tx, old.dossierId, now, `contact.${old.role}`, contactSummary({ ...old, role: old.role as ContactFields['role'] }), null);
    await touch(tx, old.dossierId, now);
    return old.dossierId;
  });
}

export async function addConsent(db: Db, dossierId: number, c: ConsentFields): Promise<Consent> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    await requireRow(tx, dossierId);
    const [row] = await tx
      .insert(consents)
      .values({ dossierId, partner: c.partner, scope: c.scope, legalBasis: c.legalBasis, givenOn: c.givenOn!, note: c.note, createdAt: now })
      .returning();
    await recordHistory(tx, dossierId, now, 'consent', null, `${c.partner}: ${c.scope}`.slice(0, 200));
    await touch(tx, dossierId, now);
    return { ...row!, legalBasis: c.legalBasis };
  });
}

export async function withdrawConsent(db: Db, id: number, withdrawnOn: string): Promise<Consent> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(consents).where(eq(consents.id, id));
    if (!old) throw new AppError('NOT_FOUND');
    if (old.withdrawnOn) throw new AppError('VALIDATION', undefined, { fields: { withdrawnOn: 'Deze toestemming is al ingetrokken.' } });
    if (withdrawnOn < old.givenOn)
      throw new AppError('VALIDATION', undefined, { fields: { withdrawnOn: 'De intrekking ligt vóór de datum van toestemming.' } });
    const [row] = await tx.update(consents).set({ withdrawnOn }).where(eq(consents.id, id)).returning();
    await recordHistory(tx, old.dossierId, now, 'consent.withdrawn', `${old.partner}: ${old.scope}`.slice(0, 200), withdrawnOn);
    await touch(tx, old.dossierId, now);
    return { ...row!, legalBasis: row!.legalBasis as Consent['legalBasis'] };
  });
}

const STATUS_ORDER = sql.raw(`CASE status ${DOSSIER_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`);

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function listConditions(input: Pick<DossierListInput, 'query' | 'statuses' | 'releaseWithinDays' | 'extraFilters'>, today: string): SQL | undefined {
  const conds: SQL[] = [];
  for (const token of searchTokens(input.query)) conds.push(sql`instr(${dossiers.searchText}, ${token}) > 0`);
  if (input.statuses.length > 0) conds.push(inArray(dossiers.status, input.statuses));
  if (input.releaseWithinDays !== null) {
    conds.push(isNull(dossiers.werkelijkeVrijlating));
    conds.push(sql`${dossiers.verwachteVrijlating} BETWEEN ${today} AND ${addDaysIso(today, input.releaseWithinDays)}`);
  }
  for (const name of input.extraFilters) {
    const f = DOSSIER_EXTRA_FILTERS[name];
    if (!f) throw new AppError('VALIDATION', undefined, { fields: { extraFilters: 'Onbekend filter.' } });
    conds.push(f(today));
  }
  return conds.length ? and(...conds) : undefined;
}

function listOrder(input: Pick<DossierListInput, 'sort' | 'direction'>): SQL[] {
  const dir = input.direction === 'desc' ? desc : asc;
  switch (input.sort) {
    case 'release':
      // Unknown release dates last in either direction.
      return [sql`${dossiers.verwachteVrijlating} IS NULL`, dir(dossiers.verwachteVrijlating), asc(dossiers.sortName), asc(dossiers.id)];
    case 'status':
      return [dir(STATUS_ORDER), asc(dossiers.sortName), asc(dossiers.id)];
    case 'updated':
      return [dir(dossiers.updatedAt), asc(dossiers.id)];
    case 'created':
      return [dir(dossiers.id)];
    default:
      return [dir(dossiers.sortName), dir(dossiers.id)];
  }
}

const listColumns = {
  id: dossiers.id,
  achternaam: dossiers.achternaam,
  tussenvoegsel: dossiers.tussenvoegsel,
  voornamen: dossiers.voornamen,
  roepnaam: dossiers.roepnaam,
  geboortedatum: dossiers.geboortedatum,
  bsn: dossiers.bsn,
  institution: dossiers.institution,
  status: dossiers.status,
  verwachteVrijlating: dossiers.verwachteVrijlating,
  werkelijkeVrijlating: dossiers.werkelijkeVrijlating,
  hasSafetyNotes: sql<number>`${dossiers.veiligheid} <> ''`,
  updatedAt: dossiers.updatedAt,
};

export async function listDossiers(db: Db, input: DossierListInput, today = localTodayIso()): Promise<{ items: DossierListItem[]; total: number }> {
  const where = listConditions(input, today);
  // Two steps: the ids of one page in order (answered from covering indexes, so the encrypted table
  // pages of rows outside the page are never read), then only that page's rows.
  const [idRows, [{ n } = { n: 0 }]] = await Promise.all([
    db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(where)
      .orderBy(...listOrder(input))
      .limit(input.limit)
      .offset(input.offset),
    db.select({ n: count() }).from(dossiers).where(where),
  ]);
  const ids = idRows.map((r) => r.id);
  const rows = ids.length ? await db.select(listColumns).from(dossiers).where(inArray(dossiers.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids.map((id) => {
      const r = byId.get(id)!;
      return { ...r, status: r.status as DossierStatus, hasSafetyNotes: Boolean(r.hasSafetyNotes) };
    }),
    total: n,
  };
}
