import PostalMime from 'postal-mime';
import { extractImages, extractTextItems, getDocumentProxy } from 'unpdf';
import { ATTACHMENT_LIMITS } from '../../../common/exchange/limits.js';
import { markNoise, splitLines } from '../../../common/intake/index.js';
import { layoutText, type PlacedWord } from './layout.js';
import { ocrImage, type OcrProgress } from './ocr.js';
import { msg } from '../../../common/messages/index.js';

/**
 * Text out of a notice, on this computer only: PDFs with a text layer through unpdf (PDF.js built for runtimes
 * without a DOM or worker, so it bundles into the main process and needs no canvas), scans and photos through
 * tesseract.js (ocr.ts), e-mails (.eml) through postal-mime, and plain text.
 */
export type ExtractSource = 'text' | 'pdf-text' | 'ocr';
export type ExtractStatus = 'ok' | 'unreadable' | 'unsupported' | 'too-large';

export interface ExtractResult {
  status: ExtractStatus;
  text: string;
  source: ExtractSource;
  pages: number;
  /** Dutch, for the screen, when status is not 'ok'. */
  message?: string;
  /** Mean OCR word confidence (0..100) when OCR was used. */
  ocrConfidence?: number;
}

export interface ExtractProgress {
  phase: 'reading' | 'ocr';
  /** 1-based page being read, of `pages`. */
  page: number;
  pages: number;
  /** 0..1 for the whole file. */
  progress: number;
}

export interface ExtractOptions {
  onProgress?: (p: ExtractProgress) => void;
  signal?: AbortSignal;
}

export const INTAKE_LIMITS = {
  maxBytes: ATTACHMENT_LIMITS.maxBytes,
  /** Notices are a few pages; a scan of more pages is read up to here (about a minute of OCR per 8 pages). */
  maxOcrPages: 10,
  /** Below this many letters on a page, the page is taken for a scan. */
  minTextChars: 25,
  /** Below this mean confidence or this many words, OCR has not read the scan. */
  minOcrConfidence: 45,
  minOcrWords: 8,
} as const;

export const MESSAGES = {
  unreadable: msg('scanCannotReadDocumentKept'),
  badPdf: msg('pdfFileCannotReadDocument'),
  unsupported: msg('kindFileCannotReadChoose'),
  tooLarge: msg('fileLargerThan25Mb'),
  empty: msg('fileEmpty'),
} as const;

type Kind = 'pdf' | 'png' | 'jpeg' | 'eml' | 'text' | 'unknown';

export function detectKind(name: string, bytes: Uint8Array): Kind {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const lower = name.toLowerCase();
  if (lower.endsWith('.eml')) return 'eml';
  if (lower.endsWith('.txt') || lower.endsWith('.text') || lower === '') return 'text';
  // A pasted or unnamed file that is text anyway: no NUL bytes in the first KiB.
  if (!bytes.subarray(0, 1024).includes(0))
    return /^(received|mime-version|return-path|from|date|message-id):/im.test(Buffer.from(bytes.subarray(0, 2048)).toString('latin1')) ? 'eml' : 'text';
  return 'unknown';
}

/** UTF-8 (with or without BOM), or Windows-1252 when the bytes are not valid UTF-8 (older mail and Notepad files). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function throwIfAborted(signal?: AbortSignal) {
  if (signal?.aborted) {
    const e = new Error('Afgebroken');
    e.name = 'AbortError';
    throw e;
  }
}

export async function extractText(file: { name: string; bytes: Uint8Array }, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const { bytes } = file;
  if (bytes.byteLength > INTAKE_LIMITS.maxBytes) return { status: 'too-large', text: '', source: 'text', pages: 0, message: MESSAGES.tooLarge };
  if (bytes.byteLength === 0) return { status: 'unreadable', text: '', source: 'text', pages: 0, message: MESSAGES.empty };
  throwIfAborted(opts.signal);
  const kind = detectKind(file.name, bytes);
  switch (kind) {
    case 'text':
      return { status: 'ok', text: normaliseText(decodeText(bytes)), source: 'text', pages: 1 };
    case 'eml':
      return extractEmail(bytes, opts);
    case 'png':
    case 'jpeg':
      return ocrPages([bytes], 1, opts);
    case 'pdf':
      return extractPdf(bytes, opts);
    default:
      return { status: 'unsupported', text: '', source: 'text', pages: 0, message: MESSAGES.unsupported };
  }
}

function normaliseText(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ');
}

async function extractEmail(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractResult> {
  const mail = await PostalMime.parse(bytes);
  let body = mail.text ?? '';
  if (!body.trim() && mail.html) body = htmlToText(mail.html);
  // The earlier conversation below a reply is not this notice: drop it here already, so it is not even shown.
  const lines = markNoise(splitLines(normaliseText(body)));
  const own = lines.filter((l) => l.noise !== 'quote').map((l) => l.text);
  const head: string[] = [];
  if (mail.from && 'address' in mail.from) head.push(`Van: ${mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address}`);
  if (mail.date) {
    const d = new Date(mail.date);
    if (!Number.isNaN(d.getTime())) head.push(`Datum: ${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`);
  }
  if (mail.subject) head.push(`Onderwerp: ${mail.subject}`);
  let text = [...head, '', ...own].join('\n').trimEnd();
  let source: ExtractSource = 'text';
  let pages = 1;
  // A notice often comes as an attached PDF: its text is read too, below the message.
  for (const a of mail.attachments ?? []) {
    const content = typeof a.content === 'string' ? Buffer.from(a.content, 'base64') : new Uint8Array(a.content);
    const k = detectKind(a.filename ?? '', content);
    if (k !== 'pdf' && k !== 'png' && k !== 'jpeg' && !(k === 'text' && /\.txt$/i.test(a.filename ?? ''))) continue;
    throwIfAborted(opts.signal);
    const r = await extractText({ name: a.filename ?? '', bytes: content }, opts);
    if (r.status === 'ok' && r.text.trim()) {
      text += `\n\n${r.text}`;
      if (r.source !== 'text') source = r.source;
      pages += r.pages;
    }
  }
  return { status: 'ok', text, source, pages };
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

async function extractPdf(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractResult> {
  let pdf;
  try {
    // unpdf takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  } catch {
    return { status: 'unreadable', text: '', source: 'pdf-text', pages: 0, message: MESSAGES.badPdf };
  }
  try {
    const pages = pdf.numPages;
    const { items } = await extractTextItems(pdf);
    const texts: string[] = [];
    const scans: number[] = [];
    for (let p = 1; p <= pages; p++) {
      throwIfAborted(opts.signal);
      opts.onProgress?.({ phase: 'reading', page: p, pages, progress: (p - 1) / pages });
      const page = await pdf.getPage(p);
      const height = page.getViewport({ scale: 1 }).height;
      const words: PlacedWord[] = (items[p - 1] ?? []).map((it) => {
        const size = it.fontSize || it.height || 10;
        const y1 = height - it.y;
        return { text: it.str, x0: it.x, x1: it.x + it.width, y0: y1 - size, y1 };
      });
      const text = layoutText(words);
      if (text.replace(/[^\p{L}]/gu, '').length < INTAKE_LIMITS.minTextChars) scans.push(p);
      texts.push(text);
    }
    if (scans.length === 0) return { status: 'ok', text: texts.join('\n\n'), source: 'pdf-text', pages };
    // Scanned pages: the page is one large image; OCR reads the largest image on each.
    const images: Uint8Array[] = [];
    for (const p of scans.slice(0, INTAKE_LIMITS.maxOcrPages)) {
      throwIfAborted(opts.signal);
      const imgs = await extractImages(pdf, p).catch(() => []);
      const big = imgs.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (big && big.width >= 300 && big.height >= 300) images.push(toPnm(big.data, big.width, big.height, big.channels));
    }
    if (images.length === 0) {
      const partial = texts.join('\n\n').trim();
      return partial.replace(/[^\p{L}]/gu, '').length >= INTAKE_LIMITS.minTextChars
        ? { status: 'ok', text: partial, source: 'pdf-text', pages }
        : { status: 'unreadable', text: partial, source: 'ocr', pages, message: MESSAGES.unreadable };
    }
    const ocr = await ocrPages(images, pages, opts);
    // Pages that had text keep it; scanned ones get their OCR text after them.
    const withText = texts.filter((_, i) => !scans.includes(i + 1)).join('\n\n');
    return { ...ocr, text: [withText, ocr.text].filter((t) => t.trim()).join('\n\n'), pages };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** Raw pixels (grey, RGB or RGBA) as a binary PGM, which tesseract's image reader (Leptonica) takes as is. */
export function toPnm(data: Uint8ClampedArray | Uint8Array, width: number, height: number, channels: 1 | 3 | 4): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = Buffer.alloc(header.length + width * height);
  header.copy(out);
  let o = header.length;
  for (let i = 0; i < width * height; i++) {
    const k = i * channels;
    out[o++] = channels === 1 ? data[k]! : Math.round(0.299 * data[k]! + 0.587 * data[k + 1]! + 0.114 * data[k + 2]!);
  }
  return out;
}

async function ocrPages(images: Uint8Array[], pages: number, opts: ExtractOptions): Promise<ExtractResult> {
  const texts: string[] = [];
  let conf = 0;
  let words = 0;
  for (let i = 0; i < images.length; i++) {
    throwIfAborted(opts.signal);
    const report = (p: OcrProgress) => {
      if (p.status === 'recognizing text') opts.onProgress?.({ phase: 'ocr', page: i + 1, pages: images.length, progress: (i + p.progress) / images.length });
    };
    let r;
    try {
      r = await ocrImage(images[i]!, { onProgress: report, ...(opts.signal ? { signal: opts.signal } : {}) });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      // An image tesseract cannot decode is an unreadable scan, not a crash.
      continue;
    }
    texts.push(r.text);
    conf += r.confidence * r.words;
    words += r.words;
  }
  const mean = words ? conf / words : 0;
  const text = texts.join('\n\n');
  opts.onProgress?.({ phase: 'ocr', page: images.length, pages: images.length, progress: 1 });
  if (words < INTAKE_LIMITS.minOcrWords || mean < INTAKE_LIMITS.minOcrConfidence)
    return { status: 'unreadable', text, source: 'ocr', pages, message: MESSAGES.unreadable, ocrConfidence: Math.round(mean) };
  return { status: 'ok', text, source: 'ocr', pages, ocrConfidence: Math.round(mean) };
}
