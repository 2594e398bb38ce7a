import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the main side: one narrow function that carries a contract method
 * and its input. ipcRenderer itself is never exposed.
 */
const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('nazorg:api', method, input),
};

contextBridge.exposeInMainWorld('nazorg', bridge);
