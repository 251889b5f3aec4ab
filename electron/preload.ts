import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL } from './ipc/channel';
import { createBridge } from './preloadBridge';

// Runs sandboxed and bundled into one CommonJS file (scripts/build-electron.mjs): only 'electron'
// is required at run time. The page gets window.scoredesk.call and never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'scoredesk',
  createBridge((name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input)),
);
