import { describe, expect, it } from 'vitest';
import { checkRequestSize, MAX_REQUEST_BYTES, REQUEST_TOO_LARGE, REQUEST_TOO_LARGE_MESSAGE } from '../../common/api/request-limit.js';

/** The Electron IPC path's size check: the same limit and message as web mode's HTTP body (see web-server.test.ts). */
describe('request size limit for the IPC path', () => {
  it('is 40 MiB, measured as the JSON body web mode would receive', () => {
    expect(MAX_REQUEST_BYTES).toBe(40 * 1024 * 1024);
    const overhead = JSON.stringify({ data: '' }).length;
    expect(checkRequestSize({ data: 'a'.repeat(MAX_REQUEST_BYTES - overhead) })).toBeNull();
    expect(checkRequestSize({ data: 'a'.repeat(MAX_REQUEST_BYTES - overhead + 1) })).toEqual(REQUEST_TOO_LARGE);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const overhead = JSON.stringify({ data: '' }).length;
    // 'é' is two bytes in UTF-8, '😀' four: a string under the limit in characters can be over it in bytes.
    const fits = Math.floor((MAX_REQUEST_BYTES - overhead) / 2);
    expect(checkRequestSize({ data: 'é'.repeat(fits) })).toBeNull();
    expect(checkRequestSize({ data: 'é'.repeat(fits + 1) })).toEqual(REQUEST_TOO_LARGE);
    expect(checkRequestSize({ data: '😀'.repeat(Math.floor((MAX_REQUEST_BYTES - overhead) / 4) + 1) })).toEqual(REQUEST_TOO_LARGE);
  });

  it('lets ordinary calls through, also without input', () => {
    expect(checkRequestSize(undefined)).toBeNull();
    expect(checkRequestSize({ id: 12, q: 'Jansen' })).toBeNull();
    expect(checkRequestSize({ x: 'a'.repeat(20) }, 10)).toEqual(REQUEST_TOO_LARGE);
  });

  it('refuses input with no JSON form, which our screens never send', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(checkRequestSize(cyclic)).toEqual(REQUEST_TOO_LARGE);
    expect(checkRequestSize({ n: 1n })).toEqual(REQUEST_TOO_LARGE);
  });

  it('answers with the one Dutch message both transports use', () => {
    expect(REQUEST_TOO_LARGE).toEqual({ code: 'VALIDATION', message: REQUEST_TOO_LARGE_MESSAGE, text: { code: 'requestTooLargeThan40' } });
    expect(REQUEST_TOO_LARGE_MESSAGE).toMatch(/^Het verzoek is te groot/);
  });
});
