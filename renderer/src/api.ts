import type { ApiCall, ApiResponse, InputOf, MethodName, OutputOf } from '../../common/api/contract';
import { ERROR_MESSAGES, isApiErrorPayload, type ErrorCode } from '../../common/errors';
import { fieldPathLabel, refusedIntro } from './i18n/field-labels';
import { localizeFields, localizeMessage } from './i18n/messages';
import { t } from './texts';

/**
 * The renderer's only way to the main side. In Electron the preload exposes `window.nazorg.call`;
 * in web mode the same calls go to POST /api/<method> on 127.0.0.1 with the session cookie.
 */
declare global {
  interface Window {
    nazorg?: { call(method: string, input: unknown): Promise<unknown> };
  }
}

/** An error from the main side. Its message and field messages arrive in Dutch and read in the UI's language. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(localizeMessage(message));
  }
  /** Field-level messages from the main side's zod validation and rules. */
  get fields(): Record<string, string> {
    return localizeFields((this.details?.['fields'] as Record<string, string> | undefined) ?? {});
  }
}

type Listener = () => void;
const lockedListeners = new Set<Listener>();
export function onLocked(l: Listener): () => void {
  lockedListeners.add(l);
  return () => lockedListeners.delete(l);
}

async function transport(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  if (window.nazorg) return (await window.nazorg.call(method, input)) as ApiResponse<unknown>;
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: t.common.noConnection } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as ApiResponse<unknown>;
  return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
}

export const call: ApiCall = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
  const res = await transport(method, input);
  if (res.ok) return res.value as OutputOf<M>;
  const e = isApiErrorPayload(res.error) ? res.error : { code: 'INTERNAL' as const, message: ERROR_MESSAGES.INTERNAL };
  if (e.code === 'LOCKED') lockedListeners.forEach((l) => l());
  throw new ApiError(e.code, e.message, e.details);
};

/**
 * The message for a failed call. A refused field is never silent: fields the caller does not mark on the screen
 * (all of them, when it marks none) are named in words after the message.
 */
export function errorMessage(err: unknown): string {
  return err instanceof ApiError ? refusedMessage(err, Object.entries(err.fields), false) : localizeMessage(ERROR_MESSAGES.INTERNAL);
}

/** The error's message followed by each unplaced refused field as "Name in words: message". */
export function refusedMessage(err: ApiError, unplaced: readonly (readonly [string, string])[], somePlaced: boolean): string {
  if (unplaced.length === 0) return err.message;
  // The generic "check the marked fields" would point at nothing when no field is marked.
  const intro = err.message === localizeMessage(ERROR_MESSAGES.VALIDATION) && !somePlaced ? refusedIntro() : err.message;
  return [intro, ...unplaced.map(([path, message]) => (path === '_' || path === '' ? message : `${fieldPathLabel(path)}: ${message}`))].join(' ');
}
