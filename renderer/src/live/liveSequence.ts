// When a screen may have missed an event: after a reconnection (events went out while the
// connection was down) and when an event's number is not the one after the last (the feed
// numbers its events one by one; a restarted head table starts again from 1).

export class LiveSequence {
  private last: number | null = null;
  private connectedBefore = false;

  /** A connection is up: true when it is not the first, and the screens are to read again. */
  connected(): boolean {
    this.last = null;
    const again = this.connectedBefore;
    this.connectedBefore = true;
    return again;
  }

  /** An event numbered `seq` arrived: 'resync' when some before it were missed. */
  received(seq: number): 'event' | 'resync' {
    const gap = this.last !== null && seq !== this.last + 1;
    this.last = seq;
    return gap ? 'resync' : 'event';
  }
}
