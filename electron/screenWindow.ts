import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Display,
  IpcMainInvokeEvent,
} from 'electron';
import { APP_ORIGIN } from './navigation';
import { windowOptions } from './windowOptions';

// The big screen (亮分屏) in the desktop app: a second window of the app's own page screen.html,
// full screen on a second display when there is one (else a window on the first, for a
// rehearsal). Its calls go to the display dispatch, whatever the head table's window holds:
// the screen's web contents are told apart by their id (isScreenSender).

export const SCREEN_URL = `${APP_ORIGIN}/screen.html`;

type Rect = Display['bounds'];

/** Where the screen goes: the first display that is not the primary one, full screen. */
export function screenPlacement(
  displays: ReadonlyArray<Pick<Display, 'id' | 'bounds'>>,
  primaryId: number,
): { bounds: Rect; fullScreen: boolean } {
  const second = displays.find((d) => d.id !== primaryId);
  if (second) return { bounds: second.bounds, fullScreen: true };
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const area = primary?.bounds ?? { x: 0, y: 0, width: 1280, height: 720 };
  // One display: a window of 1280×720 (or smaller) the operator can drag to the projector.
  const width = Math.min(1280, area.width);
  const height = Math.min(720, area.height);
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
  };
}

/** The window's options: the same hardened web preferences as the head table's window. */
export function screenWindowOptions(
  preloadPath: string,
  placement: ReturnType<typeof screenPlacement>,
): BrowserWindowConstructorOptions {
  const base = windowOptions(preloadPath, { bounds: { ...placement.bounds, maximized: false } });
  return {
    ...base,
    minWidth: 640,
    minHeight: 360,
    title: '亮分屏 ScoreDesk',
    backgroundColor: '#000000',
    fullscreen: placement.fullScreen,
    autoHideMenuBar: true,
  };
}

export interface ScreenWindowDeps {
  create(options: BrowserWindowConstructorOptions): BrowserWindow;
  displays(): ReadonlyArray<Pick<Display, 'id' | 'bounds'>>;
  primaryId(): number;
  preloadPath: string;
}

/** One screen window at a time: opening again brings it forward (and back to its display). */
export class ScreenWindow {
  private window: BrowserWindow | null = null;

  constructor(private readonly deps: ScreenWindowDeps) {}

  open(): void {
    const placement = screenPlacement(this.deps.displays(), this.deps.primaryId());
    if (this.window && !this.window.isDestroyed()) {
      this.window.setBounds(placement.bounds);
      if (placement.fullScreen) this.window.setFullScreen(true);
      this.window.show();
      return;
    }
    const window = this.deps.create(screenWindowOptions(this.deps.preloadPath, placement));
    this.window = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      this.window = null;
    });
    void window.loadURL(SCREEN_URL);
  }

  /** Whether a call comes from the screen's window: it is answered as the display role. */
  isScreenSender(event: Pick<IpcMainInvokeEvent, 'sender'>): boolean {
    const window = this.window;
    return window !== null && !window.isDestroyed() && event.sender.id === window.webContents.id;
  }

  close(): void {
    if (this.window && !this.window.isDestroyed()) this.window.close();
  }
}
