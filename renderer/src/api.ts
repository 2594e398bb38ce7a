import type { ApiCall, ApiResponse, InputOf, MethodName, OutputOf } from '../../common/api/contract';
import { ERROR_MESSAGES, isApiErrorPayload, type ErrorCode } from '../../common/errors';
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

export function errorMessage(err: unknown): string {
  return err instanceof ApiError ? err.message : localizeMessage(ERROR_MESSAGES.INTERNAL);
}
