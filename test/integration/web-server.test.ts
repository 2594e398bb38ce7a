import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_REQUEST_BYTES, REQUEST_TOO_LARGE_MESSAGE } from '../../common/api/request-limit.js';
import { LINK_TTL_MS, LINK_USED_MESSAGE, NO_SESSION_MESSAGE, SECRET_HEADER, START_PATH } from '../../common/api/web-session.js';
import { startWebMode } from '../../electron/cli/web.js';
import { startWebServer, type RunningWebServer } from '../../electron/main/web-server.js';
import { tempDir } from '../helpers/tmp.js';
import { errorPayload } from '../../common/errors.js';
import { messageText } from '../../common/messages/index.js';

type RawResponse = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/** Raw HTTP so the test controls Host, Origin and Cookie exactly as an attacker's program or a rebinding name would. */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const codeOf = (link: string) => new URL(link).searchParams.get('code')!;

describe('web mode transport', () => {
  const tmp = tempDir();
  let server: RunningWebServer;
  let clock = 1_000_000;
  const staticDir = join(tmp.dir, 'static');
  beforeAll(async () => {
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
    // Started as `npm start -- --web` starts it, with a clock the test moves instead of waiting.
    ({ server } = await startWebMode({ dataDir: join(tmp.dir, 'data'), staticDir, now: () => clock }));
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });
  const host = () => `127.0.0.1:${server.port}`;
  const origin = () => `http://${host()}`;
  const json = { 'Content-Type': 'application/json' };
  const api = (headers: Record<string, string>, method = 'vault.status', body = '{}') =>
    raw(server.port, { method: 'POST', path: `/api/${method}`, headers: { ...json, ...headers }, body });
  const startSession = (code: string, headers: Record<string, string> = {}) =>
    raw(server.port, { method: 'POST', path: START_PATH, headers: { ...json, Host: host(), Origin: origin(), ...headers }, body: JSON.stringify({ code }) });

  /** What our page does with a fresh link: trade its code for a cookie and a secret. */
  async function session(): Promise<{ cookie: string; secret: string; headers: Record<string, string> }> {
    const r = await startSession(codeOf(server.newLink()));
    expect(r.status).toBe(200);
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    const secret = JSON.parse(r.body).value.secret as string;
    return { cookie, secret, headers: { Host: host(), Origin: origin(), Cookie: cookie, [SECRET_HEADER]: secret } };
  }

  it('listens on 127.0.0.1 only', () => {
    expect(server.newLink().startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('answers our page: cookie, secret, Host and Origin together', async () => {
    const s = await session();
    const r = await api(s.headers);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { state: 'no-vault', shell: 'web' } });
  });

  it('gives an HttpOnly, SameSite=Strict cookie named after the port', async () => {
    const r = await startSession(codeOf(server.newLink()));
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^nazorg_sessie_${server.port}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('refuses a replayed cookie without the page secret, with the Dutch message', async () => {
    const s = await session();
    // A program on another port got the cookie from the browser; it can fake Host and Origin, but not the secret.
    for (const headers of <Record<string, string>[]>[
      { Host: host(), Origin: origin(), Cookie: s.cookie },
      { Host: host(), Cookie: s.cookie },
      { Host: host(), Origin: origin(), Cookie: s.cookie, [SECRET_HEADER]: 'geraden' },
      { Host: host(), Origin: origin(), Cookie: s.cookie, Authorization: `Bearer ${s.cookie.split('=')[1]}` },
    ]) {
      const r = await api(headers);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body).error).toEqual(errorPayload('FORBIDDEN', NO_SESSION_MESSAGE));
    }
  });

  it('refuses the secret without its own cookie, or without an Origin', async () => {
    const a = await session();
    const b = await session();
    expect((await api({ ...a.headers, Cookie: '' })).status).toBe(403);
    // Two sessions from two links in two browsers: a secret only works with the cookie it was handed out with.
    expect((await api({ ...a.headers, Cookie: b.cookie })).status).toBe(403);
    const { Origin: _o, ...noOrigin } = a.headers;
    expect((await api(noOrigin)).status).toBe(403);
  });

  it('lets a second link in the same browser share its cookie, so the first tab keeps working', async () => {
    const a = await session();
    const r = await startSession(codeOf(server.newLink()), { Cookie: a.cookie });
    expect(String(r.headers['set-cookie']).split(';')[0]).toBe(a.cookie);
    expect((await api(a.headers)).status).toBe(200);
    expect((await api({ ...a.headers, [SECRET_HEADER]: JSON.parse(r.body).value.secret })).status).toBe(200);
  });

  it('refuses a foreign Origin even with the right cookie and secret', async () => {
    const s = await session();
    const r = await api({ ...s.headers, Origin: 'http://kwaadaardig.example' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/herkomst/);
    const otherPort = await api({ ...s.headers, Origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) even with the right cookie and secret', async () => {
    const s = await session();
    const r = await api({ ...s.headers, Host: `rebind.example:${server.port}` });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/host/);
  });

  it('lets a link work once', async () => {
    const code = codeOf(server.newLink());
    expect((await startSession(code)).status).toBe(200);
    const again = await startSession(code);
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body).error).toEqual(errorPayload('FORBIDDEN', LINK_USED_MESSAGE));
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('lets an unused link expire after two minutes', async () => {
    const fresh = codeOf(server.newLink());
    const stale = codeOf(server.newLink());
    clock += LINK_TTL_MS - 1;
    expect((await startSession(fresh)).status).toBe(200);
    clock += 1;
    const r = await startSession(stale);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toBe(messageText(LINK_USED_MESSAGE));
  });

  it('does not trade a code without our Origin, nor on a plain visit of the link', async () => {
    const link = server.newLink();
    // Opening the link only loads the page; the code is still unused until the page posts it.
    const visit = await raw(server.port, { path: new URL(link).pathname + new URL(link).search, headers: { Host: host() } });
    expect(visit.status).toBe(200);
    expect(visit.headers['set-cookie']).toBeUndefined();
    const noOrigin = await raw(server.port, {
      method: 'POST',
      path: START_PATH,
      headers: { ...json, Host: host() },
      body: JSON.stringify({ code: codeOf(link) }),
    });
    expect(noOrigin.status).toBe(403);
    const foreign = await startSession(codeOf(link), { Origin: 'http://127.0.0.1:1' });
    expect(foreign.status).toBe(403);
  });

  it('serves the UI (no data in it) with a strict CSP, and no path outside it', async () => {
    const r = await raw(server.port, { path: '/', headers: { Host: host() } });
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    expect(String(r.headers['content-security-policy'])).toMatch(/frame-src 'self' blob:/);
    const traversal = await raw(server.port, { path: '/../../../../etc/passwd', headers: { Host: host() } });
    expect(traversal.body).not.toMatch(/root:/);
  });

  it('marks every kind of response Cache-Control: no-store', async () => {
    const s = await session();
    const responses = [
      await raw(server.port, { path: '/', headers: { Host: host() } }),
      await raw(server.port, { path: '/bestaat-niet.js', headers: { Host: host() } }),
      await api(s.headers),
      await api({ Host: host() }),
      await api({ Host: 'rebind.example' }),
      await startSession('onbekend'),
      await raw(server.port, { method: 'PUT', path: '/', headers: { Host: host() } }),
    ];
    for (const r of responses) expect(r.headers['cache-control']).toBe('no-store');
  });

  it('validates input with Dutch field messages and refuses unknown methods', async () => {
    const auth = (await session()).headers;
    const bad = JSON.parse((await api(auth, 'vault.beginSetup', JSON.stringify({ password: 'kort', repeat: 'anders' }))).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.details.fields.password).toMatch(/minstens 12 tekens/);
    const unknown = JSON.parse((await api(auth, 'dossiers.dropAll')).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
    const locked = JSON.parse((await api(auth, 'settings.get')).body);
    expect(locked.error.code).toBe('LOCKED');
  });
});

describe('web mode request size', () => {
  it('refuses a body over the limit with the one shared message; the limit defaults to the shared constant', async () => {
    const tmp = tempDir();
    const dispatch = async () => ({ ok: true as const, value: null });
    const small = await startWebServer({ dispatch, staticDir: tmp.dir, maxBodyBytes: 1000 });
    try {
      const host = `127.0.0.1:${small.port}`;
      const start = await raw(small.port, {
        method: 'POST',
        path: START_PATH,
        headers: { 'Content-Type': 'application/json', Host: host, Origin: `http://${host}` },
        body: JSON.stringify({ code: new URL(small.newLink()).searchParams.get('code') }),
      });
      const headers = {
        'Content-Type': 'application/json',
        Host: host,
        Origin: `http://${host}`,
        Cookie: String(start.headers['set-cookie']).split(';')[0]!,
        [SECRET_HEADER]: JSON.parse(start.body).value.secret,
      };
      const ok = await raw(small.port, { method: 'POST', path: '/api/vault.status', headers, body: JSON.stringify({ x: 'a'.repeat(900) }) });
      expect(ok.status).toBe(200);
      const big = await raw(small.port, { method: 'POST', path: '/api/vault.status', headers, body: JSON.stringify({ x: 'a'.repeat(1001) }) });
      expect(big.status).toBe(413);
      expect(JSON.parse(big.body).error).toEqual({ code: 'VALIDATION', message: REQUEST_TOO_LARGE_MESSAGE, text: { code: 'requestTooLargeThan40' } });
    } finally {
      await small.close();
      tmp.cleanup();
    }
    expect(MAX_REQUEST_BYTES).toBe(40 * 1024 * 1024);
  });
});
