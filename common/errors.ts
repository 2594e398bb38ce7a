import { messageRef, messageText, msg, type MessageRef } from './messages';

/**
 * Typed error codes that cross the API boundary. Each code's general message is in the message catalogues
 * (common/messages/nl.ts and en.ts, under the code itself); an error may carry a more specific message instead.
 * The main side throws AppError; both transports carry an ApiErrorPayload to the renderer, which shows the message
 * from its code and parameters in the UI's language. How to add a message: docs/messages.md.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'WRONG_PASSWORD',
  'WRONG_RECOVERY_CODE',
  'TOO_MANY_ATTEMPTS',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'VAULT_TOO_NEW',
  'VAULT_CORRUPT',
  'KEYFILE_CORRUPT',
  'SETUP_NOT_STARTED',
  'SETUP_CONFIRMATION_MISMATCH',
  'VAULT_INTEGRITY',
  'BACKUP_FOLDER_UNREACHABLE',
  'BACKUP_FAILED',
  'BACKUP_NOT_FOUND',
  'BACKUP_DAMAGED',
  'NO_GOOD_BACKUP',
  'VAULT_NOT_DAMAGED',
  'ALREADY_RUNNING',
  'DISK_FULL',
  'READ_ONLY',
  'NOT_FOUND',
  'DUPLICATE_BSN',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'EXCHANGE_NOT_NAZORG',
  'EXCHANGE_TOO_NEW',
  'EXCHANGE_TRUNCATED',
  'EXCHANGE_DAMAGED',
  'EXCHANGE_KDF_UNSUPPORTED',
  'EXCHANGE_WRONG_PASSPHRASE',
  'EXCHANGE_TAMPERED',
  'EXCHANGE_TOO_LARGE',
  'EXCHANGE_TOO_MANY',
  'EXCHANGE_PAYLOAD_TOO_NEW',
  'EXCHANGE_INVALID_CONTENT',
  'EXCHANGE_ATTACHMENT_MISMATCH',
  'ATTACHMENT_EMPTY',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_DUPLICATE',
  'ATTACHMENT_TYPE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorPayload {
  code: ErrorCode;
  /** The message in Dutch, for logs without personal data and the command line; the renderer does not show it. */
  message: string;
  /** The message as code and parameters, when it is not the code's general message. The renderer shows this. */
  text?: MessageRef;
  /** Field-level messages (path -> Dutch message) or other structured details, never personal data in logs. */
  details?: Record<string, unknown>;
  /** The field-level messages as code and parameters (path -> message), for the renderer. */
  fieldTexts?: Record<string, MessageRef>;
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/**
 * An error for the coordinator. `message` and the values of `details.fields` are messages made with `msg(code, params)`;
 * the error keeps them as codes for the renderer and holds their Dutch for logs (`message`, `details.fields`).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: MessageRef;
  readonly details?: Record<string, unknown>;
  readonly fieldTexts?: Record<string, MessageRef>;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    const text = message === undefined ? { code } : messageRef(message);
    super(messageText(text));
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    const fields = details?.['fields'];
    if (isStringRecord(fields)) {
      this.fieldTexts = Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, messageRef(m)]));
      this.details = { ...details, fields: Object.fromEntries(Object.entries(this.fieldTexts).map(([k, r]) => [k, messageText(r)])) };
    } else this.details = details;
  }
  toPayload(): ApiErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.text.code !== this.code ? { text: this.text } : {}),
      ...(this.details ? { details: this.details } : {}),
      ...(this.fieldTexts ? { fieldTexts: this.fieldTexts } : {}),
    };
  }
}

/** The payload of an error that is answered without throwing (the web server's own refusals). */
export function errorPayload(code: ErrorCode, message?: string): ApiErrorPayload {
  return new AppError(code, message).toPayload();
}

/** The Dutch general message of an error code. */
export function errorText(code: ErrorCode): string {
  return messageText(msg(code));
}

export function isApiErrorPayload(v: unknown): v is ApiErrorPayload {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorPayload).code === 'string' && typeof (v as ApiErrorPayload).message === 'string';
}
