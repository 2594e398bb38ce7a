import type { VaultSession } from '../session.js';

/** What every area's handlers get: the session that owns the vault. Areas add nothing global. */
export interface HandlerContext {
  session: VaultSession;
}
