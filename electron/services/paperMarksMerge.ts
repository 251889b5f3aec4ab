import type { MergeCounts } from '../../shared/merge/mergeDecisions';
import { currentActor } from '../store/auditActor';
import type { Db } from '../store/database';
import { paperRevisions, recordPaperCells } from '../store/paperCellsTable';
import { readJudgeCells } from '../store/scoreCellsTable';
import type { CheckedCell } from './scoreFileCheck';
import { mergeVerifiedCells } from './verifiedCells';

// Marks typed from paper into a judge's marks, by the paper's revision rule (docs/file-formats.md,
// "Paper score sheets"). An imported paper workbook (paperSheetService.ts) and a double-entered
// sheet (doubleEntryService.ts) both end here, so both are decided and recorded alike.

export interface PaperMarks {
  /** The sheet's name, for the record, conflicts and the audit. */
  name: string;
  judge: { id: number; name: string };
  cells: ReadonlyArray<Omit<CheckedCell, 'revision' | 'updatedAt' | 'key'>>;
  /** What the sheet says, for merged_files. */
  fileHash: string;
  submittedAt: string;
  /** Who typed the marks (recorded per cell in paper_cells). */
  enteredBy?: string;
}

/**
 * A mark equal to the stored one keeps its revision (unchanged); a different mark gets the stored
 * revision + 1 and wins, unless the stored mark is the judge's signed one: paper never silently
 * replaces it (a conflict for the head table). Call inside the caller's transaction.
 */
export function mergePaperMarks(db: Db, input: PaperMarks): MergeCounts {
  const { judge } = input;
  const stored = new Map(
    readJudgeCells(db, judge.id).map((c) => [`${c.entryId}:${c.criterion}`, c]),
  );
  const now = new Date().toISOString();
  const typed = paperRevisions(db, judge.id);
  const incoming: CheckedCell[] = input.cells.map((c) => {
    const key = `${c.entryId}:${c.criterion}`;
    const before = stored.get(key);
    // Paper never silently replaces a mark the judge signed: at the signed mark's own
    // revision, a different value is a conflict for the head table to decide.
    const signed = before !== undefined && typed.get(key) !== before.revision;
    const revision =
      before && (before.value === c.value || signed)
        ? before.revision
        : (before?.revision ?? 0) + 1;
    return { ...c, key, revision, updatedAt: now };
  });
  const counts = mergeVerifiedCells(db, {
    name: input.name,
    judge,
    cells: incoming,
    fileHash: input.fileHash,
    submittedAt: input.submittedAt,
  });
  // What this sheet wrote is on record as typed from paper, by whom and from which sheet.
  const after = new Map(
    readJudgeCells(db, judge.id).map((c) => [`${c.entryId}:${c.criterion}`, c]),
  );
  recordPaperCells(
    db,
    incoming
      .filter((c) => {
        const now = after.get(c.key);
        const was = stored.get(c.key);
        const changed = !was || was.revision !== c.revision || was.value !== c.value;
        return changed && now?.revision === c.revision && now.value === c.value;
      })
      .map((c) => ({
        judgeId: judge.id,
        entryId: c.entryId,
        criterionId: c.criterionId,
        revision: c.revision,
        sheet: input.name,
        sheetHash: input.fileHash,
        enteredBy: input.enteredBy ?? currentActor(),
      })),
  );
  return counts;
}
