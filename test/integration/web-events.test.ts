import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type IncomingMessage } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_PATH } from '../../common/api/events.js';
import { SECRET_HEADER, START_PATH } from '../../common/api/web-session.js';
import { startWebMode } from '../../electron/cli/web.js';
import type { Core } from '../../electron/main/core.js';
import type { RunningWebServer } from '../../electron/main/web-server.js';
import { tempDir } from '../helpers/tmp.js';

/** Web mode's event stream: the same checks as an API call, then the vault's state, first as it is, then each change. */
describe('web mode vault-state events', () => {
  const tmp = tempDir();
  let server: RunningWebServer;
  let core: Core;
  let ours: Record<string, string>;
  const host = () => `127.0.0.1:${server.port}`;

  function open(headers: Record<string, string>): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method: 'GET', path: EVENTS_PATH, headers, setHost: false }, resolve);
      req.on('error', reject);
      req.end();
    });
  }
  const body = (res: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(text));
    });

  beforeAll(async () => {
    const staticDir = join(tmp.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
    ({ server, core } = await startWebMode({ dataDir: join(tmp.dir, 'data'), staticDir }));
    const code = new URL(server.newLink()).searchParams.get('code')!;
    const started = await new Promise<IncomingMessage & { text?: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: START_PATH,
          setHost: false,
          headers: { Host: host(), Origin: `http://${host()}`, 'Content-Type': 'application/json' },
        },
        resolve,
      );
      req.on('error', reject);
      req.end(JSON.stringify({ code }));
    });
    const secret = (JSON.parse(await body(started)) as { value: { secret: string } }).value.secret;
    const cookie = String(started.headers['set-cookie']).split(';')[0]!;
    // What Chromium sends with the page's fetch of the stream: no Origin on a same-origin GET, Sec-Fetch-Site instead.
    ours = { Host: host(), Cookie: cookie, [SECRET_HEADER]: secret, 'Sec-Fetch-Site': 'same-origin' };
  });
  afterAll(async () => {
    await core.session.shutdown();
    await server.close();
    tmp.cleanup();
  });

  it('is refused without the session secret, with a foreign host, origin or site', async () => {
    const { [SECRET_HEADER]: _secret, ...noSecret } = ours;
    for (const headers of [
      noSecret,
      { ...ours, Cookie: 'nazorg_sessie_1=x' },
      { ...ours, Host: 'example.org' },
      { ...ours, Origin: 'https://example.org' },
      { ...ours, 'Sec-Fetch-Site': 'cross-site' },
      { ...ours, 'Sec-Fetch-Site': 'same-site' },
    ]) {
      const res = await open(headers);
      expect(res.statusCode).toBe(403);
      expect(await body(res)).not.toContain('vault.state');
    }
  });

  it('streams the present state, then each change the session comes to rest in', async () => {
    const res = await open(ours);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['content-security-policy']).toBeTruthy();
    const events: { type: string; status: { state: string } }[] = [];
    let text = '';
    const arrived = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => events.length >= n && resolve();
        res.on('data', check);
        check();
      });
    res.on('data', (chunk) => {
      text += chunk;
      const blocks = text.split('\n\n');
      text = blocks.pop()!;
      for (const b of blocks) events.push(JSON.parse(b.replace(/^data: /, '')));
    });
    await arrived(1);
    await core.session.beginSetup('fiets regen lantaarn koffie');
    await core.session.cancelSetup();
    await arrived(3);
    expect(events.map((e) => [e.type, e.status.state])).toEqual([
      ['vault.state', 'no-vault'],
      ['vault.state', 'setup-pending'],
      ['vault.state', 'no-vault'],
    ]);
    res.destroy();
  });
});
