import type { CallResponse } from '../../../shared/api/contract';

/** What the Electron preload exposes on window: one function, the contract's dispatcher. */
export interface ScoreDeskBridge {
  call(name: string, input: unknown): Promise<CallResponse<never>>;
}

declare global {
  interface Window {
    scoredesk?: ScoreDeskBridge;
  }
}
