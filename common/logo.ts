import { msg } from './messages';
/**
 * The municipal logo is kept in settings as a data URL and handed to pdfmake only as such, so a logo
 * setting can never point pdfmake at a file or a web address. PNG and JPEG only, recognised by their
 * first bytes (a renamed file of another kind is refused), and at most LOGO_MAX_BYTES.
 */
export const LOGO_MAX_BYTES = 1024 * 1024;

const DATA_URL = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

function headBytes(base64: string, n: number): number[] {
  const chunk = base64.slice(0, Math.ceil(n / 3) * 4);
  const bin = atob(chunk);
  return Array.from(bin.slice(0, n), (c) => c.charCodeAt(0));
}

function decodedLength(base64: string): number {
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - pad;
}

export function sniffImageType(bytes: readonly number[]): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** A Dutch message when the value is not an acceptable logo, null when it is (or when it is empty: no logo). */
export function logoProblem(dataUrl: string): string | null {
  if (dataUrl === '') return null;
  const m = DATA_URL.exec(dataUrl);
  if (!m || m[2]!.length % 4 !== 0) return msg('logoMustPngJpegImage');
  if (decodedLength(m[2]!) > LOGO_MAX_BYTES) return msg('logoLargerThan1Mb');
  const sniffed = sniffImageType(headBytes(m[2]!, 8));
  if (sniffed === null) return msg('fileNotPngJpegImage');
  if (sniffed !== m[1]) return msg('logoTypeMismatch', { actual: sniffed === 'image/png' ? 'PNG' : 'JPEG', claimed: m[1] === 'image/png' ? 'PNG' : 'JPEG' });
  return null;
}
