import { clientOver, type ApiCall, type ApiClient, type ApiResponse, type InputOf, type MethodName, type OutputOf } from '../../common/api/contract';
import { EVENTS_PATH, isVaultStateEvent, type VaultStateEvent } from '../../common/api/events';
import type { VaultStatus } from '../../common/api/vault';
import { LINK_CODE_PARAM, SECRET_HEADER, START_PATH } from '../../common/api/web-session';
import { errorPayload, isApiErrorPayload, type ApiErrorPayload, type ErrorCode } from '../../common/errors';
import { msg, type MessageRef } from '../../common/messages';
import { fieldPathLabel, refusedIntro } from './i18n/field-labels';
import { localizeFields, localizeMessage } from './i18n/message-codes';

/**
 * The renderer's only way to the main side. In Electron the preload exposes `window.nazorg.call`;
 * in web mode the same calls go to POST /api/<method> on 127.0.0.1 with the session cookie and the session secret
 * (common/api/web-session.ts).
 */
declare global {
  interface Window {
    nazorg?: { call(method: string, input: unknown): Promise<unknown>; onVaultState(cb: (e: VaultStateEvent) => void): () => void };
  }
}

/**
 * An error from the main side. Its message and field messages arrive as codes with parameters and read in the UI's
 * language; the Dutch text beside them (for logs) is not shown.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  private readonly fieldTexts: Record<string, MessageRef>;
  /** `shown` is a text of the renderer's own, for a refusal the renderer makes itself. */
  constructor(payload: ApiErrorPayload, shown?: string) {
    super(shown ?? localizeMessage(payload.text ?? { code: payload.code }));
    this.code = payload.code;
    this.details = payload.details;
    this.fieldTexts = payload.fieldTexts ?? {};
  }
  /** Field-level messages from the main side's zod validation and rules. */
  get fields(): Record<string, string> {
    return localizeFields(this.fieldTexts);
  }
}

type Listener = () => void;
const lockedListeners = new Set<Listener>();
export function onLocked(l: Listener): () => void {
  lockedListeners.add(l);
  return () => lockedListeners.delete(l);
}

/**
 * Why this page can no longer reach the main side in web mode: its session is gone (the program was restarted, or
 * this tab was opened without a link), its link was used or expired, or the program stopped. The app shows one screen
 * for it instead of an error in every list.
 */
export type SessionLoss = 'session' | 'link' | 'connection';
let lost: SessionLoss | null = null;
const lossListeners = new Set<(why: SessionLoss) => void>();
export function sessionLoss(): SessionLoss | null {
  return lost;
}
export function onSessionLost(l: (why: SessionLoss) => void): () => void {
  lossListeners.add(l);
  return () => {
    lossListeners.delete(l);
  };
}
function loseSession(why: SessionLoss): void {
  if (lost) return;
  lost = why;
  lossListeners.forEach((l) => l(why));
}

// The tab's own storage: other ports and sites cannot read it, and a reload of this tab keeps the session.
const SECRET_KEY = 'nazorg.sessie';
let secret: string | null = null;
let starting: Promise<void> | null = null;

/**
 * Takes the one-time code out of the address (so history and a reload no longer show it) and trades it for the
 * session secret. Runs once per page load, before the first API call.
 */
function startSession(): Promise<void> {
  starting ??= (async () => {
    const params = new URLSearchParams(window.location.search);
    const code = params.get(LINK_CODE_PARAM);
    if (code === null) {
      secret = window.sessionStorage.getItem(SECRET_KEY);
      return;
    }
    params.delete(LINK_CODE_PARAM);
    const rest = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
    const res = await post(START_PATH, { [LINK_CODE_PARAM]: code });
    if (res === null) return loseSession('connection');
    if (res.ok) {
      secret = (res.value as { secret: string }).secret;
      window.sessionStorage.setItem(SECRET_KEY, secret);
    } else {
      // A used or expired link: an older session of this tab may still be good.
      secret = window.sessionStorage.getItem(SECRET_KEY);
      if (!secret) loseSession('link');
    }
  })();
  return starting;
}

/** null when the server could not be reached at all. */
async function post(path: string, input: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<unknown> | null> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      credentials: 'same-origin',
      cache: 'no-store',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return null;
  }
  const body: unknown = await res.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as ApiResponse<unknown>;
  return { ok: false, error: errorPayload('INTERNAL') };
}

async function transport(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  if (window.nazorg) return (await window.nazorg.call(method, input)) as ApiResponse<unknown>;
  await startSession();
  const res = lost ? null : await post(`/api/${encodeURIComponent(method)}`, input, secret ? { [SECRET_HEADER]: secret } : {});
  if (res === null) {
    loseSession('connection');
    return { ok: false, error: errorPayload('INTERNAL', msg('noConnection')) };
  }
  if (!res.ok && res.error.code === 'FORBIDDEN') loseSession('session');
  return res;
}

export const call: ApiCall = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
  const res = await transport(method, input);
  if (res.ok) return res.value as OutputOf<M>;
  const e = isApiErrorPayload(res.error) ? res.error : errorPayload('INTERNAL');
  if (e.code === 'LOCKED') lockedListeners.forEach((l) => l());
  throw new ApiError(e);
};

const RETRY_MS = [1000, 2000, 5000, 10_000];

/**
 * Web mode: reads the server-sent events of EVENTS_PATH with fetch, which can send the session secret (EventSource
 * cannot). A dropped stream is tried again, more slowly each time; whether the session or the program is gone is
 * for the next API call to say (it shows the one screen for that), so the stream never decides it.
 */
async function followEvents(signal: AbortSignal, cb: (e: VaultStateEvent) => void): Promise<void> {
  await startSession();
  for (let attempt = 0; !lost && !signal.aborted; attempt++) {
    try {
      const res = await fetch(EVENTS_PATH, { headers: secret ? { [SECRET_HEADER]: secret } : {}, credentials: 'same-origin', cache: 'no-store', signal });
      if (res.ok && res.body) {
        attempt = 0;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const blocks = buffer.split('\n\n');
          buffer = blocks.pop() ?? '';
          for (const block of blocks) {
            const data = block
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            const e: unknown = data ? JSON.parse(data) : null;
            if (isVaultStateEvent(e)) cb(e);
          }
        }
      }
    } catch {
      // The stream dropped or was stopped: see below.
    }
    if (signal.aborted) return;
    await new Promise((r) => setTimeout(r, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
  }
}

/** Hears the vault's state change on the main side (locked by the idle timer, damage found, another tab or window). */
export function onVaultState(cb: (status: VaultStatus) => void): () => void {
  if (window.nazorg) return window.nazorg.onVaultState((e) => cb(e.status));
  const stop = new AbortController();
  void followEvents(stop.signal, (e) => cb(e.status));
  return () => stop.abort();
}

/**
 * The message for a failed call. A refused field is never silent: fields the caller does not mark on the screen
 * (all of them, when it marks none) are named in words after the message.
 */
export function errorMessage(err: unknown): string {
  return err instanceof ApiError ? refusedMessage(err, Object.entries(err.fields), false) : localizeMessage(msg('INTERNAL'));
}

/** The error's message followed by each unplaced refused field as "Name in words: message". */
export function refusedMessage(err: ApiError, unplaced: readonly (readonly [string, string])[], somePlaced: boolean): string {
  if (unplaced.length === 0) return err.message;
  // The generic "check the marked fields" would point at nothing when no field is marked.
  const intro = err.message === localizeMessage(msg('VALIDATION')) && !somePlaced ? refusedIntro() : err.message;
  return [intro, ...unplaced.map(([path, message]) => (path === '_' || path === '' ? message : `${fieldPathLabel(path)}: ${message}`))].join(' ');
}

/**
 * The typed client: `api.dossiers.update({ id, patch })` is `call('dossiers.update', { id, patch })`, and
 * go-to-definition on `update` lands on the method's entry in the contract (common/api/dossiers.ts).
 */
export const api: ApiClient = clientOver((method, input) => call(method, input as InputOf<typeof method>));
