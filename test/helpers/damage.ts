import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';

/**
 * Overwrites every other page after the first with random bytes: a failing disk sector, as far as SQLite can tell.
 * Whole pages, so the damage cannot fall into a page's unused gap.
 */
export function damagePages(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let off = 4096; off < size; off += 4096 * 2) writeSync(fd, randomBytes(4096), 0, 4096, off);
  } finally {
    closeSync(fd);
  }
}
