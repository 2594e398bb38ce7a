import { and, asc, desc, eq } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { dossierConsistencyErrors, DOSSIER_FIELDS, type DossierFields, type DossierPatch } from '../../common/dossiers/schema.js';
import { dossierSortName } from '../../common/dossiers/search.js';
import { listName } from '../../common/people/names.js';
import { statusInvariantErrors, transitionErrors, type ClosingReason, type DossierStatus } from '../../common/dossiers/status.js';
import { localTodayIso } from '../../common/calendar.js';
import type { Consent, Contact, CreateDossierResult, DossierDetail, HistoryEntry, StatusEvent } from '../../common/dossiers/types.js';
import { consents, dossierContacts, dossierHistory, dossiers, journalNotes, releaseDateHistory } from '../schema.js';
import type { Db } from '../vault.js';
import { insertDossierRow, readDossierRow, toDossier, writeDossierFields, type Conn, type DossierFieldPatch } from './dossier-fields.js';
import { msg } from '../../common/messages/index.js';
import { requireDossierFields } from './dossier-touch.js';

/** A dossier itself: register, read, edit its fields, move it along the journey, and its history. */

export type { Tx } from './dossier-fields.js';

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
  return new AppError('DUPLICATE_BSN', undefined, { existingId, fields: { bsn: msg('caseFileBsnAlreadyExists') } });
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

/** The fields of a new dossier; the form of address may be left out (it is then 'onbekend'). */
export type NewDossierFields = Omit<DossierFields, 'aanhef'> & Partial<Pick<DossierFields, 'aanhef'>>;

/**
 * Registers a dossier. A BSN that already exists is refused (with the existing dossier's id); the same
 * name and birth date only warns, and the caller saves after the coordinator confirms. Runs inside the caller's
 * transaction (see audited()), so the audit line commits with it.
 */
export async function createDossier(tx: Conn, fields: NewDossierFields, opts: { confirmDuplicate?: boolean; now?: Date } = {}): Promise<CreateDossierResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return tx.transaction(async (tx) => {
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
      id = await insertDossierRow(tx, { ...fields, status: 'melding' }, now);
    } catch (err) {
      if (isUniqueViolation(err) && fields.bsn) throw duplicateBsn((await findByBsn(tx, fields.bsn)) ?? 0);
      throw err;
    }
    return { created: true as const, id };
  });
}

export async function getDossierDetail(db: Conn, id: number): Promise<DossierDetail> {
  const row = await readDossierRow(db, id);
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
export async function updateDossier(tx: Conn, id: number, patch: DossierPatch, opts: { now?: Date } = {}): Promise<{ changed: string[] }> {
  const now = (opts.now ?? new Date()).toISOString();
  return tx.transaction(async (tx) => {
    const row = await readDossierRow(tx, id);
    const before = toDossier(row);
    const known: DossierFieldPatch = {};
    for (const key of DOSSIER_FIELDS) if (key in patch && patch[key] !== undefined) (known as Record<string, unknown>)[key] = patch[key];
    const after = { ...before, ...known } as typeof before;
    if (DOSSIER_FIELDS.every((k) => (before[k] ?? null) === (after[k] ?? null))) return { changed: [] };
    fieldErrorsOrNothing({
      ...dossierConsistencyErrors(after),
      ...statusInvariantErrors(after, { closingReason: after.closingReason, closingNote: after.closingNote }),
    });
    if (after.bsn && after.bsn !== before.bsn) {
      const existing = await findByBsn(tx, after.bsn, id);
      if (existing !== null) throw duplicateBsn(existing);
    }
    try {
      return { changed: await writeDossierFields(tx, row, known, now) };
    } catch (err) {
      if (isUniqueViolation(err) && after.bsn) throw duplicateBsn((await findByBsn(tx, after.bsn, id)) ?? 0);
      throw err;
    }
  });
}

export interface TransitionRequest {
  to: DossierStatus;
  closingReason?: ClosingReason | null;
  closingNote?: string;
  werkelijkeVrijlating?: string | null;
}

/** Moves a dossier along the journey, refusing moves the rules do not allow (common/dossiers/status.ts). */
export async function transitionDossier(tx: Conn, id: number, req: TransitionRequest, opts: { now?: Date } = {}): Promise<void> {
  const nowDate = opts.now ?? new Date();
  const now = nowDate.toISOString();
  await tx.transaction(async (tx) => {
    const row = await readDossierRow(tx, id);
    const d = toDossier(row);
    const extras = { closingReason: req.closingReason ?? null, closingNote: req.closingNote ?? '', werkelijkeVrijlating: req.werkelijkeVrijlating ?? null };
    fieldErrorsOrNothing(transitionErrors(d, req.to, extras));
    const release = req.werkelijkeVrijlating ?? d.werkelijkeVrijlating;
    if (req.werkelijkeVrijlating && req.werkelijkeVrijlating !== d.werkelijkeVrijlating) {
      fieldErrorsOrNothing(dossierConsistencyErrors({ ...d, werkelijkeVrijlating: req.werkelijkeVrijlating }));
    }
    const closing = req.to === 'afgesloten';
    await writeDossierFields(
      tx,
      row,
      {
        status: req.to,
        werkelijkeVrijlating: release,
        closingReason: closing ? (req.closingReason ?? null) : null,
        closingNote: closing ? (req.closingNote ?? '') : '',
        closedAt: closing ? localTodayIso(nowDate) : null,
      },
      now,
    );
  });
}

export async function listHistory(db: Db, id: number): Promise<HistoryEntry[]> {
  await readDossierRow(db, id);
  const rows = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, id)).orderBy(desc(dossierHistory.id));
  return rows.map((r) => ({ id: r.id, at: r.at, field: r.field, oldValue: r.oldValue, newValue: r.newValue }));
}

/** The whole history of a dossier, oldest first (the inzage overview lists it in that order). */
export async function historyOldestFirst(db: Conn, id: number): Promise<HistoryEntry[]> {
  const rows = await db.select().from(dossierHistory).where(eq(dossierHistory.dossierId, id)).orderBy(asc(dossierHistory.id));
  return rows.map((r) => ({ id: r.id, at: r.at, field: r.field, oldValue: r.oldValue, newValue: r.newValue }));
}

/** Refuses an id that is no dossier (NOT_FOUND). */
export async function requireDossier(db: Conn, id: number): Promise<void> {
  await requireDossierFields(db, id, { id: dossiers.id });
}
