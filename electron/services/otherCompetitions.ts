import { peekStore } from '../store/storePeek';
import { listStoreFiles } from './storeFiles';

// A score file of another competition carries that competition's id only (the signed format has
// no name). When that competition's file is on this machine, the refusal can name it.

/** "name edition" of the competition with this id among the stores in `dataDir`, if any. */
export function competitionOnThisMachine(dataDir: string, id: string): string | undefined {
  for (const file of listStoreFiles(dataDir)) {
    const peeked = peekStore(file.path);
    if (peeked?.id === id) return [peeked.name, peeked.edition].filter(Boolean).join(' ');
  }
  return undefined;
}
