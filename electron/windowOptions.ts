import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type RestoredBounds } from './windowState';

/**
 * The one window's options. Everything security-relevant is spelled out rather than left to
 * Electron's defaults: isolated, sandboxed renderer without Node, same-origin policy on, no
 * <webview>, no drag-and-drop navigation, and devtools only in development.
 */
export function windowOptions(
  preloadPath: string,
  options: { bounds?: RestoredBounds; devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  const { maximized: _maximized, ...bounds } = options.bounds ?? {
    ...DEFAULT_SIZE,
    maximized: false,
  };
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '评分台 ScoreDesk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools ?? false,
    },
  };
}
