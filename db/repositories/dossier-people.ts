import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import type { ContactFields, ConsentFields, NoteFields } from '../../common/dossiers/schema.js';
import type { Consent, Contact, JournalNote } from '../../common/dossiers/types.js';
import { contactChange } from '../../common/dossiers/contact-history.js';
import { consents, dossierContacts, journalNotes } from '../schema.js';
import { readDossierRow, type Conn, type Tx } from './dossier-fields.js';
import { recordChange } from './dossier-touch.js';
import { msg } from '../../common/messages/index.js';

/** The people around a dossier (contacts, consents given to partners) and the journal notes, each change with its history line. */

/** Adds a row to one of the dossier's lists and its history line, in one transaction; NOT_FOUND without the dossier. */
async function addToDossier<R>(
  db: Conn,
  dossierId: number,
  history: { field: string; value: string },
  insert: (tx: Tx, now: string) => Promise<R>,
): Promise<R> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    await readDossierRow(tx, dossierId);
    const row = await insert(tx, now);
    await recordChange(tx, dossierId, now, history.field, null, history.value);
    return row;
  });
}

export async function addNote(db: Conn, dossierId: number, note: NoteFields): Promise<JournalNote> {
  return addToDossier(db, dossierId, { field: 'note', value: `${note.date}: ${note.text.slice(0, 80)}` }, async (tx, now) => {
    const [row] = await tx.insert(journalNotes).values({ dossierId, date: note.date!, text: note.text, createdAt: now }).returning();
    return row!;
  });
}

function contactSummary(c: ContactFields): string {
  return [c.name, c.organisation].filter(Boolean).join(', ');
}

export async function addContact(db: Conn, dossierId: number, c: ContactFields): Promise<Contact> {
  return addToDossier(db, dossierId, { field: `contact.${c.role}`, value: contactSummary(c) }, async (tx, now) => {
    const [row] = await tx
      .insert(dossierContacts)
      .values({ dossierId, ...c, createdAt: now })
      .returning();
    return { ...row!, role: c.role };
  });
}

/** Changes one row of a dossier's lists (with its history line) in one transaction; NOT_FOUND when the row is not there. */
async function changeInDossier<Old, R>(db: Conn, read: (tx: Tx) => Promise<Old[]>, change: (tx: Tx, old: Old, now: string) => Promise<R>): Promise<R> {
  const now = new Date().toISOString();
  return db.transaction(async (tx) => {
    const [old] = await read(tx);
    if (!old) throw new AppError('NOT_FOUND');
    return change(tx, old, now);
  });
}

const contactRow = (id: number) => (tx: Tx) => tx.select().from(dossierContacts).where(eq(dossierContacts.id, id));
const consentRow = (id: number) => (tx: Tx) => tx.select().from(consents).where(eq(consents.id, id));

export async function updateContact(db: Conn, id: number, c: ContactFields): Promise<Contact> {
  return changeInDossier(db, contactRow(id), async (tx, old, now) => {
    const change = contactChange({ ...old, role: old.role as ContactFields['role'] }, c);
    // Saving without changes leaves the dossier as it was: no history line, no new "last changed".
    if (!change) return { ...old, role: old.role as Contact['role'] };
    const [row] = await tx.update(dossierContacts).set(c).where(eq(dossierContacts.id, id)).returning();
    await recordChange(tx, old.dossierId, now, `contact.${c.role}`, change.oldValue, change.newValue);
    return { ...row!, role: c.role };
  });
}

export async function removeContact(db: Conn, id: number): Promise<number> {
  return changeInDossier(db, contactRow(id), async (tx, old, now) => {
    await tx.delete(dossierContacts).where(eq(dossierContacts.id, id));
    await recordChange(tx, old.dossierId, now, `contact.${old.role}`, contactSummary({ ...old, role: old.role as ContactFields['role'] }), null);
    return old.dossierId;
  });
}

export async function addConsent(db: Conn, dossierId: number, c: ConsentFields): Promise<Consent> {
  return addToDossier(db, dossierId, { field: 'consent', value: `${c.partner}: ${c.scope}`.slice(0, 200) }, async (tx, now) => {
    const [row] = await tx
      .insert(consents)
      .values({ dossierId, partner: c.partner, scope: c.scope, legalBasis: c.legalBasis, givenOn: c.givenOn!, note: c.note, createdAt: now })
      .returning();
    return { ...row!, legalBasis: c.legalBasis };
  });
}

export async function withdrawConsent(db: Conn, id: number, withdrawnOn: string): Promise<Consent> {
  return changeInDossier(db, consentRow(id), async (tx, old, now) => {
    if (old.withdrawnOn) throw new AppError('VALIDATION', undefined, { fields: { withdrawnOn: msg('consentAlreadyWithdrawn') } });
    if (withdrawnOn < old.givenOn) throw new AppError('VALIDATION', undefined, { fields: { withdrawnOn: msg('withdrawalBeforeDateConsent') } });
    const [row] = await tx.update(consents).set({ withdrawnOn }).where(eq(consents.id, id)).returning();
    await recordChange(tx, old.dossierId, now, 'consent.withdrawn', `${old.partner}: ${old.scope}`.slice(0, 200), withdrawnOn);
    return { ...row!, legalBasis: row!.legalBasis as Consent['legalBasis'] };
  });
}

/** The consents of a dossier in the order they were recorded, withdrawn ones included. */
export async function listConsents(db: Conn, dossierId: number): Promise<Consent[]> {
  const rows = await db.select().from(consents).where(eq(consents.dossierId, dossierId)).orderBy(asc(consents.id));
  return rows.map((c) => ({ ...c, legalBasis: c.legalBasis as Consent['legalBasis'] }));
}
