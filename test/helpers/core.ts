import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';
import type { ClockSource } from '../../common/calendar.js';
import type { ApiErrorPayload } from '../../common/errors.js';
import { createCore, type Core } from '../../electron/main/core.js';
import { VaultSession } from '../../electron/main/session.js';
import type { ApiResponse, InputOf, MethodName, OutputOf } from '../../common/api/contract.js';
import { migrations } from './migrations.js';
import { tempDir } from './tmp.js';

export const TEST_PASSWORD = 'fiets regen lantaarn koffie';

/** Sets up a new vault in the session, both steps, with TEST_PASSWORD unless told otherwise; returns the recovery code. */
export async function setUpVault(session: VaultSession, password = TEST_PASSWORD): Promise<string> {
  const { recoveryCode } = await session.beginSetup(password);
  await session.completeSetup(recoveryCode.slice(-4));
  return recoveryCode;
}

/**
 * A VaultSession (no vault yet) on a new temporary folder for each test of the describe block this is called in,
 * on the clock `now` that the test moves instead of waiting; `use` gets it, and the folder, before the test runs.
 * Shut down and removed after the test. `sub`: the vault in that sub-folder, so the test can put more beside it.
 */
export function sessionPerTest(now: () => number, use: (session: VaultSession, dir: string) => void, sub?: string): void {
  let made: { session: VaultSession; tmp: ReturnType<typeof tempDir> } | undefined;
  beforeEach(() => {
    const tmp = tempDir();
    const session = new VaultSession({ dataDir: sub ? join(tmp.dir, sub) : tmp.dir, migrations: migrations(), shell: 'web', appVersion: 'test', now });
    made = { session, tmp };
    use(session, tmp.dir);
  });
  afterEach(async () => {
    await made?.session.shutdown();
    made?.tmp.cleanup();
  });
}

/** A real core (session + dispatcher) on a fresh encrypted vault in a temp folder, unlocked; `clock` fixes "today". */
export async function unlockedCore(opts: { clock?: ClockSource } = {}): Promise<{ core: Core; call: TypedCall; dir: string; close: () => Promise<void> }> {
  const tmp = tempDir('nazorg-core-');
  const core = createCore({ dataDir: tmp.dir, shell: 'web', ...opts });
  await setUpVault(core.session);
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

export type UnlockedCore = Awaited<ReturnType<typeof unlockedCore>>;

/**
 * Two unlocked cores on vaults of their own, a sender and a receiver, for the tests of the describe block this is
 * called in that carry a file from one vault to the other: made before its first test (then `setUp` runs, with
 * both), closed after its last.
 */
export function senderAndReceiver(setUp: (sender: UnlockedCore, receiver: UnlockedCore) => Promise<void>): void {
  let made: UnlockedCore[] = [];
  beforeAll(async () => {
    made = await Promise.all([unlockedCore(), unlockedCore()]);
    await setUp(made[0]!, made[1]!);
  });
  afterAll(async () => {
    for (const core of made) await core.close();
  });
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
  await setUpVault(core.session);
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

/** Creates a dossier through the API and returns its id; the test fails when it is not created (a double BSN). */
export async function createDossier(core: Core, input: InputOf<'dossiers.create'>): Promise<number> {
  const r = await apiOf(core).call('dossiers.create', input);
  if (!r.created) throw new Error('dossier not created');
  return r.id;
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
