import { contract, isMethodName, type ApiResponse, type Handlers } from '../../common/api/contract.js';
import { AppError } from '../../common/errors.js';
import { fieldErrors } from '../../common/zod-nl.js';
import { classifyStorageError } from '../../db/vault.js';
import { logError } from './log.js';
import type { VaultSession } from './session.js';

/**
 * The single entry of both transports: validate the input with the contract's zod schema,
 * check the lock, run the handler, and turn every failure into a typed Dutch error.
 */
export function createDispatcher(session: VaultSession, handlers: Handlers) {
  return async function dispatch(methodName: string, rawInput: unknown): Promise<ApiResponse<unknown>> {
    try {
      if (!isMethodName(methodName)) throw new AppError('UNKNOWN_METHOD');
      const def = contract[methodName];
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw new AppError('VALIDATION', undefined, { fields: fieldErrors(parsed.error) });
      if (!def.whenLocked && !session.isUnlocked) throw new AppError('LOCKED');
      if (!def.passive) session.touch();
      const handler = handlers[methodName] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toPayload() };
      const mapped = classifyStorageError(err);
      logError(`api.${methodName}.failed`, err);
      return { ok: false, error: mapped.toPayload() };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
