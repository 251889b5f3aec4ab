import type { Db } from './database';

// Organizer side: what each judge's last judge file said (migration 0005).

export interface IssuedJudgeFile {
  judgeId: number;
  contentHash: string;
  rubricFingerprint: string;
  entries: number;
  issuedAt: string;
  times: number;
  /** Canonical JSON of the seats the file named; null for a file from before seats (migration 9). */
  seats: string | null;
}

export function recordIssuedJudgeFile(db: Db, issued: Omit<IssuedJudgeFile, 'times'>): void {
  db.prepare(
    `INSERT INTO issued_judge_files (judge_id, content_hash, rubric_fingerprint, entries, issued_at, times, seats)
     VALUES (@judgeId, @contentHash, @rubricFingerprint, @entries, @issuedAt, 1, @seats)
     ON CONFLICT (judge_id) DO UPDATE SET content_hash = excluded.content_hash,
       rubric_fingerprint = excluded.rubric_fingerprint, entries = excluded.entries,
       issued_at = excluded.issued_at, times = times + 1, seats = excluded.seats`,
  ).run(issued);
}

export function readIssuedJudgeFiles(db: Db): Map<number, IssuedJudgeFile> {
  const rows = db
    .prepare(
      `SELECT judge_id AS judgeId, content_hash AS contentHash, rubric_fingerprint AS rubricFingerprint,
         entries, issued_at AS issuedAt, times, seats FROM issued_judge_files`,
    )
    .all() as IssuedJudgeFile[];
  return new Map(rows.map((row) => [row.judgeId, row]));
}
