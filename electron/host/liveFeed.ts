import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveEvent } from '../../shared/api/lanEvents';

// The head table's live feed as server-sent events: each event one `data:` line of JSON
// (shared/api/lanEvents.ts), its `seq` as the event id, a comment every 15 s so that a quiet
// connection is not taken for a dead one. A page reads it with fetch (the token goes in a
// header, which EventSource cannot send), and reloads what it shows after a gap in `seq`.

export interface LiveFeed {
  subscribe(listener: (event: LiveEvent) => void): () => void;
  /** Whether the caller at this host may listen: the organizer's competition is open. */
  allowed(): boolean;
}

const KEEP_ALIVE_MS = 15_000;

export function serveLiveFeed(request: IncomingMessage, response: ServerResponse, feed: LiveFeed) {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  // Sent at once, so the listener knows it is connected before the first event.
  response.write('retry: 1000\n: connected\n\n');
  response.socket?.setNoDelay(true);
  const unsubscribe = feed.subscribe((event) => {
    response.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  request.on('close', stop);
  response.on('close', stop);
}
