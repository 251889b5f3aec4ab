import type { CallResponse } from '../../../shared/api/contract';

/** What the Electron preload exposes on window: the contract's dispatcher and the live feed. */
export interface ScoreDeskBridge {
  call(name: string, input: unknown): Promise<CallResponse<never>>;
  /**
   * The hall network's live events (shared/api/lanEvents.ts) as the main process publishes
   * them, for the head table's screens; returns the unsubscribe.
   */
  events?(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    scoredesk?: ScoreDeskBridge;
  }
}
