import { z } from 'zod';
import { method, prefixed } from './define.js';
import { recipientPurposeSchema } from './provisions.js';
import { EXCHANGE_SECTIONS, type ExchangeSection } from '../exchange/payload.js';
import { EXCHANGE_LIMITS } from '../exchange/limits.js';
import { PASSPHRASE_MIN_CHARS, normalisePassphrase } from '../exchange/passphrase.js';
import type { FileDownload } from '../exchange/files.js';
import { msg } from '../messages/index.js';

const passphrase = z
  .string()
  .max(500)
  .refine((p) => normalisePassphrase(p).length >= PASSPHRASE_MIN_CHARS, msg('passphraseTooShort', { count: PASSPHRASE_MIN_CHARS }));

/** Base64 of a chosen file; its own limits are checked after decoding. */
const fileBase64 = z.string().min(1, msg('chooseFile'));

export const exportInputSchema = recipientPurposeSchema.extend({
  dossierIds: z.array(z.number().int().positive()).min(1, msg('chooseLeastOneCaseFile')).max(EXCHANGE_LIMITS.maxDossiers),
  sections: z
    .array(z.enum(EXCHANGE_SECTIONS))
    .min(1, msg('chooseLeastOnePart'))
    .transform((s) => [...new Set<ExchangeSection>(['person', ...s])]),
  passphrase,
});

export type SectionChoice = 'keep' | 'take';

export interface SectionDiff {
  section: ExchangeSection;
  /** Human-readable lines (label: value) of what the vault holds now and what the file brings. */
  current: string[];
  incoming: string[];
  same: boolean;
}

export interface ImportPreviewDossier {
  ref: string;
  name: string;
  bsn: string | null;
  /** 'create': no dossier with this BSN here; 'update': one exists and each differing section needs a choice. */
  action: 'create' | 'update';
  existingId: number | null;
  sections: SectionDiff[];
}

/** What an import wrote; `dossiers` names each one written, so the screen can offer to open it by name. */
export interface ImportResult {
  created: number;
  updated: number;
  dossierIds: number[];
  dossiers: { id: number; name: string }[];
}

export interface ImportPreview {
  sender: { organisation: string; coordinator: string };
  recipient: string;
  purpose: string;
  createdAt: string;
  sections: ExchangeSection[];
  dossiers: ImportPreviewDossier[];
  toCreate: number;
  toUpdate: number;
}

export const importChoicesSchema = z.record(z.string().max(100), z.partialRecord(z.enum(EXCHANGE_SECTIONS), z.enum(['keep', 'take'])));

export const exchangeArea = {
  /** Six random Dutch words, to be read out by phone. */
  proposePassphrase: method<{ passphrase: string; entropyBits: number }>()(z.object({})),
  export: method<FileDownload & { dossiers: number }>()(exportInputSchema),
  /** Decrypts and checks the file and compares it with the vault. Writes nothing. */
  previewImport: method<ImportPreview>()(z.object({ file: fileBase64, passphrase })),
  /** Writes the file's dossiers with the chosen sections, all in one transaction; records the provision. */
  applyImport: method<ImportResult>()(z.object({ file: fileBase64, passphrase, choices: importChoicesSchema.default({}) })),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const exchangeMethods = { ...prefixed('exchange', exchangeArea) };
