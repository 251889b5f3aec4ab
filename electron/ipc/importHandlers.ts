import { applyImport, type ImportRequest, previewImport } from '../services/importService';
import type { BackendContext, Handlers } from './handlers';

type ImportCall = 'import.preview' | 'import.apply';

const request = (input: Parameters<Handlers['import.preview']>[0]): ImportRequest => ({
  kind: input.kind,
  track: input.track,
  file: { name: input.file.name, bytes: new Uint8Array(Buffer.from(input.file.base64, 'base64')) },
  mapping: input.mapping,
  removeMissing: input.removeMissing,
});

/** Roster and judge lists from Excel or CSV: preview first, then all or nothing. */
export function importHandlers({ session }: BackendContext): Pick<Handlers, ImportCall> {
  return {
    'import.preview': (input) => previewImport(session.db(), request(input)),
    'import.apply': (input) => applyImport(session.db(), request(input)),
  };
}
