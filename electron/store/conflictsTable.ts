import { conflictKey } from '../../shared/merge/mergeDecisions';
import type { Db } from './database';

// score_conflicts (migration 0003): same judge, same cell, same revision, different value.
// Its value columns are NOT NULL and its UNIQUE key must see two blanks as equal, so a blank
// side is stored as -1 (see migration 0004) and turned back into null here, nowhere else.
const BLANK = -1;
const toColumn = (value: number | null) => value ?? BLANK;
const fromColumn = (value: number) => (value === BLANK ? null : value);

export interface ConflictWrite {
  judgeId: number;
  entryId: number;
  criterionId: number;
  revision: number;
  storedValue: number | null;
  incomingValue: number | null;
  source: string;
  /** The file that brought the stored mark, as far as the store knows, and when each was typed. */
  storedSource: string | null;
  storedSavedAt: string | null;
  incomingSavedAt: string;
}

/** Recorded once: importing the same conflicting file again adds nothing. */
export function insertConflict(db: Db, conflict: ConflictWrite): void {
  db.prepare(
    `INSERT INTO score_conflicts (judge_id, entry_id, criterion_id, revision, stored_value,
       incoming_value, source, created_at, stored_source, stored_saved_at, incoming_saved_at)
     VALUES (@judgeId, @entryId, @criterionId, @revision, @storedValue, @incomingValue, @source, @at,
       @storedSource, @storedSavedAt, @incomingSavedAt)
     ON CONFLICT DO NOTHING`,
  ).run({
    ...conflict,
    storedValue: toColumn(conflict.storedValue),
    incomingValue: toColumn(conflict.incomingValue),
    at: new Date().toISOString(),
  });
}

/**
 * The conflicts of one judge the organizer decided, as mergeDecisions' conflict keys. Both sides
 * count: after the decision, neither of the two files that disagreed is a conflict again.
 */
export function resolvedConflictKeys(db: Db, judgeId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT sc.entry_id AS entryId, c.code AS criterion, sc.revision, sc.stored_value AS stored,
         sc.incoming_value AS incoming
       FROM score_conflicts sc JOIN criteria c ON c.id = sc.criterion_id
       WHERE sc.judge_id = ? AND sc.resolved_value IS NOT NULL`,
    )
    .all(judgeId) as Array<{
    entryId: number;
    criterion: string;
    revision: number;
    stored: number;
    incoming: number;
  }>;
  return new Set(
    rows.flatMap((r) =>
      [r.stored, r.incoming].map((value) =>
        conflictKey(`${r.entryId}:${r.criterion}`, r.revision, fromColumn(value)),
      ),
    ),
  );
}

// Open: undecided, and not overtaken by a newer revision of the cell from the judge.
const OPEN = `sc.resolved_value IS NULL AND sc.revision >= MAX(
  COALESCE((SELECT s.revision FROM scores s WHERE s.judge_id = sc.judge_id
    AND s.entry_id = sc.entry_id AND s.criterion_id = sc.criterion_id), 0),
  COALESCE((SELECT x.revision FROM cleared_scores x WHERE x.judge_id = sc.judge_id
    AND x.entry_id = sc.entry_id AND x.criterion_id = sc.criterion_id), 0))`;

export interface ConflictRow {
  id: number;
  judgeId: number;
  judge: string;
  entryId: number;
  entryNo: string;
  track: string;
  criterionId: number;
  criterion: string;
  revision: number;
  storedValue: number | null;
  incomingValue: number | null;
  source: string;
  resolved: boolean;
  entryName: string;
  criterionName: { zh: string; en: string };
  createdAt: string;
  storedSource: string | null;
  storedSavedAt: string | null;
  incomingSavedAt: string | null;
  resolvedValue: number | null;
  resolvedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
}

const SELECT_CONFLICT = `
  SELECT sc.id, sc.judge_id AS judgeId, j.name AS judge, sc.entry_id AS entryId, e.no AS entryNo,
    t.code AS track, sc.criterion_id AS criterionId, c.code AS criterion, sc.revision,
    sc.stored_value AS storedValue, sc.incoming_value AS incomingValue, sc.source,
    sc.resolved_value IS NOT NULL AS resolved, e.name AS entryName, c.name_zh AS criterionZh,
    c.name_en AS criterionEn, sc.created_at AS createdAt, sc.stored_source AS storedSource,
    sc.stored_saved_at AS storedSavedAt, sc.incoming_saved_at AS incomingSavedAt,
    sc.resolved_value AS resolvedValue, sc.resolved_at AS resolvedAt, sc.decided_by AS decidedBy,
    sc.decision_reason AS decisionReason
  FROM score_conflicts sc JOIN judges j ON j.id = sc.judge_id JOIN entries e ON e.id = sc.entry_id
  JOIN criteria c ON c.id = sc.criterion_id JOIN tracks t ON t.id = c.track_id`;

type ConflictColumns = Omit<ConflictRow, 'criterionName'> & {
  criterionZh: string;
  criterionEn: string;
};

function toConflict({ criterionZh, criterionEn, ...row }: ConflictColumns): ConflictRow {
  return {
    ...row,
    criterionName: { zh: criterionZh, en: criterionEn },
    storedValue: fromColumn(row.storedValue as number),
    incomingValue: fromColumn(row.incomingValue as number),
    resolvedValue: row.resolvedValue === null ? null : fromColumn(row.resolvedValue),
    resolved: !!row.resolved,
  };
}

export function readOpenConflicts(db: Db): ConflictRow[] {
  const rows = db
    .prepare(
      `${SELECT_CONFLICT} WHERE ${OPEN} ORDER BY t.position, e.draw_order, e.no, j.id, c.position`,
    )
    .all() as ConflictColumns[];
  return rows.map(toConflict);
}

/** Conflicts the organizer decided, the latest decision first. */
export function readDecidedConflicts(db: Db): ConflictRow[] {
  const rows = db
    .prepare(
      `${SELECT_CONFLICT} WHERE sc.resolved_value IS NOT NULL AND sc.decided_by IS NOT NULL
       ORDER BY sc.resolved_at DESC, sc.id DESC`,
    )
    .all() as ConflictColumns[];
  return rows.map(toConflict);
}

export function readConflict(db: Db, id: number): ConflictRow | undefined {
  const row = db.prepare(`${SELECT_CONFLICT} WHERE sc.id = ?`).get(id) as
    | ConflictColumns
    | undefined;
  return row && toConflict(row);
}

/** `${entryId}:${judgeId}` of every entry × judge of a track with an open conflict. */
export function openConflictPairs(db: Db, trackId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT DISTINCT sc.entry_id AS entryId, sc.judge_id AS judgeId FROM score_conflicts sc
       JOIN entries e ON e.id = sc.entry_id WHERE e.track_id = ? AND ${OPEN}`,
    )
    .all(trackId) as Array<{ entryId: number; judgeId: number }>;
  return new Set(rows.map((r) => `${r.entryId}:${r.judgeId}`));
}

/** Who decided a conflict and why, as the organizer typed them. */
export interface ConflictDecision {
  by: string;
  reason: string;
}

/**
 * The organizer's choice closes every conflict of that cell at that revision; the one decided
 * carries who and why (the others of the cell were the same question).
 */
export function markResolved(
  db: Db,
  conflict: ConflictRow,
  value: number | null,
  decision: ConflictDecision,
): void {
  db.prepare(
    `UPDATE score_conflicts SET resolved_value = ?, resolved_at = ?,
       decided_by = CASE WHEN id = ? THEN ? ELSE decided_by END,
       decision_reason = CASE WHEN id = ? THEN ? ELSE decision_reason END
     WHERE judge_id = ? AND entry_id = ? AND criterion_id = ? AND revision = ?
       AND (resolved_value IS NULL OR id = ?)`,
  ).run(
    toColumn(value),
    new Date().toISOString(),
    conflict.id,
    decision.by,
    conflict.id,
    decision.reason,
    conflict.judgeId,
    conflict.entryId,
    conflict.criterionId,
    conflict.revision,
    conflict.id,
  );
}
