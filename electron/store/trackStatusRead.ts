import type { Db } from './database';

// The counts of the status board that no other read gives, and the published versions.

/** Panel judges of the track with at least one mark typed from a paper sheet. */
export function paperSheetJudges(db: Db, trackId: number): number {
  return (
    db
      .prepare(
        `SELECT COUNT(DISTINCT p.judge_id) AS n FROM paper_cells p
         JOIN entries e ON e.id = p.entry_id WHERE e.track_id = ?`,
      )
      .get(trackId) as { n: number }
  ).n;
}

/** Quiz points (objective criteria) entered per entry of the track, by entry id. */
export function quizPointsEntered(db: Db, trackId: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT o.entry_id AS entryId, COUNT(*) AS n FROM objective_scores o
       JOIN entries e ON e.id = o.entry_id WHERE e.track_id = ? GROUP BY o.entry_id`,
    )
    .all(trackId) as Array<{ entryId: number; n: number }>;
  return new Map(rows.map((r) => [r.entryId, r.n]));
}

export interface StoredVersion {
  version: number;
  lockedAt: string;
  lockedBy: string;
  reason: string;
  /** The results as published, JSON. */
  results: string;
}

/** Every published version of the track's results, oldest first. */
export function readResultVersions(db: Db, trackId: number): StoredVersion[] {
  return db
    .prepare(
      `SELECT version, locked_at AS lockedAt, locked_by AS lockedBy, reason, results
       FROM result_versions WHERE track_id = ? ORDER BY version`,
    )
    .all(trackId) as StoredVersion[];
}
