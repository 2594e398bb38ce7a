/**
 * Limits for `.nazorg` exchange files and attachments (docs/exchange-format.md). A file beyond any of them is
 * refused before anything is written; they are generous for real use (tens of dossiers) and stop absurd files.
 */
const MiB = 1024 * 1024;

export const EXCHANGE_LIMITS = {
  /** Whole file on disk; checked before reading it into memory. */
  maxFileBytes: 200 * MiB,
  /** The JSON payload after decompression (a gzip bomb stops here). */
  maxPayloadBytes: 256 * MiB,
  maxDossiers: 5_000,
  maxContactsPerDossier: 200,
  maxConsentsPerDossier: 200,
  maxActionsPerDossier: 2_000,
  maxNotesPerDossier: 5_000,
  maxAttachmentsPerDossier: 100,
  maxTextChars: 100_000,
} as const;

export const ATTACHMENT_LIMITS = {
  maxBytes: 25 * MiB,
  maxNameChars: 200,
} as const;

/** scrypt parameters accepted when reading; outside them a file is refused (a hostile N would exhaust memory). */
export const KDF_READ_LIMITS = { minLog2N: 14, maxLog2N: 20, maxR: 16, maxP: 4, maxMemoryBytes: 256 * MiB } as const;
