import { contextBridge, ipcRenderer } from 'electron';
import { IPC_API_CHANNEL, IPC_VAULT_STATE_CHANNEL, isVaultStateEvent, type VaultStateEvent } from '../common/api/events.js';

/**
 * The renderer's only doors to the main side: one narrow function that carries a contract method and its input,
 * and one that hears the vault's state change. ipcRenderer itself is never exposed.
 */
const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_API_CHANNEL, method, input),
  onVaultState: (cb: (e: VaultStateEvent) => void): (() => void) => {
    const listener = (_event: unknown, e: unknown) => {
      if (isVaultStateEvent(e)) cb(e);
    };
    ipcRenderer.on(IPC_VAULT_STATE_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(IPC_VAULT_STATE_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('nazorg', bridge);
