import { z } from 'zod';
import { method, prefixed } from './define.js';
import type { FileDownload } from '../exchange/files.js';
import type { AttachmentKind } from '../exchange/attachment-type.js';
import { ATTACHMENT_LIMITS } from '../exchange/limits.js';
import { msg } from '../messages/index.js';

const id = z.number().int().positive();

export interface AttachmentInfo {
  id: number;
  dossierId: number;
  name: string;
  kind: AttachmentKind;
  mediaType: string;
  size: number;
  note: string;
  source: 'upload' | 'import';
  addedAt: string;
}

/** Base64 grows 4/3; the exact byte limit is checked after decoding (ATTACHMENT_TOO_LARGE). */
const MAX_BASE64 = Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 8;

export const attachmentsArea = {
  list: method<AttachmentInfo[]>()(z.object({ dossierId: id })),
  add: method<AttachmentInfo>()(
    z.object({
      dossierId: id,
      name: z.string().trim().min(1).max(ATTACHMENT_LIMITS.maxNameChars),
      note: z.string().max(2000).optional().default(''),
      data: z.string().max(MAX_BASE64, msg('attachmentLargerThan25Mb')),
    }),
  ),
  /** The bytes, for saving (or showing an image); recorded in the audit log, not written to disk by the app. */
  get: method<FileDownload>()(z.object({ id })),
  remove: method<{ ok: true }>()(z.object({ id })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const attachmentMethods = { ...prefixed('attachments', attachmentsArea) };
