import type { LiveEvent, LiveEventBody } from '../../shared/api/lanEvents';

// The head table's live feed: what the hall network changed, for the screens to refresh by
// themselves (served as server-sent events by the loopback host). Published only after the
// change is committed, so a screen that reloads on an event reads it.

export class LiveEvents {
  private seq = 0;
  private readonly listeners = new Set<(event: LiveEvent) => void>();

  publish(body: LiveEventBody): LiveEvent {
    const event = { ...body, seq: ++this.seq, at: new Date().toISOString() } as LiveEvent;
    for (const listener of this.listeners) listener(event);
    return event;
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
