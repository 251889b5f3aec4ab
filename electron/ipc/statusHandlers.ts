import { statusBoard, versionHistory } from '../services/trackStatusService';
import type { BackendContext, Handlers } from './handlers';

type StatusCall = 'status.board' | 'results.history';

/** The overview's status board and each track's version history. */
export function statusHandlers({ session }: BackendContext): Pick<Handlers, StatusCall> {
  return {
    'status.board': () => statusBoard(session.db()),
    'results.history': ({ track }) => versionHistory(session.db(), track),
  };
}
