import type { MergeFileSummary } from '../../shared/api/judging';
import { type AppError, AppFailure } from '../../shared/errors';
import { type PackedScoreFile, packScoreFile } from '../../shared/formats/packedScoreFile';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import {
  competitionInFileName,
  mergeOutcome,
  type Refusal,
  wrongFileKind,
} from '../../shared/merge/mergeOutcome';
import { changeCounter } from '../store/changeCounter';
import { type Db, inTransaction } from '../store/database';
import { recordPendingKey } from '../store/judgeKeysTable';
import {
  type MergeHistoryLine,
  nextMergeBatch,
  readMergeHistory,
  recordMergeHistory,
} from '../store/mergeHistoryTable';
import { readRole } from '../store/roleTable';
import { snapshotBefore } from '../store/snapshots';
import {
  UntrustedParser,
  type UntrustedResult,
  type WorkerLimits,
} from '../workers/untrustedParser';
import type { JobSource } from '../workers/untrustedTasks';
import { checkInContext, type NewJudgeKey } from './scoreFileCheck';
import { type ScoreFileCheckContext, scoreFileCheckContext } from './scoreFileCheckContext';
import { sha256Hex } from './signing';
import { mergeVerifiedCells } from './verifiedCells';

// Organizer: the judges' score files in. Each file is all or nothing; the same file twice, or an
// older one after a newer one, changes nothing; a real conflict is recorded and never guessed.

function requireOrganizerStore(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('merge.notOrganizerStore');
}

/**
 * Score files given as text, merged on this thread: each is parsed when its turn comes and let go
 * after its merge, each in its own transaction (60 files parsed up front held 2 GB).
 */
export function mergeScoreFiles(
  db: Db,
  files: ReadonlyArray<{ name: string; content: string }>,
  options: MergeOptions = {},
): MergeFileSummary[] {
  const merge = merger(db, options);
  return files.map(({ name, content }) =>
    merge({ name, hash: sha256Hex(content), parsed: packScoreFile(parseScoreFile(content)) }),
  );
}

/** A score file as the untrusted-file worker hands it back: parsed, or the reason it is not. */
export interface ParsedScoreFile {
  name: string;
  /** SHA-256 of the file (of its text's UTF-8 when given as text), recorded with the merge. */
  hash: string;
  parsed: PackedScoreFile;
}

export interface MergeOptions {
  /**
   * The name (and edition) of another competition known on this machine, by its id: a score file
   * of another competition is refused naming that competition, not its id.
   */
  competitionName?: (id: string) => string | undefined;
}

/**
 * Merges files one after another: the snapshot before the first that parsed, one check context,
 * and each file's outcome kept in the merge history under one batch.
 */
function merger(db: Db, options: MergeOptions): (file: ParsedScoreFile) => MergeFileSummary {
  requireOrganizerStore(db);
  const batch = nextMergeBatch(db);
  const mergedAt = new Date().toISOString();
  let context = scoreFileCheckContext(db);
  let snapshotTaken = false;
  // Writes by this connection since the context was read: when a file waits for the worker,
  // another call may change the roster or the panels, and the context must be read again.
  const changes = changeCounter(db);
  let seen = changes();
  return (file) => {
    if (changes() !== seen) context = scoreFileCheckContext(db);
    if (file.parsed.ok && !snapshotTaken) {
      snapshotBefore(db, db.name, 'merge');
      snapshotTaken = true;
    }
    const summary = mergeOneFile(db, file, context, options);
    recordMergeHistory(db, {
      batch,
      mergedAt,
      fileName: summary.name,
      judge: summary.judge,
      outcome: mergeOutcome({ ...summary, refused: summary.status === 'refused' }),
      applied: summary.applied,
      unchanged: summary.unchanged,
      older: summary.older,
      conflicts: summary.conflicts,
      reason: summary.reason,
    });
    seen = changes();
    return summary;
  };
}

/**
 * The app's merge (screen and command line): each file is read and parsed in the untrusted-file
 * worker while the one before it is merged here, so parsing and hashing run on the other core
 * and one parsed file at a time is held, not all sixty.
 */
export async function mergeScoreFilesInWorker(
  db: Db,
  files: ReadonlyArray<{ name: string; source: JobSource }>,
  limits?: WorkerLimits,
  options: MergeOptions = {},
): Promise<MergeFileSummary[]> {
  const merge = merger(db, options);
  const parser = new UntrustedParser(limits);
  const parse = async ({ name, source }: (typeof files)[number]) =>
    parsedFile(name, await parser.run('scoreFile', source, name));
  try {
    const summaries: MergeFileSummary[] = [];
    let next = files[0] && parse(files[0]);
    for (let i = 0; next; i++) {
      const file = await next;
      next = files[i + 1] && parse(files[i + 1]!);
      summaries.push(merge(file));
    }
    return summaries;
  } finally {
    await parser.close();
  }
}

function parsedFile(name: string, result: UntrustedResult<'scoreFile'>): ParsedScoreFile {
  return {
    name,
    hash: result.ok ? result.hash : '',
    parsed: result.ok ? result.value : { ok: false, error: result.error },
  };
}

function mergeOneFile(
  db: Db,
  input: ParsedScoreFile,
  context: ScoreFileCheckContext,
  options: MergeOptions,
): MergeFileSummary {
  let judgeName: string | null = null;
  let newKey: NewJudgeKey | undefined;
  let foreignId: string | undefined;
  try {
    return inTransaction(db, () => {
      const checked = checkInContext(input.parsed, context);
      if (!checked.ok) {
        judgeName = checked.file?.judge.name ?? null;
        foreignId = checked.file?.competitionId;
        newKey = checked.newKey;
        throw new AppFailure([checked.error]);
      }
      const judge = checked.judge!;
      judgeName = judge.name;
      const counts = mergeVerifiedCells(db, {
        name: input.name,
        judge,
        cells: checked.cells,
        fileHash: input.hash,
        submittedAt: checked.file.submittedAt ?? '',
        distinct: true,
      });
      return {
        name: input.name,
        judge: judge.name,
        status: counts.applied > 0 ? 'applied' : 'unchanged',
        ...counts,
        reason: null,
      } satisfies MergeFileSummary;
    });
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // A key seen for the first time is listed for the head table to compare and accept; the file
    // itself waits, and merges when given again.
    const key = newKey as NewJudgeKey | undefined;
    if (key) recordPendingKey(db, key.judgeId, key.publicKey, key.epoch);
    const reason = inUsersWords(error.errors[0]!, {
      fileName: input.name,
      judge: judgeName,
      competition: foreignId && options.competitionName?.(foreignId),
    });
    return {
      name: input.name,
      judge: judgeName,
      status: 'refused',
      applied: 0,
      unchanged: 0,
      older: 0,
      conflicts: 0,
      reason: { code: reason.code, ...(reason.params ? { params: reason.params } : {}) },
    };
  }
}

/**
 * A refusal as the organizer reads it: a judge file named as one, another competition by its name
 * (as this machine knows it, or as the file's name says), never by its id.
 */
function inUsersWords(
  error: AppError,
  file: { fileName: string; judge: string | null; competition: string | undefined },
): Refusal {
  if (error.code === 'merge.otherCompetition') {
    const judge = file.judge ?? '';
    if (file.competition) {
      return {
        code: 'merge.otherCompetitionKnown',
        params: { competition: file.competition, judge },
      };
    }
    const named = competitionInFileName(file.fileName);
    if (named)
      return { code: 'merge.otherCompetitionNamed', params: { competition: named, judge } };
    return { code: 'merge.otherCompetitionUnknown', params: { judge } };
  }
  return wrongFileKind(error.params ? { code: error.code, params: error.params } : error);
}

/** What the merge page shows of earlier merges, newest first. */
export function mergeHistory(db: Db): MergeHistoryLine[] {
  return readMergeHistory(db);
}

export {
  type ConflictView,
  type DecidedConflictView,
  listConflicts,
  listDecidedConflicts,
  resolveConflict,
} from './conflictService';
