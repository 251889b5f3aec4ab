import type { Statement } from 'better-sqlite3';
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

/** The cell statements, prepared once per connection: a merge writes a million cells. */
const cellStatements = new WeakMap<Db, ReturnType<typeof prepareCellStatements>>();

/** New cells per multi-row INSERT: a judge's first file is 20,000 new cells. */
const ROWS_AT_ONCE = 64;

function prepareCellStatements(db: Db) {
  const where = 'WHERE judge_id = ? AND entry_id = ? AND criterion_id = ?';
  const scores = 'scores (judge_id, entry_id, criterion_id, value, revision, updated_at)';
  const cleared = 'cleared_scores (judge_id, entry_id, criterion_id, revision, updated_at)';
  const rows = (columns: number, count: number) =>
    Array(count)
      .fill(`(${Array(columns).fill('?').join(', ')})`)
      .join(', ');
  const inserts = (into: string, columns: number) => ({
    many: db.prepare(`INSERT INTO ${into} VALUES ${rows(columns, ROWS_AT_ONCE)}`),
    one: db.prepare(`INSERT INTO ${into} VALUES ${rows(columns, 1)}`),
  });
  return {
    deleteScore: db.prepare(`DELETE FROM scores ${where}`),
    deleteCleared: db.prepare(`DELETE FROM cleared_scores ${where}`),
    upsertCleared: db.prepare(
      `INSERT INTO ${cleared} VALUES ${rows(5, 1)}
       ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET revision = excluded.revision,
         updated_at = excluded.updated_at`,
    ),
    upsertScore: db.prepare(
      `INSERT INTO ${scores} VALUES ${rows(6, 1)}
       ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET value = excluded.value,
         revision = excluded.revision, updated_at = excluded.updated_at`,
    ),
    insertScores: inserts(scores, 6),
    insertCleared: inserts(cleared, 5),
  };
}

function statementsOf(db: Db) {
  let statements = cellStatements.get(db);
  if (!statements) {
    statements = prepareCellStatements(db);
    cellStatements.set(db, statements);
  }
  return statements;
}

/** A cell to write, its judge given apart. */
export interface JudgeCellWrite {
  entryId: number;
  criterionId: number;
  value: number | null;
  revision: number;
  updatedAt: string;
}

/**
 * Inserts cells the caller knows are in neither table (it read the judge's cells in the same
 * transaction): marks into scores, blanks into cleared_scores, many rows per statement. A cell
 * that is there after all fails loudly, on the primary key, rather than being overwritten.
 */
export function insertNewCells(db: Db, judgeId: number, cells: readonly JudgeCellWrite[]): void {
  const { insertScores, insertCleared } = statementsOf(db);
  const marks = cells.filter((c) => c.value !== null);
  const blanks = cells.filter((c) => c.value === null);
  insertRows(insertScores, marks, 6, (args, at, c) => {
    args[at] = judgeId;
    args[at + 1] = c.entryId;
    args[at + 2] = c.criterionId;
    args[at + 3] = c.value;
    args[at + 4] = c.revision;
    args[at + 5] = c.updatedAt;
  });
  insertRows(insertCleared, blanks, 5, (args, at, c) => {
    args[at] = judgeId;
    args[at + 1] = c.entryId;
    args[at + 2] = c.criterionId;
    args[at + 3] = c.revision;
    args[at + 4] = c.updatedAt;
  });
}

/** `put` writes one cell's columns at `at`; the argument arrays are made once, then refilled. */
function insertRows(
  statements: { many: Statement; one: Statement },
  cells: readonly JudgeCellWrite[],
  columns: number,
  put: (args: unknown[], at: number, cell: JudgeCellWrite) => void,
): void {
  const many = new Array<unknown>(ROWS_AT_ONCE * columns);
  let i = 0;
  for (; i + ROWS_AT_ONCE <= cells.length; i += ROWS_AT_ONCE) {
    for (let row = 0; row < ROWS_AT_ONCE; row++) put(many, row * columns, cells[i + row]!);
    statements.many.run(many);
  }
  const one = new Array<unknown>(columns);
  for (; i < cells.length; i++) {
    put(one, 0, cells[i]!);
    statements.one.run(one);
  }
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
  const statements = statementsOf(db);
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
): Array<{ entryId: number; judgeId: number; marks: number; lastSaved: string }> {
  return db
    .prepare(
      `SELECT s.entry_id AS entryId, s.judge_id AS judgeId, COUNT(*) AS marks,
         MAX(s.updated_at) AS lastSaved
       FROM scores s JOIN criteria c ON c.id = s.criterion_id JOIN segments g ON g.id = c.segment_id
       JOIN entries e ON e.id = s.entry_id
       WHERE e.track_id = ? AND g.kind = 'judged' GROUP BY s.entry_id, s.judge_id`,
    )
    .all(trackId) as Array<{ entryId: number; judgeId: number; marks: number; lastSaved: string }>;
}

/** The highest revision among a judge's cells, marks and blanks (0 when there is none). */
export function maxJudgeRevision(db: Db, judgeId: number): number {
  const row = db
    .prepare(
      `SELECT MAX(m) AS max FROM (SELECT MAX(revision) AS m FROM scores WHERE judge_id = @judgeId
         UNION ALL SELECT MAX(revision) FROM cleared_scores WHERE judge_id = @judgeId)`,
    )
    .get({ judgeId }) as { max: number | null };
  return row.max ?? 0;
}
