import type { ScoreDeskBridge } from '../renderer/src/api/bridge';
import { callNames } from '../shared/api/contract';

/** Sends one checked call to the main process; the preload binds it to ipcRenderer.invoke. */
export type Invoke = (name: string, input: unknown) => Promise<unknown>;

/**
 * The live feed's two ends in the preload: `listen` hears every event the main process sends,
 * `subscribe` tells it whether this page wants them.
 */
export interface LiveChannel {
  listen(handler: (event: unknown) => void): void;
  subscribe(on: boolean): void;
}

const allowed: ReadonlySet<string> = new Set(callNames);

/**
 * What the preload exposes as window.scoredesk: `call` and, for the head table's live screens,
 * `events`. Names outside the contract never reach IPC; the main process validates the input and
 * the sender again. The page gets only the events' data, never an IPC event or ipcRenderer.
 */
export function createBridge(invoke: Invoke, live?: LiveChannel): ScoreDeskBridge {
  const call = (name: unknown, input: unknown) => {
    if (typeof name !== 'string' || !allowed.has(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 100) : typeof name;
      return Promise.resolve({
        ok: false as const,
        errors: [{ code: 'error.unknownCall' as const, params: { name: shown } }],
      });
    }
    return invoke(name, input) as ReturnType<ScoreDeskBridge['call']>;
  };
  const listeners = new Set<(event: unknown) => void>();
  live?.listen((event) => {
    for (const listener of [...listeners]) listener(event);
  });
  // One subscription in the main process however many screens listen; none while none does.
  const events = (listener: unknown) => {
    if (typeof listener !== 'function' || !live) return () => {};
    const wrapped = (event: unknown) => (listener as (event: unknown) => void)(event);
    listeners.add(wrapped);
    if (listeners.size === 1) live.subscribe(true);
    return () => {
      if (!listeners.delete(wrapped)) return;
      if (listeners.size === 0) live.subscribe(false);
    };
  };
  return Object.freeze({ call, events });
}
