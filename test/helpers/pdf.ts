import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a rendered PDF back with poppler's pdftotext/pdfinfo, as a person's PDF reader would see it. */
function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'nazorg-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer, opts: { page?: number; layout?: boolean } = {}): string {
  return withFile(pdf, (file) =>
    execFileSync(
      'pdftotext',
      [...(opts.layout === false ? [] : ['-layout']), ...(opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : []), '-enc', 'UTF-8', file, '-'],
      {
        encoding: 'utf8',
      },
    ),
  );
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export interface PdfWord {
  text: string;
  page: number;
  /** Millimetres from the left and top edge of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its position in millimetres (pdftotext -bbox), to check placement such as the envelope window. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const html = withFile(pdf, (file) => execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const words: PdfWord[] = [];
  const toMm = (pt: string) => (Number(pt) * 25.4) / 72;
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      words.push({
        page,
        xMin: toMm(m[1]!),
        yMin: toMm(m[2]!),
        xMax: toMm(m[3]!),
        yMax: toMm(m[4]!),
        text: m[5]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      });
  }
  return words;
}

/** Each page's size in points (pdfinfo), to check a paper size such as A4 (595 × 842). */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' }));
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** How many raster images the PDF holds (pdfimages -list): charts drawn as vector shapes add none. */
export function pdfImageCount(pdf: Buffer): number {
  const list = withFile(pdf, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }));
  // Two header lines (column names and a rule), then one line per image.
  return list.trim().split('\n').slice(2).length;
}
