/**
 * CSV injection: a spreadsheet runs a cell that starts with = + - or @ as a formula (and a leading tab or
 * carriage return can hide one). Excel and LibreOffice also fold look-alikes of those signs (full-width ＝,
 * small ﹢, superscript ⁻, the minus sign −, dashes) into the ASCII ones on some locales and input paths, so
 * those count too. Invisible characters and spaces in front do not hide the sign.
 * A leading apostrophe makes the cell plain text. Every CSV (and spreadsheet) writer goes through this.
 */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@']);
/** Signs that NFKC does not fold to ASCII but that read (and are sometimes taken) as a minus, plus or equals. */
const LOOK_ALIKES = /^[\p{Pd}\u2212\u2795\u2796\u2797\uFB29\uA78A\u2A72\u229C]/u;
/** Characters that show nothing: format characters (zero-width, bidi), separators and white space. */
const INVISIBLE_PREFIX = /^[\p{Cf}\p{Z}\s]+/u;

export function neutraliseCsvFormula(value: string): string {
  if (value === '') return value;
  if (/^[\t\r\n]/.test(value)) return `'${value}`;
  const visible = value.replace(INVISIBLE_PREFIX, '');
  if (visible === '') return value;
  const first = String.fromCodePoint(visible.codePointAt(0)!).normalize('NFKC');
  if (FORMULA_SIGNS.has(first[0]!) || LOOK_ALIKES.test(first)) return `'${value}`;
  return value;
}
