import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import ElectronStore from 'electron-store';
import { APP_SCHEME_PRIVILEGES, appHeaders, chooseAppFile, contentTypeFor } from './appProtocol';
import { createBackend } from './ipc/backend';
import type { Dispatch } from './ipc/dispatch';
import { registerLiveEvents } from './ipc/liveEventsIpc';
import { registerIpc } from './ipc/registerIpc';
import { menuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  BLOCKED_REQUEST_PATTERNS,
  isAllowedNavigation,
} from './navigation';
import { safeStorageVault } from './safeStorageVault';
import { ScreenWindow } from './screenWindow';
import { defaultSettings, SettingsStore, type StoredSettings } from './services/settings';
import { LEAVE_BUTTON, unloadPrompt } from './unloadPrompt';
import { windowOptions } from './windowOptions';
import { restoreBounds, trackWindowState, type WindowStateSettings } from './windowState';

// Must happen before 'ready': app:// gets a real origin (so 'self' in the CSP means it) and
// counts as secure, like https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // One writer per store: a second launch only brings the first window forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId('org.scoredesk.app');
  const appDir = app.getAppPath();
  const rendererDir = join(appDir, 'dist', 'renderer');

  const store = new ElectronStore<StoredSettings & WindowStateSettings>({
    defaults: defaultSettings,
    name: 'settings',
  });
  const settings = new SettingsStore(store);
  const screenWindow = new ScreenWindow({
    create: (options) => new BrowserWindow(options),
    displays: () => screen.getAllDisplays(),
    primaryId: () => screen.getPrimaryDisplay().id,
    preloadPath: join(appDir, 'dist-electron', 'preload.cjs'),
  });
  const backend = createBackend({
    dataDir: process.env.SCOREDESK_DATA_DIR ?? join(app.getPath('documents'), 'ScoreDesk'),
    settings,
    shell: 'electron',
    version: app.getVersion(),
    // safeStorage answers only once the app is ready, as it is here.
    vault: safeStorageVault(),
    // The judges' page of live scoring (现场联网评分), served on the hall address when opened.
    hallStaticDir: rendererDir,
    openScreenWindow: () => screenWindow.open(),
  });

  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(settings.read().language, { devTools, isMac: process.platform === 'darwin' }),
      ),
    );
  setMenu();

  // The menu follows the language the user picks.
  const dispatch: Dispatch = async (name, payload) => {
    const response = await backend.dispatch(name, payload);
    if (name === 'settings.update' && response.ok) setMenu();
    return response;
  };
  registerIpc(ipcMain, dispatch, (event) =>
    screenWindow.isScreenSender(event) ? backend.display.dispatch : undefined,
  );
  registerLiveEvents(ipcMain, backend.liveFeed);

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveApp(rendererDir, request));

  const bounds = restoreBounds(
    store.get('windowBounds'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    windowOptions(join(appDir, 'dist-electron', 'preload.cjs'), { bounds, devTools }),
  );
  mainWindow = window;
  if (bounds.maximized) window.maximize();
  trackWindowState(window, (saved) => store.set('windowBounds', saved));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, unloadPrompt(settings.read().language));
    if (choice === LEAVE_BUTTON) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
    screenWindow.close();
  });
  app.on('will-quit', () => {
    void backend.hall.close();
    backend.session.close();
  });
  void window.loadURL(APP_ENTRY_URL);
}

/** Serves dist/renderer only, with the CSP on every answer; see chooseAppFile for the rules. */
async function serveApp(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: appHeaders('text/plain') });
  }
  const target = chooseAppFile(rendererDir, request.url, isFile);
  if (target.status !== 200) {
    return new Response(target.status === 403 ? 'Forbidden' : 'Not found', {
      status: target.status,
      headers: appHeaders('text/plain; charset=utf-8'),
    });
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(target.path));
  return new Response(body, { status: 200, headers: appHeaders(contentTypeFor(target.path)) });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** No permission is ever granted, and nothing is fetched from the network or file://. */
function hardenSession(ses: Electron.Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

/** Every web contents (the window, devtools aside): no navigation away, no popups, no webviews. */
function hardenContents(contents: Electron.WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
