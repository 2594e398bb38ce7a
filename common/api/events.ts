import type { VaultStatus } from './vault.js';

/**
 * The one event the main side pushes to the renderer instead of being asked: the vault's state changed on its own
 * (locked by the idle timer, found damaged at an unlock, the demo closed) or from another window or tab.
 * Electron carries it on IPC_VAULT_STATE_CHANNEL (webContents.send, exposed by the preload as `onVaultState`);
 * web mode as server-sent events from GET EVENTS_PATH (electron/main/web-server.ts), one `data:` line per event.
 */
export interface VaultStateEvent {
  type: 'vault.state';
  status: VaultStatus;
}

export const EVENTS_PATH = '/gebeurtenissen';

/** The Electron transport's two channels: the API call (renderer → main) and the pushed event (main → renderer). */
export const IPC_API_CHANNEL = 'nazorg:api';
export const IPC_VAULT_STATE_CHANNEL = 'nazorg:vault-state';

export function isVaultStateEvent(v: unknown): v is VaultStateEvent {
  return typeof v === 'object' && v !== null && (v as VaultStateEvent).type === 'vault.state' && typeof (v as VaultStateEvent).status?.state === 'string';
}
