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

/**
 * Sets a cell to exactly this value and revision; the caller has decided it should win. A value
 * lives in scores, a blank in cleared_scores, never both.
 */
export function writeCell(
  db: Db,
  cell: CellAddress & { value: number | null; revision: number; updatedAt: string },
): void {
  const { value, ...rest } = cell;
  const remove = (table: 'scores' | 'cleared_scores') =>
    db
      .prepare(
        `DELETE FROM ${table} WHERE judge_id = @judgeId AND entry_id = @entryId AND criterion_id = @criterionId`,
      )
      .run({ judgeId: rest.judgeId, entryId: rest.entryId, criterionId: rest.criterionId });
  if (value === null) {
    remove('scores');
    db.prepare(
      `INSERT INTO cleared_scores (judge_id, entry_id, criterion_id, revision, updated_at)
       VALUES (@judgeId, @entryId, @criterionId, @revision, @updatedAt)
       ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET revision = excluded.revision,
         updated_at = excluded.updated_at`,
    ).run(rest);
    return;
  }
  remove('cleared_scores');
  db.prepare(
    `INSERT INTO scores (judge_id, entry_id, criterion_id, value, revision, updated_at)
     VALUES (@judgeId, @entryId, @criterionId, @value, @revision, @updatedAt)
     ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET value = excluded.value,
       revision = excluded.revision, updated_at = excluded.updated_at`,
  ).run({ ...rest, value });
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
