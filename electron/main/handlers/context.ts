import type { ClockSource } from '../../../common/calendar.js';
import type { ChooseFolder } from '../backups.js';
import type { VaultSession } from '../session.js';

/** What the shell can do that web mode cannot: the desktop app passes its native dialogs. */
export interface ShellCapabilities {
  chooseFolder?: ChooseFolder;
}

/** What every area's handlers get: the session that owns the vault, the clock they read, and the shell's capabilities. */
export interface HandlerContext {
  session: VaultSession;
  /** The one clock of the main side: "today" for deadlines and file names, "now" for history rows. */
  clock: ClockSource;
  shell?: ShellCapabilities;
}
