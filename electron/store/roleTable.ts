import type { Db } from './database';

export interface StoreRole {
  role: 'organizer' | 'judge';
  judgeId: number | null;
  rubricFingerprint: string;
  submissions: number;
  submittedAt: string | null;
}

export function readRole(db: Db): StoreRole {
  const row = db
    .prepare(
      `SELECT role, judge_id AS judgeId, rubric_fingerprint AS rubricFingerprint, submissions,
       submitted_at AS submittedAt FROM store_role`,
    )
    .get() as StoreRole | undefined;
  return (
    row ?? {
      role: 'organizer',
      judgeId: null,
      rubricFingerprint: '',
      submissions: 0,
      submittedAt: null,
    }
  );
}

export function writeJudgeRole(db: Db, judgeId: number, rubricFingerprint: string): void {
  db.prepare(
    `UPDATE store_role SET role = 'judge', judge_id = ?, rubric_fingerprint = ?, submissions = 0, submitted_at = NULL`,
  ).run(judgeId, rubricFingerprint);
}

export function recordSubmission(db: Db, at: string): StoreRole {
  db.prepare('UPDATE store_role SET submissions = submissions + 1, submitted_at = ?').run(at);
  return readRole(db);
}

/** Judge side: counts one more score file exported and returns the count (it names the file). */
export function countScoreFileExport(db: Db): number {
  return (
    db.prepare('UPDATE store_role SET exports = exports + 1 RETURNING exports').get() as {
      exports: number;
    }
  ).exports;
}
