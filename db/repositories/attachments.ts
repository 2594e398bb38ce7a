import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../common/errors.js';
import { checkAttachment, safeAttachmentFileName } from '../../common/exchange/attachment-type.js';
import { withoutControlCharacters } from '../../common/safe-text.js';
import type { AttachmentInfo } from '../../common/api/attachments.js';
import { attachments } from '../schema.js';
import type { Db } from '../vault.js';

/**
 * Attachments live as BLOBs inside the encrypted database: nothing is written to disk in the clear until the
 * coordinator saves one. Listing never reads the BLOBs.
 */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Conn = Db | Tx;

/** What the screens are told of an attachment (the contract's AttachmentInfo), with its checksum for the exchange. */
export interface AttachmentMeta extends AttachmentInfo {
  sha256: string;
}

const META = {
  id: attachments.id,
  dossierId: attachments.dossierId,
  name: attachments.name,
  kind: attachments.kind,
  mediaType: attachments.mediaType,
  size: attachments.size,
  sha256: attachments.sha256,
  note: attachments.note,
  source: attachments.source,
  addedAt: attachments.addedAt,
};

export const sha256Hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export async function addAttachment(
  db: Conn,
  dossierId: number,
  input: { name: string; bytes: Buffer; note?: string; source?: 'upload' | 'import'; addedAt?: string },
): Promise<AttachmentMeta> {
  const check = checkAttachment(input.bytes);
  if (!check.ok) throw new AppError(check.code);
  const sha256 = sha256Hex(input.bytes);
  const [dup] = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.dossierId, dossierId), eq(attachments.sha256, sha256)));
  if (dup) throw new AppError('ATTACHMENT_DUPLICATE', undefined, { existingId: dup.id });
  const [row] = await db
    .insert(attachments)
    .values({
      dossierId,
      name: safeAttachmentFileName(input.name, check.kind),
      kind: check.kind,
      mediaType: check.mediaType,
      size: check.size,
      sha256,
      note: input.note ?? '',
      data: input.bytes,
      source: input.source ?? 'upload',
      addedAt: input.addedAt ?? new Date().toISOString(),
    })
    .returning(META);
  return row as AttachmentMeta;
}

/**
 * Names stored before control and format characters were removed at the door still carry them; every way out
 * (lists, saving, exchange files) cleans them, so a bidi override never reaches the screen or a file system.
 */
function cleanName<T extends { name: string }>(row: T): T {
  return { ...row, name: withoutControlCharacters(row.name) };
}

export async function listAttachments(db: Conn, dossierId: number): Promise<AttachmentMeta[]> {
  const rows = (await db
    .select(META)
    .from(attachments)
    .where(eq(attachments.dossierId, dossierId))
    .orderBy(asc(attachments.addedAt), asc(attachments.id))) as AttachmentMeta[];
  return rows.map(cleanName);
}

export async function getAttachment(db: Conn, id: number): Promise<AttachmentMeta & { data: Buffer }> {
  const [row] = await db
    .select({ ...META, data: attachments.data })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return cleanName({ ...(row as AttachmentMeta), data: Buffer.from(row.data) });
}

export async function removeAttachment(db: Conn, id: number): Promise<number> {
  const [row] = await db.delete(attachments).where(eq(attachments.id, id)).returning({ dossierId: attachments.dossierId });
  if (!row) throw new AppError('NOT_FOUND');
  return row.dossierId;
}

/** With their bytes, for an exchange file. */
export async function attachmentsOfDossiers(db: Conn, dossierIds: number[]) {
  if (dossierIds.length === 0) return [];
  const rows = await db
    .select({ ...META, data: attachments.data })
    .from(attachments)
    .where(inArray(attachments.dossierId, dossierIds))
    .orderBy(asc(attachments.id));
  return rows.map((r) => cleanName({ ...(r as AttachmentMeta), data: Buffer.from(r.data) }));
}

export async function attachmentHashes(db: Conn, dossierId: number): Promise<Set<string>> {
  const rows = await db.select({ sha256: attachments.sha256 }).from(attachments).where(eq(attachments.dossierId, dossierId));
  return new Set(rows.map((r) => r.sha256));
}
