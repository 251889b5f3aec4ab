import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, LIVE_EVENT_CHANNEL, LIVE_SUBSCRIBE_CHANNEL } from './ipc/channel';
import { createBridge } from './preloadBridge';

// Runs sandboxed and bundled into one CommonJS file (scripts/build-electron.mjs): only 'electron'
// is required at run time. The page gets window.scoredesk.call and .events, never ipcRenderer.
contextBridge.exposeInMainWorld(
  'scoredesk',
  createBridge((name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input), {
    listen: (handler) =>
      ipcRenderer.on(LIVE_EVENT_CHANNEL, (_event, data: unknown) => handler(data)),
    subscribe: (on) => ipcRenderer.send(LIVE_SUBSCRIBE_CHANNEL, on),
  }),
);
