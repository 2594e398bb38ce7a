import { eq } from 'drizzle-orm';
import type { ContactFields, DossierPatch } from '../../common/dossiers/schema.js';
import type { CreateDossierResult } from '../../common/dossiers/types.js';
import { dossiers } from '../schema.js';
import type { Conn } from './dossier-fields.js';
import { addAttachment } from './attachments.js';
import { createDossier, updateDossier, type NewDossierFields } from './dossier-core.js';
import { addContact, updateContact } from './dossier-people.js';

/**
 * A confirmed intake writes a dossier (or its changes), its contacts and the notice as attachment. Each of those
 * repository functions opens its own transaction; called on a drizzle transaction, that becomes a savepoint, so
 * the whole intake is one transaction and a refused attachment leaves no dossier behind.
 */
export interface IntakeSourceFile {
  name: string;
  bytes: Buffer;
  note: string;
}

export async function dossierIdByBsn(db: Conn, bsn: string): Promise<number | null> {
  const [row] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.bsn, bsn)).limit(1);
  return row?.id ?? null;
}

export async function createFromIntake(
  db: Conn,
  input: { fields: NewDossierFields; contacts: ContactFields[]; source: IntakeSourceFile; confirmDuplicate: boolean },
): Promise<{ result: CreateDossierResult; attachmentId: number | null }> {
  return db.transaction(async (tx) => {
    const result = await createDossier(tx, input.fields, { confirmDuplicate: input.confirmDuplicate });
    if (!result.created) return { result, attachmentId: null };
    for (const c of input.contacts) await addContact(tx, result.id, c);
    const meta = await addAttachment(tx, result.id, { ...input.source, source: 'upload' });
    return { result, attachmentId: meta.id };
  });
}

export async function updateFromIntake(
  db: Conn,
  id: number,
  input: { patch: DossierPatch; contacts: ContactFields[]; contactUpdates?: { id: number; fields: ContactFields }[]; source: IntakeSourceFile },
): Promise<{ changed: string[]; attachmentId: number | null }> {
  return db.transaction(async (tx) => {
    const { changed } = await updateDossier(tx, id, input.patch);
    for (const c of input.contacts) await addContact(tx, id, c);
    for (const u of input.contactUpdates ?? []) await updateContact(tx, u.id, u.fields);
    // The same notice kept twice is one attachment: a second reading of it only updates the fields.
    const meta = await addAttachment(tx, id, { ...input.source, source: 'upload' }).catch((err: { code?: string }) => {
      if (err?.code === 'ATTACHMENT_DUPLICATE') return null;
      throw err;
    });
    return { changed, attachmentId: meta?.id ?? null };
  });
}

export type IntakeBatchWrite =
  { kind: 'new'; fields: NewDossierFields; contacts: ContactFields[] } | { kind: 'update'; id: number; patch: DossierPatch; contacts: ContactFields[] };

/** The chosen rows of a list of notices, all or nothing. */
export async function applyIntakeBatch(db: Conn, rows: readonly IntakeBatchWrite[]): Promise<{ created: number[]; updated: number[] }> {
  return db.transaction(async (tx) => {
    const created: number[] = [];
    const updated: number[] = [];
    for (const r of rows) {
      if (r.kind === 'new') {
        // The preview already showed the list; a same name and birth date is not asked again per row.
        const res = await createDossier(tx, r.fields, { confirmDuplicate: true });
        if (!res.created) continue;
        for (const c of r.contacts) await addContact(tx, res.id, c);
        created.push(res.id);
      } else {
        await updateDossier(tx, r.id, r.patch);
        for (const c of r.contacts) await addContact(tx, r.id, c);
        updated.push(r.id);
      }
    }
    return { created, updated };
  });
}
