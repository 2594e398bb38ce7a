import '../zod-nl.js';
import type { z } from 'zod';
import type { MethodDef } from './define.js';
import { vaultArea, sessionArea, vaultMethods } from './vault.js';
import { settingsArea, auditArea, settingsMethods } from './settings.js';
import { backupArea, backupMethods } from './backups.js';
import { retentionArea, retentionMethods } from './retention.js';
import { dossiersArea, dossiersMethods } from './dossiers.js';
import { exchangeArea, exchangeMethods } from './exchange.js';
import { provisionsArea, provisionMethods } from './provisions.js';
import { exportsArea, exportMethods } from './exports.js';
import { attachmentsArea, attachmentMethods } from './attachments.js';
import { plansArea, partnersArea, plansMethods } from './plans.js';
import { meetingsArea, meetingsMethods } from './meetings.js';
import { documentsArea, documentsMethods } from './documents.js';
import { intakeArea, intakeMethods } from './intake.js';
import { aftercareArea, aftercareMethods } from './aftercare.js';
import { costsArea, costsMethods } from './costs.js';
import { resultsArea, resultsMethods } from './results.js';
import { resultsReportsArea, resultsReportsMethods } from './results-reports.js';

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
  ...costsMethods,
  ...intakeMethods,
  ...resultsMethods,
  ...resultsReportsMethods,
} as const;

export type Contract = typeof contract;

/**
 * The same methods by area, as the typed client reads them: `api.dossiers.update(input)` is the method
 * 'dossiers.update', and go-to-definition on `update` lands on its declaration in the area's module.
 */
export const areas = {
  vault: vaultArea,
  session: sessionArea,
  settings: settingsArea,
  audit: auditArea,
  backup: backupArea,
  retention: retentionArea,
  dossiers: dossiersArea,
  exchange: exchangeArea,
  provisions: provisionsArea,
  exports: exportsArea,
  attachments: attachmentsArea,
  plans: plansArea,
  partners: partnersArea,
  meetings: meetingsArea,
  documents: documentsArea,
  intake: intakeArea,
  aftercare: aftercareArea,
  costs: costsArea,
  results: { ...resultsArea, ...resultsReportsArea },
} as const;

type Areas = typeof areas;
type FullName<A extends keyof Areas, K> = `${A}.${K & string}` & MethodName;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = Contract[M] extends MethodDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M extends MethodName> = Contract[M] extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

/** One call by full name: the transport under the typed client (ApiClient below), and what tests call directly. */
export type ApiCall = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/** The typed client: one function per method, by area (`api.dossiers.update(input)`). */
export type ApiClient = {
  readonly [A in keyof Areas]: { readonly [K in keyof Areas[A]]: (input: InputOf<FullName<A, K>>) => Promise<OutputOf<FullName<A, K>>> };
};

/** The typed client over a transport: each area's methods call `call` with the method's full name. */
export function clientOver(call: (method: MethodName, input: unknown) => Promise<unknown>): ApiClient {
  return Object.fromEntries(
    Object.entries(areas).map(([area, methods]) => [
      area,
      Object.fromEntries(Object.keys(methods).map((name) => [name, (input: unknown) => call(`${area}.${name}` as MethodName, input)])),
    ]),
  ) as ApiClient;
}

// Every area method is a contract method and every contract method stands in an area (a type error otherwise).
type AreaMethodName = { [A in keyof Areas]: `${A}.${keyof Areas[A] & string}` }[keyof Areas];
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
export type AreasMatchContract = true extends Same<AreaMethodName, MethodName> ? true : never;
const areasMatchContract: AreasMatchContract = true;
void areasMatchContract;

/** What the main side implements: one handler per method, receiving the validated input. */
export type Handlers = { [M in MethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The transports' single success/error envelope. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: import('../errors.js').ApiErrorPayload };
