import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Only the coordinator's own OS account may read the vault's files: folders 0700, files 0600. Everything is
 * encrypted, but a copy of the database together with the key file is what a password guesser needs, so
 * another user on the same computer gets neither. On Windows these modes mean nothing; there the user
 * profile's access list protects the app-data folder (README, "Beveiliging").
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
const POSIX = process.platform !== 'win32';

/** Takes away group and other access; true when the mode had to change. Missing paths and foreign owners are left alone. */
function restrict(path: string, mode: number): boolean {
  if (!POSIX) return false;
  try {
    if ((statSync(path).mode & 0o077) === 0) return false;
    chmodSync(path, mode);
    return true;
  } catch {
    // A file system without modes (FAT on a USB stick) or another owner: nothing we can do here.
    return false;
  }
}

export function restrictFile(path: string): boolean {
  return restrict(path, PRIVATE_FILE_MODE);
}

/** Creates the folder (and missing parents) for this user only; true when an existing folder was tightened. */
export function ensurePrivateDir(dir: string): boolean {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return restrict(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates an empty file 0600 unless it exists. SQLite gives a database's journal and WAL the database's own
 * mode, so a database file that starts private keeps its side files private too.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  restrictFile(path);
}

/** Tightens a folder and the regular files in it that `ours` accepts (not sub-folders); returns what changed. */
export function tightenFolder(dir: string, ours: (name: string) => boolean = () => true): { folders: number; files: number } {
  if (!POSIX) return { folders: 0, files: 0 };
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) return { folders: 0, files: 0 };
    entries = readdirSync(dir);
  } catch {
    return { folders: 0, files: 0 };
  }
  const folders = restrict(dir, PRIVATE_DIR_MODE) ? 1 : 0;
  let files = 0;
  for (const name of entries) {
    if (!ours(name)) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
    } catch {
      continue;
    }
    if (restrictFile(path)) files++;
  }
  return { folders, files };
}
