import { eq } from 'drizzle-orm';
import type { ContactFields, DossierPatch } from '../../common/dossiers/schema.js';
import type { CreateDossierResult } from '../../common/dossiers/types.js';
import { dossiers } from '../schema.js';
import type { Db } from '../vault.js';
import { addAttachment } from './attachments.js';
import { addContact, createDossier, updateContact, updateDossier, type NewDossierFields } from './dossiers.js';

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

export async function dossierIdByBsn(db: Db, bsn: string): Promise<number | null> {
  const [row] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.bsn, bsn)).limit(1);
  return row?.id ?? null;
}

export async function createFromIntake(
  db: Db,
  input: { fields: NewDossierFields; contacts: ContactFields[]; source: IntakeSourceFile; confirmDuplicate: boolean },
): Promise<{ result: CreateDossierResult; attachmentId: number | null }> {
  return db.transaction(async (tx) => {
    const inner = tx as unknown as Db;
    const result = await createDossier(inner, input.fields, { confirmDuplicate: input.confirmDuplicate });
    if (!result.created) return { result, attachmentId: null };
    for (const c of input.contacts) await addContact(inner, result.id, c);
    const meta = await addAttachment(tx, result.id, { ...input.source, source: 'upload' });
    return { result, attachmentId: meta.id };
  });
}

export async function updateFromIntake(
  db: Db,
  id: number,
  input: { patch: DossierPatch; contacts: ContactFields[]; contactUpdates?: { id: number; fields: ContactFields }[]; source: IntakeSourceFile },
): Promise<{ changed: string[]; attachmentId: number | null }> {
  return db.transaction(async (tx) => {
    const inner = tx as unknown as Db;
    const { changed } = await updateDossier(inner, id, input.patch);
    for (const c of input.contacts) await addContact(inner, id, c);
    for (const u of input.contactUpdates ?? []) await updateContact(inner, u.id, u.fields);
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
export async function applyIntakeBatch(db: Db, rows: readonly IntakeBatchWrite[]): Promise<{ created: number[]; updated: number[] }> {
  return db.transaction(async (tx) => {
    const inner = tx as unknown as Db;
    const created: number[] = [];
    const updated: number[] = [];
    for (const r of rows) {
      if (r.kind === 'new') {
        // The preview already showed the list; a same name and birth date is not asked again per row.
        const res = await createDossier(inner, r.fields, { confirmDuplicate: true });
        if (!res.created) continue;
        for (const c of r.contacts) await addContact(inner, res.id, c);
        created.push(res.id);
      } else {
        await updateDossier(inner, r.id, r.patch);
        for (const c of r.contacts) await addContact(inner, r.id, c);
        updated.push(r.id);
      }
    }
    return { created, updated };
  });
}
