import { postedResultsView, signedResultsFile } from '../services/signedResultsService';
import type { BackendContext, Handlers } from './handlers';

type SignedResultsCall = 'signedResults.get' | 'signedResults.export';

/** Signed publication: the posted list with its code, and the signed results file. */
export function signedResultsHandlers({
  session,
}: BackendContext): Pick<Handlers, SignedResultsCall> {
  return {
    'signedResults.get': ({ track }) => postedResultsView(session.db(), track),
    'signedResults.export': ({ track, version }) => {
      const file = signedResultsFile(session.db(), track, version);
      return { fileName: file.fileName, content: file.content, code: file.code };
    },
  };
}
