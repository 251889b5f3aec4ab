// Pairing attempts, counted per device address and overall in a sliding minute: a code cannot be
// guessed by trying, and a flood of attempts from many addresses is held back too. Kept in
// memory: a restart of the head table starts the count again, which a guesser cannot cause.

export interface LimiterOptions {
  perAddress: number;
  overall: number;
  windowMs: number;
}

/**
 * A hall of 60 devices pairs in its first minutes; a guesser gets at most 120 tries a minute
 * against at most a few dozen live codes among 31^8: about one chance in ten million in the
 * quarter of an hour a code lives.
 */
export const PAIRING_LIMITS: LimiterOptions = { perAddress: 10, overall: 120, windowMs: 60_000 };

export class PairingLimiter {
  private readonly byAddress = new Map<string, number[]>();
  private overall: number[] = [];

  constructor(private readonly options: LimiterOptions = PAIRING_LIMITS) {}

  /** Counts an attempt; refused: the seconds to wait before the next one may be tried. */
  take(address: string, now = Date.now()): { ok: true } | { ok: false; retryAfter: number } {
    const since = now - this.options.windowMs;
    this.overall = this.overall.filter((t) => t > since);
    const mine = (this.byAddress.get(address) ?? []).filter((t) => t > since);
    const full =
      mine.length >= this.options.perAddress
        ? mine
        : this.overall.length >= this.options.overall
          ? this.overall
          : null;
    if (full) {
      this.byAddress.set(address, mine);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((full[0]! - since) / 1000)) };
    }
    mine.push(now);
    this.overall.push(now);
    this.byAddress.set(address, mine);
    if (this.byAddress.size > 10_000) this.forgetQuiet(since);
    return { ok: true };
  }

  private forgetQuiet(since: number): void {
    for (const [address, times] of this.byAddress) {
      if (times.every((t) => t <= since)) this.byAddress.delete(address);
    }
  }
}
