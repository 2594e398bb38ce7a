import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ERROR_MESSAGES } from '../../common/errors.js';
import type { Dispatch } from './dispatch.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

/**
 * Web mode: the same API as the Electron shell, over HTTP on 127.0.0.1 only.
 * A random token (in the URL once, then an HttpOnly cookie) proves the browser was sent by us;
 * requests naming a foreign Host or Origin are refused, which stops DNS rebinding and other sites.
 */
export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  /** Maximum request body: attachments are sent inline, so this is generous but bounded. */
  maxBodyBytes?: number;
}

export interface RunningWebServer {
  port: number;
  token: string;
  /** The URL to open once: it carries the token and turns it into a cookie. */
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'nazorg_sessie';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function forbidden(res: ServerResponse, why: string): void {
  sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: `${ERROR_MESSAGES.FORBIDDEN} ${why}` } });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startWebServer(opts: WebServerOptions): Promise<RunningWebServer> {
  const token = randomBytes(32).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? 40 * 1024 * 1024;
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return forbidden(res, 'Onbekende host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return forbidden(res, 'Onbekende herkomst.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // The entry link: trade the one-time URL token for a cookie, then drop it from the address bar.
    const urlToken = url.searchParams.get('token');
    if (req.method === 'GET' && urlToken !== null) {
      if (!safeEqual(urlToken, token)) return forbidden(res, 'Ongeldige sleutel in de link.');
      return send(res, 302, '', 'text/plain', {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }

    const authed = (() => {
      const c = cookieToken(req);
      if (c && safeEqual(c, token)) return true;
      const auth = req.headers.authorization;
      return !!auth && auth.startsWith('Bearer ') && safeEqual(auth.slice(7), token);
    })();

    if (url.pathname.startsWith('/api/')) {
      if (!authed) return forbidden(res, 'Geen geldige sessie.');
      if (req.method !== 'POST') return send(res, 405, 'Method Not Allowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Unsupported Media Type');
      const body = await readBody(req, maxBody);
      if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'Het verzoek is te groot.' } });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Het verzoek is geen geldige JSON.' } });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(res, 200, await opts.dispatch(method, input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
    if (!authed) {
      return send(
        res,
        403,
        '<!doctype html><meta charset="utf-8"><title>Nazorgdossier</title><p>Open Nazorgdossier via de link die het programma bij het starten toont.</p>',
        'text/html; charset=utf-8',
      );
    }
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const root = normalize(opts.staticDir + sep);
    let file = join(root, rel);
    if (!file.startsWith(root)) return send(res, 404, 'Niet gevonden');
    const st = await stat(file).catch(() => null);
    // Client-side routes fall back to the app shell.
    if (!st || st.isDirectory()) file = join(root, 'index.html');
    const data = await readFile(file).catch(() => null);
    if (!data) return send(res, 404, 'Niet gevonden. Is de gebruikersinterface gebouwd (npm run build)?');
    send(res, 200, data, MIME[extname(file)] ?? 'application/octet-stream');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
