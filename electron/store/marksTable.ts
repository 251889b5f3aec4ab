import type { Penalty } from '../../shared/domain/records';
import type { Track } from '../../shared/domain/rubric';
import type { TrackResultsInput } from '../../shared/scoring';
import type { Db } from './database';
import { readMarkTable } from './markTableRead';

/** Everything the scoring engine needs for one track, read in one go. */
export function readMarks(
  db: Db,
  trackId: number,
  track: Track,
): Omit<TrackResultsInput, 'track' | 'entries'> {
  const judges = db
    .prepare(
      `SELECT j.id, j.name FROM judges j JOIN panel_members p ON p.judge_id = j.id
       WHERE p.track_id = ? ORDER BY j.id`,
    )
    .all(trackId) as Array<{ id: number; name: string }>;
  const recusals = db
    .prepare(
      `SELECT r.judge_id AS judgeId, r.entry_id AS entryId FROM recusals r
       JOIN entries e ON e.id = r.entry_id WHERE e.track_id = ?`,
    )
    .all(trackId) as TrackResultsInput['recusals'];
  const objective = db
    .prepare(
      `SELECT o.entry_id AS entryId, c.code AS criterion, o.value
       FROM objective_scores o JOIN criteria c ON c.id = o.criterion_id JOIN entries e ON e.id = o.entry_id
       WHERE e.track_id = ?`,
    )
    .all(trackId) as TrackResultsInput['objective'];
  const penalties = readPenalties(db, trackId).map(({ entryId, points, reason }) => ({
    entryId,
    points,
    reason,
  }));
  const marks = readMarkTable(
    db,
    trackId,
    track,
    judges.map((judge) => judge.id),
  );
  return { judges, recusals, marks, objective, penalties };
}

export function criterionId(db: Db, trackId: number, code: string): number | undefined {
  const row = db
    .prepare('SELECT id FROM criteria WHERE track_id = ? AND code = ?')
    .get(trackId, code) as { id: number } | undefined;
  return row?.id;
}

/** What a judge's mark is checked against, in one lookup (the sheet saves a mark per keystroke). */
export function judgedCriterion(
  db: Db,
  trackCode: string,
  criterionCode: string,
): { id: number; name: { zh: string; en: string }; max: number; step: number } | undefined {
  const row = db
    .prepare(
      `SELECT c.id, c.name_zh, c.name_en, c.max, c.step FROM criteria c
         JOIN tracks t ON t.id = c.track_id
         JOIN segments s ON s.id = c.segment_id
       WHERE t.code = ? AND c.code = ? AND s.kind = 'judged'`,
    )
    .get(trackCode, criterionCode) as
    | { id: number; name_zh: string; name_en: string; max: number; step: number }
    | undefined;
  return (
    row && { id: row.id, name: { zh: row.name_zh, en: row.name_en }, max: row.max, step: row.step }
  );
}

export function readObjective(db: Db, entryId: number, criterion: number): number | null {
  const row = db
    .prepare('SELECT value FROM objective_scores WHERE entry_id = ? AND criterion_id = ?')
    .get(entryId, criterion) as { value: number } | undefined;
  return row?.value ?? null;
}

/** null clears the value: blank, not zero. */
export function writeObjective(db: Db, entryId: number, criterion: number, value: number | null) {
  if (value === null) {
    db.prepare('DELETE FROM objective_scores WHERE entry_id = ? AND criterion_id = ?').run(
      entryId,
      criterion,
    );
    return;
  }
  db.prepare(
    `INSERT INTO objective_scores (entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id, criterion_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(entryId, criterion, value, new Date().toISOString());
}

interface PenaltyRow {
  id: number;
  entry_id: number;
  rule: string | null;
  points: number;
  reason: string;
  created_at: string;
}

export function readPenalties(db: Db, trackId: number): Penalty[] {
  const rows = db
    .prepare(
      `SELECT p.* FROM penalties p JOIN entries e ON e.id = p.entry_id WHERE e.track_id = ?
       ORDER BY p.id`,
    )
    .all(trackId) as PenaltyRow[];
  return rows.map(toPenalty);
}

export function readPenalty(db: Db, id: number): Penalty | undefined {
  const row = db.prepare('SELECT * FROM penalties WHERE id = ?').get(id) as PenaltyRow | undefined;
  return row && toPenalty(row);
}

function toPenalty(row: PenaltyRow): Penalty {
  return {
    id: row.id,
    entryId: row.entry_id,
    rule: row.rule,
    points: row.points,
    reason: row.reason,
    createdAt: row.created_at,
  };
}

export function insertPenalty(db: Db, penalty: Omit<Penalty, 'id' | 'createdAt'>): number {
  return Number(
    db
      .prepare(
        'INSERT INTO penalties (entry_id, rule, points, reason, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(penalty.entryId, penalty.rule, penalty.points, penalty.reason, new Date().toISOString())
      .lastInsertRowid,
  );
}

export function deletePenalty(db: Db, id: number): void {
  db.prepare('DELETE FROM penalties WHERE id = ?').run(id);
}
