import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';

/**
 * One running copy per data folder, in both shells (Electron also holds its own single-instance lock).
 * The lock file names the owner's pid and how to reach it; a lock whose pid is gone is stale and taken over.
 */
export interface InstanceLock {
  release(): void;
}

export interface LockInfo {
  pid: number;
  url?: string;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, 'nazorg.lock');
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireInstanceLock(dataDir: string, info: Omit<LockInfo, 'pid'> = {}): InstanceLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, ...info }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const cur = readLock(dataDir);
        if (cur?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readLock(dataDir);
      if (owner && pidAlive(owner.pid)) {
        throw new AppError('ALREADY_RUNNING', undefined, owner.url ? { url: owner.url } : {});
      }
      rmSync(path, { force: true }); // stale: its process is gone (crash, kill)
    }
  }
  throw new AppError('ALREADY_RUNNING');
}

export function updateLockInfo(dataDir: string, info: Omit<LockInfo, 'pid'>): void {
  const cur = readLock(dataDir);
  if (cur?.pid !== process.pid) return;
  const fd = openSync(lockPath(dataDir), 'w', 0o600);
  writeSync(fd, JSON.stringify({ pid: process.pid, ...info }));
  closeSync(fd);
}
