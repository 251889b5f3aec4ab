import type { PassNumber, Resolution } from '../../shared/paper/doubleEntry';
import type { Db } from './database';

// Double entry of paper sheets (migration 0011): the two passes of one judge's sheet of a track,
// what each typed, and the decisions on the cells where they disagreed.

export interface PassRow {
  pass: PassNumber;
  typist: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface TypedCell {
  entryId: number;
  criterion: string;
  pass: PassNumber;
  value: number | null;
  typist: string;
  typedAt: string;
}

export interface ResolutionRow extends Resolution {
  entryId: number;
  criterion: string;
  decidedBy: string;
  reason: string;
  decidedAt: string;
}

export function readPasses(db: Db, judgeId: number, trackId: number): PassRow[] {
  return db
    .prepare(
      `SELECT pass, typist, started_at AS startedAt, finished_at AS finishedAt
       FROM double_entry_passes WHERE judge_id = ? AND track_id = ? ORDER BY pass`,
    )
    .all(judgeId, trackId) as PassRow[];
}

export function startPass(
  db: Db,
  row: { judgeId: number; trackId: number; pass: PassNumber; typist: string },
): void {
  db.prepare(
    `INSERT INTO double_entry_passes (judge_id, track_id, pass, typist, started_at)
     VALUES (@judgeId, @trackId, @pass, @typist, @at)`,
  ).run({ ...row, at: new Date().toISOString() });
}

export function finishPass(db: Db, judgeId: number, trackId: number, pass: PassNumber): void {
  db.prepare(
    `UPDATE double_entry_passes SET finished_at = ?
     WHERE judge_id = ? AND track_id = ? AND pass = ? AND finished_at IS NULL`,
  ).run(new Date().toISOString(), judgeId, trackId, pass);
}

/** Every cell either pass typed on this judge's sheet of the track. */
export function readTypedCells(db: Db, judgeId: number, trackId: number): TypedCell[] {
  return db
    .prepare(
      `SELECT d.entry_id AS entryId, c.code AS criterion, d.pass, d.value, d.typist,
         d.typed_at AS typedAt
       FROM double_entry_cells d JOIN criteria c ON c.id = d.criterion_id
       WHERE d.judge_id = ? AND c.track_id = ?`,
    )
    .all(judgeId, trackId) as TypedCell[];
}

export function writeTypedCell(
  db: Db,
  cell: {
    judgeId: number;
    entryId: number;
    criterionId: number;
    pass: PassNumber;
    value: number | null;
    typist: string;
  },
): void {
  db.prepare(
    `INSERT INTO double_entry_cells (judge_id, entry_id, criterion_id, pass, value, typist, typed_at)
     VALUES (@judgeId, @entryId, @criterionId, @pass, @value, @typist, @at)
     ON CONFLICT (judge_id, entry_id, criterion_id, pass) DO UPDATE SET value = excluded.value,
       typist = excluded.typist, typed_at = excluded.typed_at`,
  ).run({ ...cell, at: new Date().toISOString() });
}

export function readResolutions(db: Db, judgeId: number, trackId: number): ResolutionRow[] {
  return db
    .prepare(
      `SELECT r.entry_id AS entryId, c.code AS criterion, r.first_value AS first,
         r.second_value AS second, r.value, r.decided_by AS decidedBy, r.reason,
         r.decided_at AS decidedAt
       FROM double_entry_resolutions r JOIN criteria c ON c.id = r.criterion_id
       WHERE r.judge_id = ? AND c.track_id = ?`,
    )
    .all(judgeId, trackId) as ResolutionRow[];
}

export function writeResolution(
  db: Db,
  row: Resolution & {
    judgeId: number;
    entryId: number;
    criterionId: number;
    decidedBy: string;
    reason: string;
  },
): void {
  db.prepare(
    `INSERT INTO double_entry_resolutions (judge_id, entry_id, criterion_id, first_value,
       second_value, value, decided_by, reason, decided_at)
     VALUES (@judgeId, @entryId, @criterionId, @first, @second, @value, @decidedBy, @reason, @at)
     ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET
       first_value = excluded.first_value, second_value = excluded.second_value,
       value = excluded.value, decided_by = excluded.decided_by, reason = excluded.reason,
       decided_at = excluded.decided_at`,
  ).run({ ...row, at: new Date().toISOString() });
}
