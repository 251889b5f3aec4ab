import { fileNamePart } from '../../shared/formats/signedFile';
import {
  exportAllPaperSheets,
  exportPaperSheets,
  importPaperSheets,
  zipPaperSheets,
} from '../services/paperSheetService';
import { readCompetition } from '../store/competitionTable';
import type { BackendContext, Handlers } from './handlers';

type PaperSheetCall = 'paperSheets.export' | 'paperSheets.exportAll' | 'paperSheets.import';

/** Paper score sheets (Excel) out and back in. */
export function paperSheetHandlers({ session }: BackendContext): Pick<Handlers, PaperSheetCall> {
  return {
    'paperSheets.export': async ({ judgeId, track }) =>
      (await exportPaperSheets(session.db(), judgeId, track)).map((file) => ({
        fileName: file.fileName,
        base64: file.bytes.toString('base64'),
      })),
    'paperSheets.exportAll': async ({ track }) => {
      const db = session.db();
      const zip = zipPaperSheets(await exportAllPaperSheets(db, track));
      const name = fileNamePart(readCompetition(db).name);
      return {
        fileName: `${name}-纸质评分表${track ? `-${track}` : ''}.zip`,
        base64: zip.toString('base64'),
      };
    },
    'paperSheets.import': ({ files }) =>
      importPaperSheets(
        session.db(),
        files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') })),
      ),
  };
}
