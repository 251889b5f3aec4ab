import { type AppError, AppFailure } from '../../shared/errors';
import type { JudgeFile } from '../../shared/formats/judgeFile';
import { RESULTS_FILE_FORMAT } from '../../shared/formats/resultsFile';
import {
  SCORE_FILE_EXTENSION,
  SCORE_FILE_FORMAT,
  SCORE_FILE_VERSION,
  type ScoreFile,
} from '../../shared/formats/scoreFile';
import {
  encodeSignedFile,
  fileNamePart,
  type ParseOutcome,
  signedPayload,
} from '../../shared/formats/signedFile';
import { translate } from '../../shared/i18n/catalog';
import { readCompetition, readCompetitionKeys } from '../store/competitionTable';
import type { Db } from '../store/database';
import { readJudgeIdentity, recusedEntryIds } from '../store/judgePanelsRead';
import { removedEntryIds } from '../store/judgeStore';
import { readOwnKey } from '../store/ownKeyTable';
import { countScoreFileExport, readRole } from '../store/roleTable';
import { readJudgeCells } from '../store/scoreCellsTable';
import { classifyTravellingFile, type TravellingFile } from '../workers/untrustedTasks';
import { checkParsedJudgeFile } from './judgeFileService';
import { type KeyVault, unsealedVault } from './keyVault';
import { checkParsedScoreFile } from './scoreFileCheck';
import { keyFingerprint, signWith } from './signing';

// Judge → organizer: the score file out of the judge's store, and a check of any travelling file.

/**
 * Judge: every cell touched, cleared ones included (value null), signed with the key pair made on
 * this device, whose public half the file carries.
 */
export function exportScoreFile(
  db: Db,
  vault: KeyVault = unsealedVault,
): { fileName: string; content: string } {
  const { file, content } = signedScoreFile(db, vault);
  const competition = readCompetition(db);
  // The time to the second and the count of exports keep successive files apart on a USB stick:
  // two exports in the same minute must not overwrite each other there.
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const count = countScoreFileExport(db);
  return {
    fileName: `${fileNamePart(competition.name)} - ${fileNamePart(translate('zh-CN', 'fileName.unseatedJudge', { name: file.judge.name }))} - ${stamp}-${count}${SCORE_FILE_EXTENSION}`,
    content,
  };
}

/**
 * The judge's signed score file as text, counting no export: the document a USB stick carries
 * and the one the app pushes live to the hall (livePush.ts) are this same one.
 */
export function signedScoreFile(
  db: Db,
  vault: KeyVault = unsealedVault,
): { file: ScoreFile; content: string } {
  const role = readRole(db);
  if (role.role !== 'judge' || role.judgeId === null) throw AppFailure.of('sheet.notJudgeStore');
  const judge = readJudgeIdentity(db, role.judgeId)!;
  const own = readOwnKey(db);
  if (!own) throw AppFailure.of('sheet.noOwnKey');
  if (own.sealing !== vault.sealing) throw AppFailure.of('sheet.keyElsewhere');
  const competition = readCompetition(db);
  const removed = removedEntryIds(db);
  const recused = recusedEntryIds(db, judge.id);
  const unsigned: Omit<ScoreFile, 'signature'> = {
    format: SCORE_FILE_FORMAT,
    version: SCORE_FILE_VERSION,
    competitionId: competition.id,
    rubricFingerprint: role.rubricFingerprint,
    judge: { id: judge.id, name: judge.name, keyEpoch: own.epoch, publicKey: own.publicKey },
    submissions: role.submissions,
    submittedAt: role.submittedAt,
    // An entry the newest judge file no longer lists, or marks the judge recused from, keeps
    // its marks here, but they would only be refused at the head table (a recused mark refuses
    // the whole file): the organizer has removed the entry, or recused the judge after a mark.
    scores: readJudgeCells(db, judge.id)
      .filter((cell) => !removed.has(cell.entryId) && !recused.has(cell.entryId))
      .map((cell) => ({
        entryId: cell.entryId,
        entryNo: cell.entryNo,
        track: cell.track,
        criterion: cell.criterion,
        value: cell.value,
        revision: cell.revision,
        updatedAt: cell.updatedAt,
      })),
  };
  const signature = signWith(vault.open(own.sealedPrivateKey), signedPayload(unsigned));
  const file: ScoreFile = { ...unsigned, signature };
  return { file, content: encodeSignedFile(file) };
}

export interface FileCheck {
  kind: 'judge' | 'score' | null;
  competitionId: string | null;
  /** Known from a judge file, or from the store the file was checked against. */
  competitionName: string | null;
  judge: { id: number; name: string } | null;
  tracks: string[];
  /** Entries of a judge file, cells of a score file. */
  count: number;
  submissions: number | null;
  /** True only when the signature was checked and holds. */
  signatureOk: boolean;
  /** Of the key that signed a score file, or the competition's for a judge file. */
  fingerprint: string | null;
  /** Why the file is not intact or does not belong to the store; null when all is well. */
  problem: AppError | null;
}

/**
 * Is this file intact, and whose is it? A judge file carries its key and checks on its own; a
 * score file needs the judge's key, so it is fully checked only against a store (organizer's or
 * the judge's own) — without one, `signatureOk` stays false and `problem` is null.
 */
export function verifyFile(content: string, db?: Db): FileCheck {
  const unknown: FileCheck = {
    kind: null,
    competitionId: null,
    competitionName: null,
    judge: null,
    tracks: [],
    count: 0,
    submissions: null,
    signatureOk: false,
    fingerprint: null,
    problem: null,
  };
  return verifyParsedFile(classifyTravellingFile(content), db, unknown);
}

/** As verifyFile, for a file parsed in the untrusted-file worker (`travellingFile` task). */
export function verifyParsedFile(
  parsed: TravellingFile,
  db?: Db,
  unknown: FileCheck = {
    kind: null,
    competitionId: null,
    competitionName: null,
    judge: null,
    tracks: [],
    count: 0,
    submissions: null,
    signatureOk: false,
    fingerprint: null,
    problem: null,
  },
): FileCheck {
  try {
    if (parsed.kind === 'judge') return verifyJudgeFile(parsed.outcome, db);
    if (parsed.kind === 'score') return verifyScoreFile(parsed.outcome, db);
  } catch (error) {
    if (error instanceof AppFailure) return { ...unknown, problem: error.errors[0]! };
    throw error;
  }
  // A results file is checked by checkResultsFile (`scoredesk verify` sends it there).
  if (parsed.kind === 'results') {
    return {
      ...unknown,
      problem: { code: 'scoreFile.wrongFormat', params: { found: RESULTS_FILE_FORMAT } },
    };
  }
  return { ...unknown, problem: parsed.error };
}

function verifyJudgeFile(outcome: ParseOutcome<JudgeFile>, db?: Db): FileCheck {
  const file = checkParsedJudgeFile(outcome);
  const check: FileCheck = {
    kind: 'judge',
    competitionId: file.competition.id,
    competitionName: file.competition.name,
    judge: { id: file.judge.id, name: file.judge.name },
    tracks: file.tracks.map((t) => t.code),
    count: file.entries.length,
    submissions: null,
    signatureOk: true,
    fingerprint: keyFingerprint(file.competition.publicKey),
    problem: null,
  };
  if (!db) return check;
  if (readCompetition(db).id !== file.competition.id) {
    return {
      ...check,
      problem: { code: 'merge.otherCompetition', params: { found: file.competition.id } },
    };
  }
  // A judge file is the organizer's only if the competition's own key signed it.
  const { publicKey } = readCompetitionKeys(db);
  if (publicKey !== file.competition.publicKey) {
    return {
      ...check,
      signatureOk: false,
      problem: {
        code: 'judgeFile.keyMismatch',
        params: { judge: file.judge.name, found: keyFingerprint(file.competition.publicKey) },
      },
    };
  }
  return check;
}

function verifyScoreFile(parsed: ParseOutcome<ScoreFile>, db?: Db): FileCheck {
  const outcome = checkParsedScoreFile(parsed, db ?? null);
  if (!outcome.ok && !outcome.file) throw new AppFailure([outcome.error]);
  const file = outcome.file!;
  // The file itself was readable (it has a head), so it parsed: its cells are in `parsed`.
  const scores = parsed.ok ? parsed.file.scores : [];
  return {
    kind: 'score',
    competitionId: file.competitionId,
    competitionName:
      db && readCompetition(db).id === file.competitionId ? readCompetition(db).name : null,
    judge: file.judge,
    tracks: [...new Set(scores.map((s) => s.track))],
    count: scores.length,
    submissions: file.submissions,
    signatureOk: outcome.ok && db !== undefined,
    fingerprint: keyFingerprint(file.judge.publicKey),
    problem: outcome.ok ? null : outcome.error,
  };
}
