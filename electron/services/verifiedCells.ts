import { type Cell, decideFile, type MergeCounts } from '../../shared/merge/mergeDecisions';
import { recordAudit } from '../store/auditTable';
import { insertConflict, resolvedConflictKeys } from '../store/conflictsTable';
import type { Db } from '../store/database';
import { lastChangingFile, recordMergedFile } from '../store/mergedFilesTable';
import { insertNewCells, readJudgeCells, writeCell } from '../store/scoreCellsTable';
import type { CheckedCell } from './scoreFileCheck';

// One judge's verified cells into the store, by the merge rules (shared/merge/mergeDecisions.ts):
// the writes, the conflict records, the record of the file and its audit entry. A score file
// (mergeService.ts) and a paper score sheet (paperSheetService.ts) both end here.

/** Verified cells of one judge, from a score file or a paper score sheet. */
export interface VerifiedScores {
  /** The file's name, for the record, conflicts and the audit. */
  name: string;
  judge: { id: number; name: string };
  cells: CheckedCell[];
  /** Recorded in merged_files. */
  fileHash: string;
  submittedAt: string;
  /** No cell comes twice (checkInContext refuses such a file): see decideFile. */
  distinct?: boolean;
}

/**
 * Decides and writes already-verified cells, exactly as a score file is merged (same decisions,
 * conflicts, record and audit). Call inside the caller's transaction.
 */
export function mergeVerifiedCells(db: Db, input: VerifiedScores): MergeCounts {
  const { judge } = input;
  const storedRows = readJudgeCells(db, judge.id);
  const stored = new Map<string, Cell>(
    storedRows.map((c) => [
      `${c.entryId}:${c.criterion}`,
      { value: c.value, revision: c.revision },
    ]),
  );
  const { cells } = input;
  const { decisions, before, counts } = decideFile(
    stored,
    cells,
    resolvedConflictKeys(db, judge.id),
    input.distinct,
  );
  // New cells are inserted together, many rows a statement, and before any other write, which
  // could be to the same cell (a file may name a cell twice).
  const fresh: CheckedCell[] = [];
  // Audited: cells the store held before this file, replaced. A first arrival is no change: its
  // own row and merged_files record it.
  const replaced: CellChange[] = [];
  let storedSide: { source: string | null; savedAt: Map<string, string> } | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const decision = decisions[i];
    if (decision === 'apply' && before[i] === undefined) {
      fresh.push(cell);
    } else if (decision === 'apply') {
      insertNewCells(db, judge.id, fresh.splice(0));
      writeCell(
        db,
        {
          judgeId: judge.id,
          entryId: cell.entryId,
          criterionId: cell.criterionId,
          value: cell.value,
          revision: cell.revision,
          updatedAt: cell.updatedAt,
        },
        { known: true, cell: before[i] },
      );
      const was = stored.get(cell.key);
      if (was) {
        replaced.push({
          entry: cell.entryNo,
          criterion: cell.criterion,
          before: was.value,
          after: cell.value,
          revision: cell.revision,
        });
      }
    } else if (decision === 'conflict') {
      // Looked up only for a conflict: both sides named, with when each was typed.
      storedSide ??= {
        source: lastChangingFile(db, judge.id),
        savedAt: new Map(storedRows.map((c) => [`${c.entryId}:${c.criterion}`, c.updatedAt])),
      };
      insertConflict(db, {
        judgeId: judge.id,
        entryId: cell.entryId,
        criterionId: cell.criterionId,
        revision: cell.revision,
        storedValue: stored.get(cell.key)?.value ?? null,
        incomingValue: cell.value,
        source: input.name,
        storedSource: storedSide.source,
        storedSavedAt: storedSide.savedAt.get(cell.key) ?? null,
        incomingSavedAt: cell.updatedAt,
      });
    }
  }
  insertNewCells(db, judge.id, fresh);
  recordFile(db, input, counts, replaced);
  return counts;
}

/** The file in merged_files and, when it applied something, in the audit. */
function recordFile(
  db: Db,
  input: VerifiedScores,
  counts: MergeCounts,
  replaced: CellChange[],
): void {
  recordMergedFile(db, {
    judgeId: input.judge.id,
    fileHash: input.fileHash,
    fileName: input.name,
    submittedAt: input.submittedAt,
    applied: counts.applied,
    unchanged: counts.unchanged + counts.older,
    conflicts: counts.conflicts,
  });
  if (counts.applied > 0) {
    recordAudit(db, {
      action: 'scores.merge',
      subject: `judge:${input.judge.id}`,
      before: null,
      after: { file: input.name, fileHash: input.fileHash, ...counts, changes: replaced },
    });
  }
}

/** A stored cell a merge replaced (value or blank), as the audit lists it. */
interface CellChange {
  entry: string;
  criterion: string;
  before: number | null;
  after: number | null;
  revision: number;
}
