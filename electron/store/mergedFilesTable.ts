import type { Db } from './database';

// Every score file and paper sheet merged: what it held and what it did (migration 0003).

export interface MergedFile {
  judgeId: number;
  fileHash: string;
  fileName: string;
  submittedAt: string;
  applied: number;
  unchanged: number;
  conflicts: number;
}

export function recordMergedFile(db: Db, file: MergedFile): void {
  db.prepare(
    `INSERT INTO merged_files (judge_id, file_hash, file_name, submitted_at, merged_at, applied,
       unchanged, conflicts)
     VALUES (@judgeId, @fileHash, @fileName, @submittedAt, @mergedAt, @applied, @unchanged, @conflicts)`,
  ).run({ ...file, mergedAt: new Date().toISOString() });
}

/** Whether this judge's file with this hash was merged before. */
export function mergedBefore(db: Db, judgeId: number, fileHash: string): boolean {
  return !!db
    .prepare('SELECT 1 FROM merged_files WHERE judge_id = ? AND file_hash = ? LIMIT 1')
    .get(judgeId, fileHash);
}

/**
 * The file of this judge that last changed marks: the likeliest source of a stored mark a later
 * file disagrees with (per cell, the store keeps the mark, not the file it came in).
 */
export function lastChangingFile(db: Db, judgeId: number): string | null {
  const row = db
    .prepare(
      `SELECT file_name AS name FROM merged_files WHERE judge_id = ? AND applied > 0
       ORDER BY merged_at DESC, id DESC LIMIT 1`,
    )
    .get(judgeId) as { name: string } | undefined;
  return row?.name ?? null;
}

/** Per judge, the latest submission any merged file of theirs carried (none: never submitted). */
export function lastSubmissions(db: Db): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT judge_id AS judgeId, MAX(submitted_at) AS at FROM merged_files
       WHERE submitted_at <> '' GROUP BY judge_id`,
    )
    .all() as Array<{ judgeId: number; at: string }>;
  return new Map(rows.map((r) => [r.judgeId, r.at]));
}
