import { EventEmitter } from 'node:events';
import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { LIVE_EVENT_CHANNEL, LIVE_SUBSCRIBE_CHANNEL } from '../../electron/ipc/channel';
import { registerLiveEvents } from '../../electron/ipc/liveEventsIpc';
import { LiveEvents } from '../../electron/lan/liveEvents';
import { APP_ENTRY_URL } from '../../electron/navigation';

// The window's live feed over IPC: only our own page hears it, only while the organizer's
// competition is open, and a page that went hears nothing more.

function fakeContents(id: number) {
  const emitter = new EventEmitter();
  const sent: unknown[][] = [];
  let destroyed = false;
  return {
    id,
    sent,
    send: (...args: unknown[]) => sent.push(args),
    isDestroyed: () => destroyed,
    once: (name: string, listener: () => void) => emitter.once(name, listener),
    destroy: () => {
      destroyed = true;
      emitter.emit('destroyed');
    },
  };
}

function setup() {
  const bus = new LiveEvents();
  let allowed = true;
  let handler: ((event: unknown, on: unknown) => void) | null = null;
  const ipcMain = {
    on: (channel: string, listener: (event: unknown, on: unknown) => void) => {
      expect(channel).toBe(LIVE_SUBSCRIBE_CHANNEL);
      handler = listener;
    },
  } as unknown as Pick<IpcMain, 'on'>;
  registerLiveEvents(ipcMain, {
    subscribe: (listener) => bus.subscribe(listener),
    allowed: () => allowed,
  });
  const ask = (contents: ReturnType<typeof fakeContents>, on: unknown, url = APP_ENTRY_URL) =>
    handler!({ sender: contents, senderFrame: { url } }, on);
  return { bus, ask, setAllowed: (next: boolean) => (allowed = next) };
}

describe('the live feed over IPC', () => {
  it('sends each event to a listening page once, and stops when it asks or goes', () => {
    const { bus, ask } = setup();
    const page = fakeContents(1);
    ask(page, true);
    ask(page, true);
    bus.publish({ type: 'hall', open: true });
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]![0]).toBe(LIVE_EVENT_CHANNEL);
    expect(page.sent[0]![1]).toMatchObject({ type: 'hall', open: true, seq: 1 });
    ask(page, false);
    bus.publish({ type: 'hall', open: false });
    expect(page.sent).toHaveLength(1);
    const other = fakeContents(2);
    ask(other, true);
    other.destroy();
    bus.publish({ type: 'hall', open: true });
    expect(other.sent).toHaveLength(0);
    expect(bus.listenerCount).toBe(0);
  });

  it('tells nothing to a page that is not ours, nor while no organizer file is open', () => {
    const { bus, ask, setAllowed } = setup();
    const stranger = fakeContents(3);
    ask(stranger, true, 'https://evil.example/');
    const page = fakeContents(4);
    ask(page, true);
    setAllowed(false);
    bus.publish({ type: 'hall', open: true });
    expect(stranger.sent).toHaveLength(0);
    expect(page.sent).toHaveLength(0);
  });
});
