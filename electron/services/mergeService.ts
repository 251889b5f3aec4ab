import type { MergeFileSummary } from '../../shared/api/judging';
import { AppFailure } from '../../shared/errors';
import { type PackedScoreFile, packScoreFile } from '../../shared/formats/packedScoreFile';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import { recordAudit } from '../store/auditTable';
import { changeCounter } from '../store/changeCounter';
import {
  type ConflictRow,
  markResolved,
  readConflict,
  readOpenConflicts,
} from '../store/conflictsTable';
import { type Db, inTransaction } from '../store/database';
import { recordPendingKey } from '../store/judgeKeysTable';
import { readRole } from '../store/roleTable';
import { readCell, writeCell } from '../store/scoreCellsTable';
import { snapshotBefore } from '../store/snapshots';
import { readTracks } from '../store/tracksTable';
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
): MergeFileSummary[] {
  const merge = merger(db);
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

/** Merges files one after another: the snapshot before the first that parsed, one check context. */
function merger(db: Db): (file: ParsedScoreFile) => MergeFileSummary {
  requireOrganizerStore(db);
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
    const summary = mergeOneFile(db, file, context);
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
): Promise<MergeFileSummary[]> {
  const merge = merger(db);
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
): MergeFileSummary {
  let judgeName: string | null = null;
  let newKey: NewJudgeKey | undefined;
  try {
    return inTransaction(db, () => {
      const checked = checkInContext(input.parsed, context);
      if (!checked.ok) {
        judgeName = checked.file?.judge.name ?? null;
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
    const reason = error.errors[0]!;
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

export interface ConflictView {
  id: number;
  judge: string;
  entryNo: string;
  track: string;
  criterion: string;
  revision: number;
  storedValue: number | null;
  incomingValue: number | null;
  source: string;
}

/** Conflicts still waiting for the organizer (a newer revision from the judge closes one). */
export function listConflicts(db: Db): ConflictView[] {
  return readOpenConflicts(db).map((c) => ({
    id: c.id,
    judge: c.judge,
    entryNo: c.entryNo,
    track: c.track,
    criterion: c.criterion,
    revision: c.revision,
    storedValue: c.storedValue,
    incomingValue: c.incomingValue,
    source: c.source,
  }));
}

/**
 * The organizer's decision: the cell takes `value` (null: blank) at the conflict's revision, and
 * both disagreeing files count as unchanged from now on. A newer revision from the judge, already
 * merged, is not overwritten by a decision about an older one.
 */
export function resolveConflict(db: Db, id: number, value: number | null): void {
  requireOrganizerStore(db);
  if (!readConflict(db, id)) throw AppFailure.of('merge.conflictNotFound', { id });
  snapshotBefore(db, db.name, 'conflict');
  inTransaction(db, () => {
    requireOrganizerStore(db);
    const conflict = readConflict(db, id);
    if (!conflict) throw AppFailure.of('merge.conflictNotFound', { id });
    checkRange(db, conflict, value);
    const address = {
      judgeId: conflict.judgeId,
      entryId: conflict.entryId,
      criterionId: conflict.criterionId,
    };
    const current = readCell(db, address);
    if (!current || current.revision <= conflict.revision) {
      writeCell(db, {
        ...address,
        value,
        revision: conflict.revision,
        updatedAt: new Date().toISOString(),
      });
    }
    markResolved(db, conflict, value);
    recordAudit(db, {
      action: 'conflict.resolve',
      subject: `judge:${conflict.judgeId}:entry:${conflict.entryId}:${conflict.criterion}`,
      before: { value: current?.value ?? null, revision: current?.revision ?? null },
      after: { value, revision: conflict.revision },
      reason: `conflict ${conflict.id}: ${conflict.storedValue} / ${conflict.incomingValue}`,
    });
  });
}

function checkRange(db: Db, conflict: ConflictRow, value: number | null): void {
  if (value === null) return;
  const track = readTracks(db).find((t) => t.code === conflict.track);
  const criterion = track?.segments
    .flatMap((s) => s.criteria)
    .find((c) => c.code === conflict.criterion);
  if (criterion && (value > criterion.max || value % criterion.step !== 0)) {
    throw AppFailure.of('merge.outOfRange', {
      criterion: conflict.criterion,
      no: conflict.entryNo,
      value: value / 100,
      max: criterion.max / 100,
      step: criterion.step / 100,
    });
  }
}
