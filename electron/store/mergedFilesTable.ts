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
