import type { MergeFileSummary } from '../../shared/api/judging';
import { AppFailure } from '../../shared/errors';
import { type Cell, decideFile } from '../../shared/merge/mergeDecisions';
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
import { checkScoreFile } from './scoreFileCheck';
import { sha256Hex } from './signing';

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
  requireOrganizerStore(db);
  return files.map((file) => mergeOneFile(db, file));
}

function mergeOneFile(db: Db, input: { name: string; content: string }): MergeFileSummary {
  let judgeName: string | null = null;
  try {
    return inTransaction(db, () => {
      const checked = checkScoreFile(input.content, db);
      if (!checked.ok) {
        judgeName = checked.file?.judge.name ?? null;
        throw new AppFailure([checked.error]);
      }
      const judge = checked.judge!;
      judgeName = judge.name;
      const stored = new Map<string, Cell>(
        readJudgeCells(db, judge.id).map((c) => [
          `${c.entryId}:${c.criterion}`,
          { value: c.value, revision: c.revision },
        ]),
      );
      const { decisions, counts } = decideFile(
        stored,
        checked.cells,
        resolvedConflictKeys(db, judge.id),
      );
      const changes: unknown[] = [];
      for (const { cell, decision } of decisions) {
        const address = { judgeId: judge.id, entryId: cell.entryId, criterionId: cell.criterionId };
        const before = stored.get(cell.key);
        if (decision === 'apply') {
          writeCell(db, {
            ...address,
            value: cell.value,
            revision: cell.revision,
            updatedAt: cell.updatedAt,
          });
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
        sha256Hex(input.content),
        input.name,
        checked.file.submittedAt ?? '',
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
