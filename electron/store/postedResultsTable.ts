import type { Db } from './database';

// The posted list of each locked version (result_versions.posted, migration 8), and what a
// version locked before it needs to build one: the results as computed at the lock.

export interface LockedVersionRow {
  version: number;
  lockedAt: string;
  lockedBy: string;
  reason: string;
  inputHash: string;
  /** JSON of the TrackResults computed at the lock. */
  results: string;
  /** Canonical JSON of the unsigned results file; null until kept. */
  posted: string | null;
}

/** One locked version of a track, or its latest when `version` is not given. */
export function readLockedVersion(
  db: Db,
  trackId: number,
  version?: number,
): LockedVersionRow | null {
  const columns = `version, locked_at AS lockedAt, locked_by AS lockedBy, reason,
    input_hash AS inputHash, results, posted`;
  const row =
    version === undefined
      ? db
          .prepare(
            `SELECT ${columns} FROM result_versions WHERE track_id = ? ORDER BY version DESC LIMIT 1`,
          )
          .get(trackId)
      : db
          .prepare(`SELECT ${columns} FROM result_versions WHERE track_id = ? AND version = ?`)
          .get(trackId, version);
  return (row as LockedVersionRow | undefined) ?? null;
}

/** Kept once: a version's posted list never changes after it is written. */
export function writePosted(db: Db, trackId: number, version: number, posted: string): void {
  db.prepare(
    'UPDATE result_versions SET posted = ? WHERE track_id = ? AND version = ? AND posted IS NULL',
  ).run(posted, trackId, version);
}
