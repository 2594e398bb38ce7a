import type { ChooseFolder } from '../backups.js';
import type { VaultSession } from '../session.js';

/** What the shell can do that web mode cannot: the desktop app passes its native dialogs. */
export interface ShellCapabilities {
  chooseFolder?: ChooseFolder;
}

/** What every area's handlers get: the session that owns the vault, and the shell's capabilities. */
export interface HandlerContext {
  session: VaultSession;
  shell?: ShellCapabilities;
}
