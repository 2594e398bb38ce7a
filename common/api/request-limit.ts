import { errorPayload, type ApiErrorPayload } from '../errors';
import { msg } from '../messages';

/**
 * One size limit for a request to the main side, the same for both transports (web mode's HTTP body and the
 * Electron window's IPC call). Attachments and exchange files travel inline as base64, so it is generous but bounded.
 */
export const MAX_REQUEST_BYTES = 40 * 1024 * 1024;

export const REQUEST_TOO_LARGE: ApiErrorPayload = errorPayload('VALIDATION', msg('requestTooLargeThan40'));
/** Its Dutch text. */
export const REQUEST_TOO_LARGE_MESSAGE = REQUEST_TOO_LARGE.message;

/** UTF-8 length of a string without copying it: what the same input weighs as an HTTP body. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The IPC path's check: the input measured as the JSON body web mode would receive for it, refused with the same
 * message as an HTTP body over the limit. Input that has no JSON form (a cycle, a BigInt) is refused as too large
 * too: the renderer never sends such a thing, so it did not come from our screens.
 */
export function checkRequestSize(input: unknown, limit = MAX_REQUEST_BYTES): ApiErrorPayload | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(input ?? {});
  } catch {
    return REQUEST_TOO_LARGE;
  }
  // A string of N UTF-16 units weighs at least N bytes: the cheap test first, the exact count only near the limit.
  if (json === undefined || json.length <= limit / 3) return null;
  return json.length > limit || utf8Length(json) > limit ? REQUEST_TOO_LARGE : null;
}
