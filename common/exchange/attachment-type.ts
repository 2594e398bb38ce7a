import { withoutControlCharacters } from '../safe-text.js';
import { ATTACHMENT_LIMITS } from './limits.js';

/**
 * Attachment types are recognised by their first bytes (magic numbers), never by the file name alone:
 * a renamed program or script is not stored. DOCX and ODT are zip archives, told apart by their entries.
 */
export const ATTACHMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' },
  png: { mediaType: 'image/png', extension: 'png', label: 'PNG-afbeelding' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG-foto' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word-document' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: 'OpenDocument-tekst' },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_KINDS = Object.keys(ATTACHMENT_TYPES) as AttachmentKind[];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));

/** Entry names from a zip's central directory, or null when it is not a well-formed zip. */
export function zipEntryNames(b: Uint8Array, maxEntries = 10_000): string[] | null {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let eocd = b.length - 22; eocd >= stop; eocd--) {
    if (u32(b, eocd) !== 0x06054b50) continue;
    const entries = u16(b, eocd + 10);
    const cdOffset = u32(b, eocd + 16);
    if (entries > maxEntries || cdOffset >= b.length) return null;
    const names: string[] = [];
    let p = cdOffset;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      if (p + 46 + nameLen > b.length) return null;
      names.push(ascii(b, p + 46, nameLen));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  }
  return null;
}

export function sniffAttachmentKind(b: Uint8Array): AttachmentKind | null {
  if (startsWith(b, PDF)) return 'pdf';
  if (startsWith(b, PNG)) return 'png';
  if (startsWith(b, JPEG)) return 'jpeg';
  if (!startsWith(b, ZIP_LOCAL)) return null;
  // ODF requires an uncompressed first entry "mimetype" holding the media type, right after its 30-byte header.
  if (u16(b, 26) === 8 && ascii(b, 30, 8) === 'mimetype' && ascii(b, 30 + 8 + u16(b, 28), ODT_MIMETYPE.length) === ODT_MIMETYPE) {
    return zipEntryNames(b) ? 'odt' : null;
  }
  const names = zipEntryNames(b);
  if (names?.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
  return null;
}

export type AttachmentCheck =
  { ok: true; kind: AttachmentKind; mediaType: string; size: number } | { ok: false; code: 'ATTACHMENT_EMPTY' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_TYPE' };

/** The one rule for what may be stored as an attachment: non-empty, at most 25 MB, a known type by content. */
export function checkAttachment(b: Uint8Array): AttachmentCheck {
  if (b.length === 0) return { ok: false, code: 'ATTACHMENT_EMPTY' };
  if (b.length > ATTACHMENT_LIMITS.maxBytes) return { ok: false, code: 'ATTACHMENT_TOO_LARGE' };
  const kind = sniffAttachmentKind(b);
  if (!kind) return { ok: false, code: 'ATTACHMENT_TYPE' };
  return { ok: true, kind, mediaType: ATTACHMENT_TYPES[kind].mediaType, size: b.length };
}

/**
 * A file name safe to offer in a save dialog and to show in a list: no folders, no control or format
 * characters (a bidi override would make it read backwards), the extension of its real type.
 */
export function safeAttachmentFileName(name: string, kind: AttachmentKind): string {
  const ext = ATTACHMENT_TYPES[kind].extension;
  const base = withoutControlCharacters(name.normalize('NFC'))
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_')
    .trim()
    .slice(0, ATTACHMENT_LIMITS.maxNameChars - ext.length - 1);
  return `${base || 'bijlage'}.${ext}`;
}
