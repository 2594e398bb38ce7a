import pdfmake from 'pdfmake';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { DocDefinition } from '../../../common/documents/pdf-types.js';
import { logoProblem } from '../../../common/logo.js';
import { assetsDir } from '../paths.js';

/**
 * Renders a pure document definition (common/documents/) to PDF bytes with the app's own Roboto fonts.
 * pdfmake can fetch URLs and read local files for images and fonts; we deny every URL and allow local
 * reads only inside the app's assets folder, and accept images only as checked PNG/JPEG data URLs, so
 * nothing typed into a template or a setting can make a document reach outside the app.
 */
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

let configured = false;

export function isInsideAssets(path: string): boolean {
  const root = resolve(assetsDir()) + sep;
  return resolve(path).startsWith(root);
}

function configure(): void {
  if (configured) return;
  const fonts = join(assetsDir(), 'fonts');
  const descriptor = Object.fromEntries(Object.entries(FONT_FILES).map(([style, file]) => [style, join(fonts, file)])) as Record<
    keyof typeof FONT_FILES,
    string
  >;
  pdfmake.setFonts({ Roboto: descriptor });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInsideAssets(path));
  // Read once; pdfmake then serves the fonts from memory (its virtual file system) on every render.
  for (const file of Object.values(descriptor)) pdfmake.virtualfs.writeFileSync(file, readFileSync(file));
  configured = true;
}

export class UnsafeDocumentError extends Error {}

/** Images may only be data URLs of checked PNG/JPEG: no paths, no URLs, nothing else. */
function assertSafeImages(def: DocDefinition): void {
  for (const [key, value] of Object.entries(def.images ?? {})) {
    if (typeof value !== 'string' || !value.startsWith('data:') || logoProblem(value) !== null) {
      throw new UnsafeDocumentError(`Afbeelding "${key}" is geen toegestane PNG- of JPEG-afbeelding.`);
    }
  }
}

export async function renderPdf(def: DocDefinition): Promise<Buffer> {
  configure();
  assertSafeImages(def);
  return pdfmake.createPdf(def).getBuffer();
}
