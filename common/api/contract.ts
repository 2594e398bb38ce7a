import '../zod-nl.js';
import type { z } from 'zod';
import type { MethodDef } from './define.js';
import { vaultMethods } from './vault.js';
import { settingsMethods } from './settings.js';
import { backupMethods } from './backups.js';
import { retentionMethods } from './retention.js';
import { dossiersMethods } from './dossiers.js';
import { exchangeMethods } from './exchange.js';
import { provisionMethods } from './provisions.js';
import { exportMethods } from './exports.js';
import { attachmentMethods } from './attachments.js';
import { plansMethods } from './plans.js';
import { meetingsMethods } from './meetings.js';
import { documentsMethods } from './documents.js';
import { aftercareMethods } from './aftercare.js';

/**
 * The one API contract between renderer and main side. Each area declares its methods in its own
 * module; add the module here. Both transports (Electron IPC and web-mode HTTP) carry exactly these.
 */
export const contract = {
  ...vaultMethods,
  ...settingsMethods,
  ...backupMethods,
  ...retentionMethods,
  ...dossiersMethods,
  ...exchangeMethods,
  ...provisionMethods,
  ...exportMethods,
  ...attachmentMethods,
  ...plansMethods,
  ...meetingsMethods,
  ...documentsMethods,
  ...aftercareMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = Contract[M] extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M extends MethodName> = Contract[M] extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

/** What the renderer calls: `api.call('vault.unlock', { password })`. */
export type ApiCall = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/** What the main side implements: one handler per method, receiving the validated input. */
export type Handlers = { [M in MethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The transports' single success/error envelope. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: import('../errors.js').ApiErrorPayload };
