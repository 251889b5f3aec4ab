import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import type { LiveFeed } from '../host/liveFeed';
import { LIVE_EVENT_CHANNEL, LIVE_SUBSCRIBE_CHANNEL } from './channel';
import { isTrustedSender } from './registerIpc';

/**
 * The hall's live events for the window, as the loopback host serves them to a browser
 * (GET /api/events): only to our own app:// page, and only while the organizer's competition is
 * open there. One subscription per web contents, ended when the page stops listening or goes.
 */
export function registerLiveEvents(ipcMain: Pick<IpcMain, 'on'>, feed: LiveFeed): void {
  const listening = new Map<number, () => void>();

  const stop = (id: number) => {
    listening.get(id)?.();
    listening.delete(id);
  };

  const start = (contents: WebContents) => {
    if (listening.has(contents.id)) return;
    const id = contents.id;
    const unsubscribe = feed.subscribe((event) => {
      if (contents.isDestroyed()) return stop(id);
      if (feed.allowed()) contents.send(LIVE_EVENT_CHANNEL, event);
    });
    listening.set(id, unsubscribe);
    contents.once('destroyed', () => stop(id));
  };

  ipcMain.on(LIVE_SUBSCRIBE_CHANNEL, (event: IpcMainEvent, on: unknown) => {
    if (!isTrustedSender(event)) return;
    if (on === true) start(event.sender);
    else stop(event.sender.id);
  });
}
