import type { Cell } from '../../shared/merge/mergeDecisions';
import type { Db } from './database';

// A judge's cells as the judging side sees them: a mark (scores) or a cleared cell
// (cleared_scores, see migration 0004), each with its revision. The engine reads only scores.

export interface StoredCell extends Cell {
  entryId: number;
  entryNo: string;
  track: string;
  criterionId: number;
  criterion: string;
  updatedAt: string;
}

/** Every cell of one judge, marks and cleared ones, in a stable order (entry, criterion). */
export function readJudgeCells(db: Db, judgeId: number): StoredCell[] {
  return db
    .prepare(
      `SELECT x.entry_id AS entryId, e.no AS entryNo, t.code AS track, x.criterion_id AS criterionId,
         c.code AS criterion, x.value, x.revision, x.updated_at AS updatedAt
       FROM (SELECT judge_id, entry_id, criterion_id, value, revision, updated_at FROM scores
             UNION ALL
             SELECT judge_id, entry_id, criterion_id, NULL, revision, updated_at FROM cleared_scores) x
       JOIN entries e ON e.id = x.entry_id JOIN criteria c ON c.id = x.criterion_id
       JOIN tracks t ON t.id = c.track_id
       WHERE x.judge_id = ? ORDER BY x.entry_id, c.track_id, c.position, c.id`,
    )
    .all(judgeId) as StoredCell[];
}

export interface CellAddress {
  judgeId: number;
  entryId: number;
  criterionId: number;
}

export function readCell(db: Db, at: CellAddress): Cell | undefined {
  return db
    .prepare(
      `SELECT value, revision FROM scores
       WHERE judge_id = @judgeId AND entry_id = @entryId AND criterion_id = @criterionId
       UNION ALL
       SELECT NULL, revision FROM cleared_scores
       WHERE judge_id = @judgeId AND entry_id = @entryId AND criterion_id = @criterionId
       ORDER BY revision DESC LIMIT 1`,
    )
    .get(at) as Cell | undefined;
}

/** writeCell's statements, prepared once per connection: a merge writes a million cells. */
const cellStatements = new WeakMap<Db, ReturnType<typeof prepareCellStatements>>();

function prepareCellStatements(db: Db) {
  const where = 'WHERE judge_id = ? AND entry_id = ? AND criterion_id = ?';
  return {
    deleteScore: db.prepare(`DELETE FROM scores ${where}`),
    deleteCleared: db.prepare(`DELETE FROM cleared_scores ${where}`),
    upsertCleared: db.prepare(
      `INSERT INTO cleared_scores (judge_id, entry_id, criterion_id, revision, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET revision = excluded.revision,
         updated_at = excluded.updated_at`,
    ),
    upsertScore: db.prepare(
      `INSERT INTO scores (judge_id, entry_id, criterion_id, value, revision, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET value = excluded.value,
         revision = excluded.revision, updated_at = excluded.updated_at`,
    ),
  };
}

/**
 * Sets a cell to exactly this value and revision; the caller has decided it should win. A value
 * lives in scores, a blank in cleared_scores, never both. `previous` is what the caller read
 * for this cell in the same transaction (undefined: no cell); when given, the delete from the
 * other table is skipped if that table cannot hold the cell.
 */
export function writeCell(
  db: Db,
  cell: CellAddress & { value: number | null; revision: number; updatedAt: string },
  previous?: { known: true; cell: Cell | undefined },
): void {
  let statements = cellStatements.get(db);
  if (!statements) {
    statements = prepareCellStatements(db);
    cellStatements.set(db, statements);
  }
  const { judgeId, entryId, criterionId, value, revision, updatedAt } = cell;
  if (value === null) {
    if (!previous || previous.cell?.value != null) {
      statements.deleteScore.run(judgeId, entryId, criterionId);
    }
    statements.upsertCleared.run(judgeId, entryId, criterionId, revision, updatedAt);
    return;
  }
  if (!previous || (previous.cell !== undefined && previous.cell.value === null)) {
    statements.deleteCleared.run(judgeId, entryId, criterionId);
  }
  statements.upsertScore.run(judgeId, entryId, criterionId, value, revision, updatedAt);
}

/** Marks (not blanks) per entry × judge of a track, counting only judged criteria. */
export function countMarks(
  db: Db,
  trackId: number,
): Array<{ entryId: number; judgeId: number; marks: number }> {
  return db
    .prepare(
      `SELECT s.entry_id AS entryId, s.judge_id AS judgeId, COUNT(*) AS marks
       FROM scores s JOIN criteria c ON c.id = s.criterion_id JOIN segments g ON g.id = c.segment_id
       JOIN entries e ON e.id = s.entry_id
       WHERE e.track_id = ? AND g.kind = 'judged' GROUP BY s.entry_id, s.judge_id`,
    )
    .all(trackId) as Array<{ entryId: number; judgeId: number; marks: number }>;
}
