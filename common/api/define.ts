import type { z } from 'zod';

/**
 * One API method: a zod schema for its input (validated on the main side, reused by forms)
 * and a phantom type for its output. Areas declare their methods with `method()` and
 * common/api/contract.ts merges them into the one contract both transports carry.
 */
export interface MethodDef<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: never set at run time, only carries the output type. */
  readonly output?: O;
  /** Methods that do not count as coordinator activity (asking the status) and so do not postpone auto-lock. */
  readonly passive?: boolean;
  /** Methods allowed while the vault is locked. */
  readonly whenLocked?: boolean;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I, opts: { passive?: boolean; whenLocked?: boolean } = {}): MethodDef<I, O> => ({
    input,
    ...opts,
  });
}

/**
 * An area's methods under their full names: `prefixed('dossiers', { update })` is `{ 'dossiers.update': update }`.
 * Areas declare their methods by short name, so the typed client `api.dossiers.update` leads to that declaration.
 */
export function prefixed<A extends string, M extends Record<string, MethodDef<z.ZodType, unknown>>>(
  area: A,
  methods: M,
): { [K in keyof M & string as `${A}.${K}`]: M[K] } {
  return Object.fromEntries(Object.entries(methods).map(([name, def]) => [`${area}.${name}`, def])) as {
    [K in keyof M & string as `${A}.${K}`]: M[K];
  };
}
