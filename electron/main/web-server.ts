import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { EVENTS_PATH, type VaultStateEvent } from '../../common/api/events.js';
import { MAX_REQUEST_BYTES, REQUEST_TOO_LARGE } from '../../common/api/request-limit.js';
import { LINK_CODE_PARAM, LINK_TTL_MS, LINK_USED_MESSAGE, NO_SESSION_MESSAGE, SECRET_HEADER, START_PATH } from '../../common/api/web-session.js';
import { errorPayload } from '../../common/errors.js';
import { CONTENT_SECURITY_POLICY } from '../../common/security-policy.js';
import type { Dispatch } from './dispatch.js';
import { msg } from '../../common/messages/index.js';

/**
 * Web mode: the same API as the Electron shell, over HTTP on 127.0.0.1 only.
 *
 * Cookies ignore ports, so any program listening on another port of 127.0.0.1 that the browser is lured to receives
 * our cookie. A cookie alone therefore opens nothing here. An API call needs all of:
 * - Host and Origin naming this server (stops DNS rebinding and other sites);
 * - the session cookie (HttpOnly, SameSite=Strict, named after the port so two running copies do not clobber it);
 * - the session secret in the X-Nazorg-Sessie header, bound to that cookie. Only our page holds the secret: it got
 *   it once, by trading the one-time code from the link, and a browser never lets another origin set that header.
 * A link code works once and expires unused after LINK_TTL_MS, so a link in history, a terminal or a file is useless
 * afterwards. The UI's static files hold no data and are served without a session; the page then shows how to get one.
 *
 * GET EVENTS_PATH streams the vault's state changes (server-sent events) to the page, so it need not poll. It passes
 * the same Host, Origin, cookie and secret checks as an API call. A browser's EventSource cannot send the secret
 * header, so the page reads the stream with fetch, which can; a header of its own on a request to another origin
 * makes the browser ask first (a CORS preflight), which this server never grants. The one check an API call has
 * beyond that, an Origin header, browsers leave off a same-origin GET; Sec-Fetch-Site, which a page cannot forge,
 * takes its place. The stream only tells the vault's state, never data.
 */
export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  maxBodyBytes?: number;
  /** The clock for link expiry; tests inject one instead of waiting. */
  now?: () => number;
  /** The vault's state changes for GET EVENTS_PATH: the present one first, then each change. */
  events?: { current(): VaultStateEvent; subscribe(listener: (e: VaultStateEvent) => void): () => void };
}

export interface RunningWebServer {
  port: number;
  /** Makes a fresh one-time link (`/?code=…`): it works once, within LINK_TTL_MS. */
  newLink(): string;
  close(): Promise<void>;
}

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

function cookieValue(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/** Secrets are kept and looked up by their hash, so a lookup's timing says nothing about a near-miss. */
function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const newSecret = () => randomBytes(32).toString('base64url');

function headers(type: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  };
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, headers(type, extra));
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function forbidden(res: ServerResponse, message: string): void {
  sendJson(res, 403, { ok: false, error: errorPayload('FORBIDDEN', message) });
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
  const maxBody = opts.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const now = opts.now ?? Date.now;
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const cookieName = () => `nazorg_sessie_${port}`;
  /** digest(link code) -> when it was made. */
  const codes = new Map<string, number>();
  /** digest(session secret) -> the cookie value it is bound to. */
  const sessions = new Map<string, string>();
  /** digest(cookie value): cookies this server handed out, so a second tab in the same browser can share one. */
  const cookies = new Set<string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: errorPayload('INTERNAL') });
      else res.end();
    });
  });

  function dropExpiredCodes(): void {
    for (const [key, madeAt] of codes) if (now() - madeAt >= LINK_TTL_MS) codes.delete(key);
  }

  /** The session secret from the header, if it belongs to a live session whose cookie this request also carries. */
  function hasSession(req: IncomingMessage): boolean {
    const secret = req.headers[SECRET_HEADER.toLowerCase()];
    const cookie = cookieValue(req, cookieName());
    if (typeof secret !== 'string' || !cookie) return false;
    const bound = sessions.get(digest(secret));
    return bound !== undefined && safeEqual(bound, cookie);
  }

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 415, 'Unsupported Media Type');
      return null;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      sendJson(res, 413, { ok: false, error: REQUEST_TOO_LARGE });
      return null;
    }
    try {
      return { value: body.length ? JSON.parse(body.toString('utf8')) : {} };
    } catch {
      sendJson(res, 400, { ok: false, error: errorPayload('VALIDATION', msg('requestNotValidJson')) });
      return null;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return forbidden(res, msg('forbiddenUnknownHost'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return forbidden(res, msg('forbiddenUnknownOrigin'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const fromOurPage = origin !== undefined; // browsers send Origin with every POST; only ours passes the check above

    if (url.pathname === START_PATH) {
      if (req.method !== 'POST') return send(res, 405, 'Method Not Allowed');
      if (!fromOurPage) return forbidden(res, NO_SESSION_MESSAGE);
      const body = await readJson(req, res);
      if (!body) return;
      const code = (body.value as Record<string, unknown> | null)?.[LINK_CODE_PARAM];
      dropExpiredCodes();
      // Used or not, the code is gone after this request: one try per code.
      if (typeof code !== 'string' || !codes.delete(digest(code))) return forbidden(res, LINK_USED_MESSAGE);
      const existing = cookieValue(req, cookieName());
      const cookie = existing && cookies.has(digest(existing)) ? existing : newSecret();
      cookies.add(digest(cookie));
      const secret = newSecret();
      sessions.set(digest(secret), cookie);
      return send(res, 200, JSON.stringify({ ok: true, value: { secret } }), 'application/json; charset=utf-8', {
        'Set-Cookie': `${cookieName()}=${cookie}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }

    if (url.pathname.startsWith('/api/')) {
      if (!fromOurPage || !hasSession(req)) return forbidden(res, NO_SESSION_MESSAGE);
      if (req.method !== 'POST') return send(res, 405, 'Method Not Allowed');
      const body = await readJson(req, res);
      if (!body) return;
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(res, 200, await opts.dispatch(method, body.value));
    }

    if (url.pathname === EVENTS_PATH) {
      const site = req.headers['sec-fetch-site'];
      if ((site !== undefined && site !== 'same-origin') || !hasSession(req) || !opts.events) return forbidden(res, NO_SESSION_MESSAGE);
      if (req.method !== 'GET') return send(res, 405, 'Method Not Allowed');
      return streamEvents(res, opts.events);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
    return serveStatic(url.pathname, res);
  }

  function streamEvents(res: ServerResponse, events: NonNullable<WebServerOptions['events']>): void {
    res.writeHead(200, headers('text/event-stream; charset=utf-8'));
    const write = (e: VaultStateEvent) => res.write(`data: ${JSON.stringify(e)}\n\n`);
    write(events.current());
    const stop = events.subscribe(write);
    res.on('close', stop);
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
    newLink() {
      dropExpiredCodes();
      const code = newSecret();
      codes.set(digest(code), now());
      return `http://127.0.0.1:${port}/?${LINK_CODE_PARAM}=${code}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
