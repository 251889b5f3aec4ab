import type { ScoreDeskBridge } from '../renderer/src/api/bridge';
import { callNames } from '../shared/api/contract';

/** Sends one checked call to the main process; the preload binds it to ipcRenderer.invoke. */
export type Invoke = (name: string, input: unknown) => Promise<unknown>;

const allowed: ReadonlySet<string> = new Set(callNames);

/**
 * What the preload exposes as window.scoredesk: one function and nothing else. Names outside the
 * contract never reach IPC; the main process validates the input and the sender again.
 */
export function createBridge(invoke: Invoke): ScoreDeskBridge {
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
  return Object.freeze({ call });
}
