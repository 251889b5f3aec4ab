import { Session } from '../services/session';
import type { SettingsStore } from '../services/settings';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

export interface Backend {
  session: Session;
  dispatch: Dispatch;
}

/** One backend per window (Electron) or per host process: a session plus the dispatch. */
export function createBackend(options: {
  dataDir: string;
  settings: SettingsStore;
  shell: 'electron' | 'browser';
  version: string;
}): Backend {
  const session = new Session(options.dataDir);
  const handlers = createHandlers({ ...options, session });
  return { session, dispatch: createDispatch(handlers) };
}
