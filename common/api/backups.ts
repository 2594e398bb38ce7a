import { z } from 'zod';
import { method, prefixed } from './define.js';
import type { BackupWarning } from '../backup-rules.js';
import { msg } from '../messages/index.js';

export interface BackupListItem {
  /** File name: date and sequence number only. */
  name: string;
  date: string;
  createdAt: string;
  /** 'dagelijks', 'afsluiten', 'handmatig' or 'voor-herstel'. */
  reason: string;
  sizeBytes: number;
  /** Rows per table at the time of the copy (no contents). */
  counts: Record<string, number>;
}

export interface BackupStatus {
  folder: string;
  isDefaultFolder: boolean;
  /** The folder used when none is chosen, shown so the coordinator knows where copies land by default. */
  defaultFolder: string;
  reachable: boolean;
  /** True in the desktop app, which chooses the folder with the system's folder dialog (backup.chooseFolder). */
  folderPicker: boolean;
  lastGoodAt: string | null;
  lastFailedAt: string | null;
  lastFailureCode: string | null;
  warning: BackupWarning;
}

const backupName = z.string().regex(/^nazorgdossier-\d{4}-\d{2}-\d{2}-\d{2,4}\.backup$/, msg('chooseBackupList'));

export const backupArea = {
  status: method<BackupStatus>()(z.object({}), { passive: true }),
  list: method<{ backups: BackupListItem[] }>()(z.object({})),
  create: method<BackupListItem>()(z.object({})),
  setFolder: method<BackupStatus>()(z.object({ dir: z.string().max(1000, msg('pathTooLong')) })),
  /** Desktop only (status.folderPicker): the system's folder dialog; the chosen folder is checked and kept like a typed one. */
  chooseFolder: method<{ chosen: boolean; status: BackupStatus }>()(z.object({})),
  /** Restores a chosen copy; the present state is copied first. */
  restore: method<BackupListItem>()(z.object({ name: backupName })),
  /** On the unlock screen after damage was found: are there copies to offer? */
  availableWhileLocked: method<{ folderReachable: boolean; count: number; newest: string | null }>()(z.object({}), {
    whenLocked: true,
    passive: true,
  }),
  /** While locked and damaged: prove the password, restore the newest good copy, unlock. */
  restoreNewestWhileLocked: method<{ restored: string }>()(z.object({ password: z.string().min(1, msg('enterYourPassword')) }), {
    whenLocked: true,
  }),
} as const;

/** The same methods under their full names ('area.method'), as the contract and the handlers know them. */
export const backupMethods = { ...prefixed('backup', backupArea) };
