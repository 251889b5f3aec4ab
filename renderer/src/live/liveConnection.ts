import { LIVE_EVENTS_PATH, type LiveEvent, liveEventSchema } from '../../../shared/api/lanEvents';
import '../api/bridge';
import { hostToken } from '../api/hostToken';
import { cutEventStream } from './eventStream';
import { LiveSequence } from './liveSequence';

// One live connection for every screen of the window: in the desktop app the preload's
// events bridge, in a browser the loopback host's event stream. It reconnects by itself, and
// tells the screens to read everything again when it may have missed something: after a
// reconnection, and when an event's number is not the one after the last.

/** An event, or "read everything again" (a reconnection, a gap in the numbers). */
export type LiveSignal = { kind: 'event'; event: LiveEvent } | { kind: 'resync' };

const listeners = new Set<(signal: LiveSignal) => void>();
let stopConnection: (() => void) | null = null;
let closeTimer: ReturnType<typeof setTimeout> | null = null;
const sequence = new LiveSequence();

/** A quiet stream gets a comment every 15 s: nothing for this long means a dead connection. */
const SILENCE_MS = 40_000;
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10_000;
/** Moving from one screen to the next keeps the connection. */
const LINGER_MS = 5_000;

function deliver(signal: LiveSignal) {
  for (const listener of [...listeners]) listener(signal);
}

function connected() {
  if (sequence.connected()) deliver({ kind: 'resync' });
}

function received(raw: unknown) {
  const parsed = liveEventSchema.safeParse(raw);
  if (!parsed.success) return;
  const event = parsed.data;
  deliver(
    sequence.received(event.seq) === 'resync' ? { kind: 'resync' } : { kind: 'event', event },
  );
}

function connectBridge(events: NonNullable<NonNullable<Window['scoredesk']>['events']>) {
  connected();
  return events(received);
}

function connectHost(): () => void {
  const token = hostToken() ?? '';
  let stopped = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let delay = FIRST_RETRY_MS;

  const listen = async () => {
    controller = new AbortController();
    const abort = controller;
    let silence = setTimeout(() => abort.abort(), SILENCE_MS);
    try {
      const response = await fetch(LIVE_EVENTS_PATH.replace(/^\//, ''), {
        headers: { 'X-ScoreDesk-Token': token, Accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
        signal: abort.signal,
      });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let first = true;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        clearTimeout(silence);
        silence = setTimeout(() => abort.abort(), SILENCE_MS);
        const cut = cutEventStream(buffer + value);
        buffer = cut.rest;
        for (const block of cut.blocks) {
          if (first) {
            first = false;
            delay = FIRST_RETRY_MS;
            connected();
          }
          if (block.data !== null) received(JSON.parse(block.data));
        }
      }
    } catch {
      // A dropped connection, a host restarting, a page going: the retry below.
    } finally {
      clearTimeout(silence);
      if (!stopped) {
        retryTimer = setTimeout(listen, delay);
        delay = Math.min(delay * 2, LAST_RETRY_MS);
      }
    }
  };
  void listen();
  return () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    controller?.abort();
  };
}

/** Hears the live feed until the returned function is called. */
export function subscribeLive(listener: (signal: LiveSignal) => void): () => void {
  listeners.add(listener);
  if (closeTimer) {
    clearTimeout(closeTimer);
    closeTimer = null;
  }
  if (!stopConnection) {
    const events = window.scoredesk?.events;
    stopConnection = events
      ? connectBridge(events.bind(window.scoredesk))
      : window.scoredesk
        ? () => {}
        : connectHost();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || closeTimer) return;
    closeTimer = setTimeout(() => {
      closeTimer = null;
      if (listeners.size > 0) return;
      stopConnection?.();
      stopConnection = null;
    }, LINGER_MS);
  };
}
