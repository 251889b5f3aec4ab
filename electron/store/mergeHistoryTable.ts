import type { MergeOutcome, Refusal } from '../../shared/merge/mergeOutcome';
import type { Db } from './database';

// merge_history (migration 0010): every file given to a merge, refused ones too, for the merge
// page to show after the organizer leaves it or restarts.

export interface MergeHistoryLine {
  batch: number;
  mergedAt: string;
  fileName: string;
  judge: string | null;
  outcome: MergeOutcome;
  applied: number;
  unchanged: number;
  older: number;
  conflicts: number;
  reason: Refusal | null;
}

/** The number the next merge's files are recorded under (files chosen together: one batch). */
export function nextMergeBatch(db: Db): number {
  const row = db.prepare('SELECT MAX(batch) AS batch FROM merge_history').get() as {
    batch: number | null;
  };
  return (row.batch ?? 0) + 1;
}

export function recordMergeHistory(db: Db, line: MergeHistoryLine): void {
  db.prepare(
    `INSERT INTO merge_history (batch, merged_at, file_name, judge, outcome, applied, unchanged,
       older, conflicts, reason)
     VALUES (@batch, @mergedAt, @fileName, @judge, @outcome, @applied, @unchanged, @older,
       @conflicts, @reason)`,
  ).run({ ...line, reason: line.reason ? JSON.stringify(line.reason) : null });
}

/** The latest merges first, `limit` files at most. */
export function readMergeHistory(db: Db, limit = 500): MergeHistoryLine[] {
  const rows = db
    .prepare(
      `SELECT batch, merged_at AS mergedAt, file_name AS fileName, judge, outcome, applied,
         unchanged, older, conflicts, reason
       FROM merge_history ORDER BY batch DESC, id LIMIT ?`,
    )
    .all(limit) as Array<Omit<MergeHistoryLine, 'reason'> & { reason: string | null }>;
  return rows.map((row) => ({ ...row, reason: row.reason ? JSON.parse(row.reason) : null }));
}
