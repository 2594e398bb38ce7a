import type { ApiErrorPayload } from '../../common/errors.js';
import type { InputOf, MethodName, OutputOf } from '../../common/api/contract.js';
import { createCore, type Core } from '../../electron/main/core.js';

export const TEST_PASSWORD = 'fiets regen lantaarn koffie';

/** A real main side (session + dispatcher) over a new encrypted vault in `dir`, unlocked. */
export async function unlockedCore(dir: string): Promise<Core> {
  const core = createCore({ dataDir: dir, shell: 'web' });
  const setup = await core.dispatch('vault.beginSetup', { password: TEST_PASSWORD, repeat: TEST_PASSWORD });
  if (!setup.ok) throw new Error(setup.error.code);
  const code = (setup.value as { recoveryCode: string }).recoveryCode;
  const done = await core.dispatch('vault.completeSetup', { lastGroup: code.slice(-4) });
  if (!done.ok) throw new Error(done.error.code);
  return core;
}

/** Calls through the dispatcher (zod validation included), returning the value or throwing the typed error payload. */
export function apiOf(core: Core) {
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const res = await core.dispatch(method, input);
    if (!res.ok) throw Object.assign(new Error(res.error.code), { payload: res.error });
    return res.value as OutputOf<M>;
  };
  const fail = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiErrorPayload> => {
    const res = await core.dispatch(method, input);
    if (res.ok) throw new Error(`${method} succeeded unexpectedly`);
    return res.error;
  };
  return { call, fail };
}
