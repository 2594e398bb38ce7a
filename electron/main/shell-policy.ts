import { pathToFileURL } from 'node:url';
import type { ApiResponse } from '../../common/api/contract.js';
import { checkRequestSize } from '../../common/api/request-limit.js';
import { errorPayload } from '../../common/errors.js';
import { CONTENT_SECURITY_POLICY } from '../../common/security-policy.js';
import type { Dispatch } from './dispatch.js';

/**
 * The Electron window's rules as plain functions, so they are tested without Electron. electron/main.ts only wires
 * them to Electron's events; nothing here imports `electron`.
 */

/** Whether a frame's address is a page of our own UI build: a file below the renderer folder, nothing beside it. */
export function isOwnPage(frameUrl: string | undefined, rendererDir: string): boolean {
  if (!frameUrl) return false;
  // The trailing slash keeps a sibling folder such as `renderer-other/` out.
  const root = pathToFileURL(rendererDir).href.replace(/\/?$/, '/');
  return frameUrl.startsWith(root);
}

/**
 * The IPC API handler: only our own page may call, with the same size limit and message as web mode's HTTP body;
 * then the one dispatcher that both transports share.
 */
export function createIpcApi(opts: { rendererDir: string; dispatch: Dispatch }) {
  return async (frameUrl: string | undefined, method: unknown, input: unknown): Promise<ApiResponse<unknown>> => {
    if (!isOwnPage(frameUrl, opts.rendererDir)) return { ok: false, error: errorPayload('FORBIDDEN') };
    const tooLarge = checkRequestSize(input);
    if (tooLarge) return { ok: false, error: tooLarge };
    return opts.dispatch(String(method), input);
  };
}

type Headers = Record<string, string[] | string | undefined>;

/** Response headers with our Content-Security-Policy in place of any the response brought (in whatever case). */
export function withPolicyHeaders(headers: Headers | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined || k.toLowerCase() === 'content-security-policy') continue;
    out[k] = Array.isArray(v) ? v : [v];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** The UI is one page that routes inside itself: every navigation of a window elsewhere is refused. */
export function mayNavigate(_url: string): boolean {
  return false;
}

/** No new windows. A mailto: link (the reminder texts) goes to the mail program instead; nothing else leaves the app. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: string | null } {
  let external: string | null = null;
  try {
    if (new URL(url).protocol === 'mailto:') external = url;
  } catch {
    // Not a URL at all: nothing to open.
  }
  return { action: 'deny', openExternally: external };
}

/** Camera, microphone, notifications, geolocation, …: the app needs none of them. */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}

/** The main window's settings: a sandboxed renderer without Node, reaching the main side only through the preload. */
export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1280,
    height: 860,
    title: 'Nazorgdossier',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // Only for Chromium's built-in PDF viewer, which prints documents from a hidden frame.
      plugins: true,
    },
  };
}

/**
 * Quit → lock (which writes the closing backup) → release the instance lock → exit. The first quit request is held
 * until that is done; so is every further one meanwhile (a second Ctrl+Q must not cut the backup short). The exit
 * comes whatever the shutdown did: a failed backup only warns, it never keeps the app open.
 */
export function createQuitFlow(opts: { shutdown: () => Promise<void>; release: () => void; exit: (code: number) => void }) {
  let running: Promise<void> | null = null;
  return (event: { preventDefault(): void }): Promise<void> => {
    event.preventDefault();
    running ??= opts
      .shutdown()
      .catch(() => undefined)
      .finally(() => {
        try {
          opts.release();
        } finally {
          opts.exit(0);
        }
      });
    return running;
  };
}
