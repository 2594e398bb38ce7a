import { afterEach, beforeEach, expect } from 'vitest';
import { AppError } from '../../common/errors.js';
import type { ClockSource } from '../../common/calendar.js';
import type { ApiErrorPayload } from '../../common/errors.js';
import { createCore, type Core } from '../../electron/main/core.js';
import type { ApiResponse, InputOf, MethodName, OutputOf } from '../../common/api/contract.js';
import { tempDir } from './tmp.js';

export const TEST_PASSWORD = 'fiets regen lantaarn koffie';

/** A real core (session + dispatcher) on a fresh encrypted vault in a temp folder, unlocked; `clock` fixes "today". */
export async function unlockedCore(opts: { clock?: ClockSource } = {}): Promise<{ core: Core; call: TypedCall; dir: string; close: () => Promise<void> }> {
  const tmp = tempDir('nazorg-core-');
  const core = createCore({ dataDir: tmp.dir, shell: 'web', ...opts });
  const { recoveryCode } = await core.session.beginSetup(TEST_PASSWORD);
  await core.session.completeSetup(recoveryCode.slice(-4));
  const call: TypedCall = async (method, input) => {
    const r = (await core.dispatch(method, input)) as ApiResponse<unknown>;
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
    return r.value as never;
  };
  return {
    core,
    call,
    dir: tmp.dir,
    close: async () => {
      await core.session.shutdown();
      tmp.cleanup();
    },
  };
}

/**
 * A new unlocked core for each test of the describe block this is called in: `use` gets it, and its data folder,
 * before the test runs.
 */
export function corePerTest(use: (core: Core, dataDir: string) => void): void {
  let close: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const made = await unlockedCore();
    close = made.close;
    use(made.core, made.dir);
  });
  afterEach(() => close?.());
}

export type TypedCall = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/** A real main side over a new encrypted vault in a given folder, unlocked (the caller cleans up the folder). */
export async function unlockedCoreAt(dir: string): Promise<Core> {
  const core = createCore({ dataDir: dir, shell: 'web' });
  const { recoveryCode } = await core.session.beginSetup(TEST_PASSWORD);
  await core.session.completeSetup(recoveryCode.slice(-4));
  return core;
}

/** Calls through the dispatcher (zod validation included): `call` returns the value, `fail` the typed error payload. */
export function apiOf(core: Core) {
  const call: TypedCall = async (method, input) => {
    const r = (await core.dispatch(method, input)) as ApiResponse<unknown>;
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
    return r.value as never;
  };
  const fail = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiErrorPayload> => {
    const r = (await core.dispatch(method, input)) as ApiResponse<unknown>;
    if (r.ok) throw new Error(`${method} succeeded unexpectedly`);
    return r.error;
  };
  return { call, fail };
}

/** The value of a dispatch's answer; the test fails on an error answer. */
export function okValue<T>(r: unknown): T {
  const answer = r as ApiResponse<T>;
  if (!answer.ok) throw Object.assign(new Error(`expected an ok answer: ${JSON.stringify(answer.error)}`), { code: answer.error.code });
  return answer.value;
}

/** The AppError a promise is rejected with; the test fails when it is fulfilled or rejected with anything else. */
export async function appErrorOf(p: Promise<unknown>): Promise<AppError> {
  let caught: unknown;
  await p.catch((e: unknown) => (caught = e));
  expect(caught).toBeInstanceOf(AppError);
  return caught as AppError;
}
