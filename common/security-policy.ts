/**
 * The Content-Security-Policy of the UI, one source for all three places it is enforced: the HTTP header in web mode,
 * the header the Electron window adds, and the <meta> tag the UI build writes into index.html. A browser applies every
 * policy it is given, so a directive missing from one of them (the print frame's `frame-src` was once missing from the
 * meta tag) blocks the feature even when the header allows it.
 * MUI (emotion) injects <style> elements at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // Printing a document loads the PDF the main side made (a blob of our own) into a hidden frame.
  ['frame-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Browsers ignore (and warn about) these in a <meta> policy; they only work as a header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as sent in a Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** The same policy for the `<meta http-equiv="Content-Security-Policy">` tag of index.html. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k))
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** The placeholder in renderer/index.html that the build replaces with CONTENT_SECURITY_POLICY_META. */
export const CSP_PLACEHOLDER = '%NAZORG_CSP%';
