import { TOKEN_HEADER } from '../../electron/host/security';
import { cutEventStream } from '../../renderer/src/live/eventStream';
import { type LiveEvent, liveEventSchema } from '../../shared/api/lanEvents';

/**
 * The head table's live feed (GET /api/events), read as its screens read it: fetch with the
 * token header, the stream cut by the page's own reader, each event checked against its schema.
 */
export async function readLiveFeed(origin: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${origin}/api/events`, {
    headers: { [TOKEN_HEADER]: token },
    signal: controller.signal,
  });
  const events: LiveEvent[] = [];
  const waiters: Array<() => void> = [];
  if (response.ok) {
    (async () => {
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let rest = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          const cut = cutEventStream(rest + decoder.decode(value, { stream: true }));
          rest = cut.rest;
          for (const { data } of cut.blocks) {
            if (data !== null) events.push(liveEventSchema.parse(JSON.parse(data)));
          }
          for (const wake of waiters.splice(0)) wake();
        }
      } catch {
        // stopped
      }
    })();
  }
  const until = async (found: (e: LiveEvent[]) => boolean) => {
    while (!found(events)) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { status: response.status, events, until, stop: () => controller.abort() };
}
