// The big screen's window in the desktop app, without Electron: the module takes its
// BrowserWindow maker and displays as arguments (type imports of 'electron' only).
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { registerIpc } from '../../electron/ipc/registerIpc';
import {
  SCREEN_URL,
  ScreenWindow,
  screenPlacement,
  screenWindowOptions,
} from '../../electron/screenWindow';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

function fakeWindow(id: number) {
  const handlers: Record<string, () => void> = {};
  const calls: string[] = [];
  const window = {
    webContents: { id },
    isDestroyed: () => false,
    once: (event: string, fn: () => void) => {
      handlers[event] = fn;
    },
    on: (event: string, fn: () => void) => {
      handlers[event] = fn;
    },
    loadURL: async (url: string) => {
      calls.push(`load ${url}`);
    },
    show: () => calls.push('show'),
    setBounds: () => calls.push('setBounds'),
    setFullScreen: (on: boolean) => calls.push(`fullScreen ${on}`),
    close: () => handlers.closed?.(),
  };
  return { window: window as unknown as BrowserWindow, calls, handlers };
}

describe('the big screen’s window', () => {
  it('goes full screen on the display that is not the laptop’s', () => {
    expect(screenPlacement([laptop, projector], 1)).toEqual({
      bounds: projector.bounds,
      fullScreen: true,
    });
    // One display (a rehearsal): a 1280×720 window in its middle, to drag to a projector.
    expect(screenPlacement([laptop], 1)).toEqual({
      bounds: { x: 43, y: 24, width: 1280, height: 720 },
      fullScreen: false,
    });
  });

  it('is as locked down as the head table’s window', () => {
    const options = screenWindowOptions(
      '/app/preload.cjs',
      screenPlacement([laptop, projector], 1),
    );
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('opens once, and only its own calls go to the display dispatch', async () => {
    const made: ReturnType<typeof fakeWindow>[] = [];
    const screenWindow = new ScreenWindow({
      create: () => {
        made.push(fakeWindow(7));
        return made.at(-1)!.window;
      },
      displays: () => [laptop, projector],
      primaryId: () => 1,
      preloadPath: '/app/preload.cjs',
    });
    screenWindow.open();
    screenWindow.open();
    expect(made).toHaveLength(1);
    expect(made[0]!.calls).toEqual([`load ${SCREEN_URL}`, 'setBounds', 'fullScreen true', 'show']);

    let handler: ((event: IpcMainInvokeEvent, name: unknown, payload: unknown) => unknown) | null =
      null;
    const seen: string[] = [];
    const named =
      (who: string): Dispatch =>
      async (name) => {
        seen.push(`${who} ${name}`);
        return { ok: true, value: {} as never };
      };
    registerIpc(
      { handle: (_channel, fn) => (handler = fn as typeof handler) },
      named('window'),
      (event) => (screenWindow.isScreenSender(event) ? named('display') : undefined),
    );
    const from = (id: number) =>
      ({
        sender: { id },
        senderFrame: { url: 'app://scoredesk/screen.html' },
      }) as unknown as IpcMainInvokeEvent;
    await handler!(from(7), 'screen.view', {});
    await handler!(from(3), 'results.get', {});
    expect(seen).toEqual(['display screen.view', 'window results.get']);
    // Closed, its web contents id is nobody's.
    made[0]!.handlers.closed?.();
    await handler!(from(7), 'screen.view', {});
    expect(seen.at(-1)).toBe('window screen.view');
  });
});
