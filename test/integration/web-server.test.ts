import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/main/core.js';
import { startWebServer, type RunningWebServer } from '../../electron/main/web-server.js';
import { tempDir } from '../helpers/tmp.js';

/** Raw HTTP so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS name would. */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
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

describe('web mode transport', () => {
  const tmp = tempDir();
  let server: RunningWebServer;
  const staticDir = join(tmp.dir, 'static');
  beforeAll(async () => {
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
    const core = createCore({ dataDir: join(tmp.dir, 'data'), shell: 'web' });
    server = await startWebServer({ dispatch: core.dispatch, staticDir });
  });
  afterAll(async () => {
    await server.close();
    tmp.cleanup();
  });
  const host = () => `127.0.0.1:${server.port}`;
  const api = (headers: Record<string, string>, method = 'vault.status', body = '{}') =>
    raw(server.port, { method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('refuses an API call without the token', async () => {
    const r = await api({ Host: host() });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong token', async () => {
    const r = await api({ Host: host(), Cookie: 'nazorg_sessie=verkeerd' });
    expect(r.status).toBe(403);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const r = await api({ Host: host(), Cookie: `nazorg_sessie=${server.token}`, Origin: 'http://kwaadaardig.example' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/herkomst/);
  });

  it('refuses a foreign Host (DNS rebinding) even with the right token', async () => {
    const r = await api({ Host: `rebind.example:${server.port}`, Cookie: `nazorg_sessie=${server.token}` });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/host/);
  });

  it('trades the URL token for an HttpOnly cookie and then answers', async () => {
    const entry = await raw(server.port, { path: `/?token=${server.token}`, headers: { Host: host() } });
    expect(entry.status).toBe(302);
    const cookie = String(entry.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const r = await api({ Host: host(), Cookie: cookie.split(';')[0]!, Origin: `http://${host()}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { state: 'no-vault', shell: 'web' } });
  });

  it('serves the UI only with a session, with a strict CSP', async () => {
    expect((await raw(server.port, { path: '/', headers: { Host: host() } })).status).toBe(403);
    const r = await raw(server.port, { path: '/', headers: { Host: host(), Cookie: `nazorg_sessie=${server.token}` } });
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    const traversal = await raw(server.port, { path: '/../../../../etc/passwd', headers: { Host: host(), Cookie: `nazorg_sessie=${server.token}` } });
    expect(traversal.body).not.toMatch(/root:/);
  });

  it('validates input with Dutch field messages and refuses unknown methods', async () => {
    const auth = { Host: host(), Cookie: `nazorg_sessie=${server.token}` };
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
