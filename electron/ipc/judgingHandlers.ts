import { basename } from 'node:path';
import { judgeHallOf } from '../../shared/formats/judgeHall';
import { completeness } from '../services/completenessService';
import {
  checkParsedJudgeFile,
  exportJudgeFile,
  judgeFilesStatus,
  openCheckedJudgeFile,
} from '../services/judgeFileService';
import { acceptJudgeKey, listJudgeKeys, retireJudgeKey } from '../services/judgeKeysService';
import { rememberOpenedStore } from '../services/judgeMode';
import { keepScoreFile, submitAndKeep } from '../services/keptScoreFile';
import {
  listConflicts,
  listDecidedConflicts,
  mergeHistory,
  mergeScoreFilesInWorker,
  resolveConflict,
} from '../services/mergeService';
import { competitionOnThisMachine } from '../services/otherCompetitions';
import { readSheet, setSheetScore } from '../services/sheetService';
import { STORE_EXTENSION } from '../services/storeFiles';
import { parseUntrusted } from '../workers/untrustedParser';
import type { BackendContext, Handlers } from './handlers';

type JudgingCall =
  | 'judgeFiles.export'
  | 'judgeFiles.status'
  | 'judgeKeys.list'
  | 'judgeKeys.accept'
  | 'judgeKeys.retire'
  | 'judgeFiles.open'
  | 'scoreFiles.merge'
  | 'scoreFiles.export'
  | 'completeness.get'
  | 'conflicts.list'
  | 'conflicts.resolve'
  | 'conflicts.decided'
  | 'mergeHistory.list'
  | 'sheet.get'
  | 'sheet.setScore'
  | 'sheet.submit';

/** Judge files out, the judge's sheet, score files back in. */
export function judgingHandlers({
  session,
  settings,
  vault,
  hall,
  livePush,
}: BackendContext): Pick<Handlers, JudgingCall> {
  return {
    // With the hall open, the file names it: the judge's app then pushes its marks there live.
    'judgeFiles.export': ({ judgeId }) =>
      exportJudgeFile(session.db(), judgeId, judgeHallOf(hall.status())),
    'judgeFiles.status': () => judgeFilesStatus(session.db()),
    'judgeKeys.list': () => listJudgeKeys(session.db()),
    'judgeKeys.accept': ({ judgeId, fingerprint }) => {
      acceptJudgeKey(session.db(), judgeId, fingerprint);
      return {};
    },
    'judgeKeys.retire': ({ judgeId, reason }) => {
      retireJudgeKey(session.db(), judgeId, reason);
      return {};
    },
    'judgeFiles.open': async ({ file }) => {
      // Parsed in the untrusted-file worker (size, time and memory limits); checked here.
      const parsed = await parseUntrusted('judgeFile', { text: file.content }, file.name);
      const checked = checkParsedJudgeFile(
        parsed.ok ? parsed.value : { ok: false, error: parsed.error },
      );
      // The judge's own store lives in the data folder, never on the USB stick the file came on;
      // opening it makes this window the judge's sheet (competitions.current → role 'judge').
      const path = openCheckedJudgeFile(session.dataDir, checked, vault);
      session.open(path);
      // Listed among the recent files, so the judge finds the sheet again after a restart.
      const name = basename(path, STORE_EXTENSION);
      settings.remember({ path, name, at: new Date().toISOString() });
      rememberOpenedStore(session, settings);
      // A newer judge file may name the hall for the first time.
      livePush.changed();
      return { path };
    },
    'scoreFiles.merge': ({ files }) =>
      // No competition open: session.db() says so before anything is parsed.
      mergeScoreFilesInWorker(
        session.db(),
        files.map((f) => ({ name: f.name, source: { text: f.content } })),
        undefined,
        { competitionName: (id) => competitionOnThisMachine(session.dataDir, id) },
      ),
    'scoreFiles.export': () => keepScoreFile(session.db(), session.dataDir, vault),
    'completeness.get': ({ track }) => completeness(session.db(), track),
    'conflicts.list': () => listConflicts(session.db()),
    'conflicts.resolve': ({ id, value, decidedBy, reason }) => {
      resolveConflict(session.db(), id, value, { by: decidedBy, reason });
      return {};
    },
    'conflicts.decided': () => listDecidedConflicts(session.db()),
    'mergeHistory.list': () => mergeHistory(session.db()),
    'sheet.get': () => readSheet(session.db()),
    'sheet.setScore': (input) => {
      const saved = setSheetScore(session.db(), input);
      livePush.changed();
      return saved;
    },
    'sheet.submit': () => {
      const submitted = submitAndKeep(session.db(), session.dataDir, vault);
      livePush.changed();
      return submitted;
    },
  };
}
