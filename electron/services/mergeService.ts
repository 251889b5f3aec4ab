import type { MergeFileSummary } from '../../shared/api/judging';
import { AppFailure } from '../../shared/errors';
import { parseScoreFile, type ScoreFile } from '../../shared/formats/scoreFile';
import type { ParseOutcome } from '../../shared/formats/signedFile';
import { type Cell, decideFile, type MergeCounts } from '../../shared/merge/mergeDecisions';
import { recordAudit } from '../store/auditTable';
import {
  type ConflictRow,
  insertConflict,
  markResolved,
  readConflict,
  readOpenConflicts,
  resolvedConflictKeys,
} from '../store/conflictsTable';
import { type Db, inTransaction } from '../store/database';
import { readRole } from '../store/roleTable';
import { readCell, readJudgeCells, writeCell } from '../store/scoreCellsTable';
import { readTracks } from '../store/tracksTable';
import type { JobSource } from '../workers/untrustedTasks';
import { snapshotBefore } from './backupService';
import { type CheckedCell, checkParsedScoreFile } from './scoreFileCheck';
import { sha256Hex } from './signing';
import { parseUntrustedBatch, type WorkerLimits } from './untrustedParser';

// Organizer: the judges' score files in. Each file is all or nothing; the same file twice, or an
// older one after a newer one, changes nothing; a real conflict is recorded and never guessed.

const ACTOR = 'organizer';

function requireOrganizerStore(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('merge.notOrganizerStore');
}

export function mergeScoreFiles(
  db: Db,
  files: ReadonlyArray<{ name: string; content: string }>,
): MergeFileSummary[] {
  return mergeParsedScoreFiles(
    db,
    files.map((file) => ({
      name: file.name,
      hash: sha256Hex(file.content),
      parsed: parseScoreFile(file.content),
    })),
  );
}

/** A score file as the untrusted-file worker hands it back: parsed, or the reason it is not. */
export interface ParsedScoreFile {
  name: string;
  /** SHA-256 of the file's text, recorded with the merge. */
  hash: string;
  parsed: ParseOutcome<ScoreFile>;
}

/**
 * Merges files parsed already (`parseScoreFilesInWorker`). A snapshot of the store is taken
 * first (`<store>.backups/`), so a merge can always be undone.
 */
export function mergeParsedScoreFiles(
  db: Db,
  files: ReadonlyArray<ParsedScoreFile>,
): MergeFileSummary[] {
  requireOrganizerStore(db);
  if (files.some((file) => file.parsed.ok)) snapshotBefore(db, db.name, 'merge');
  return files.map((file) => mergeOneFile(db, file));
}

/** Parses score files in the untrusted-file worker: by path (CLI) or as text (IPC). */
export async function parseScoreFilesInWorker(
  files: ReadonlyArray<{ name: string; source: JobSource }>,
  limits?: WorkerLimits,
): Promise<ParsedScoreFile[]> {
  const results = await parseUntrustedBatch('scoreFile', files, limits);
  return results.map((result, i) => ({
    name: files[i]!.name,
    hash: result.ok ? result.hash : '',
    parsed: result.ok ? result.value : { ok: false, error: result.error },
  }));
}

function mergeOneFile(db: Db, input: ParsedScoreFile): MergeFileSummary {
  let judgeName: string | null = null;
  try {
    return inTransaction(db, () => {
      const checked = checkParsedScoreFile(input.parsed, db);
      if (!checked.ok) {
        judgeName = checked.file?.judge.name ?? null;
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

/** Verified cells of one judge, from a score file or a paper score sheet. */
export interface VerifiedScores {
  /** The file's name, for the record, conflicts and the audit. */
  name: string;
  judge: { id: number; name: string };
  cells: CheckedCell[];
  /** Recorded in merged_files. */
  fileHash: string;
  submittedAt: string;
}

/**
 * Decides and writes already-verified cells, exactly as a score file is merged (same decisions,
 * conflicts, record and audit). Call inside the caller's transaction.
 */
export function mergeVerifiedCells(db: Db, input: VerifiedScores): MergeCounts {
  const { judge } = input;
  const stored = new Map<string, Cell>(
    readJudgeCells(db, judge.id).map((c) => [
      `${c.entryId}:${c.criterion}`,
      { value: c.value, revision: c.revision },
    ]),
  );
  const { decisions, counts } = decideFile(stored, input.cells, resolvedConflictKeys(db, judge.id));
  const changes: unknown[] = [];
  // Cells written by this loop: for the others, `stored` is the store's state (see writeCell).
  const written = new Set<string>();
  for (const { cell, decision } of decisions) {
    const address = { judgeId: judge.id, entryId: cell.entryId, criterionId: cell.criterionId };
    const before = stored.get(cell.key);
    if (decision === 'apply') {
      writeCell(
        db,
        { ...address, value: cell.value, revision: cell.revision, updatedAt: cell.updatedAt },
        written.has(cell.key) ? undefined : { known: true, cell: before },
      );
      written.add(cell.key);
      changes.push({
        entry: cell.entryNo,
        criterion: cell.criterion,
        before: before?.value ?? null,
        after: cell.value,
        revision: cell.revision,
      });
    } else if (decision === 'conflict') {
      insertConflict(db, {
        ...address,
        revision: cell.revision,
        storedValue: before?.value ?? null,
        incomingValue: cell.value,
        source: input.name,
      });
    }
  }
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO merged_files (judge_id, file_hash, file_name, submitted_at, merged_at, applied,
       unchanged, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    judge.id,
    input.fileHash,
    input.name,
    input.submittedAt,
    now,
    counts.applied,
    counts.unchanged + counts.older,
    counts.conflicts,
  );
  if (counts.applied > 0) {
    recordAudit(db, {
      actor: ACTOR,
      action: 'scores.merge',
      subject: `judge:${judge.id}`,
      before: null,
      after: { file: input.name, ...counts, changes },
    });
  }
  return counts;
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
      actor: ACTOR,
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
