import type { Db } from './database';

// The head judge (裁判长) and supervisors (监审) of each track; see migration 0009 for why they are
// not panel members.

export interface TrackOfficials {
  headJudgeId: number | null;
  supervisorIds: number[];
}

export function readTrackOfficials(db: Db, trackId: number): TrackOfficials {
  const rows = db
    .prepare(
      'SELECT judge_id AS judgeId, role FROM track_officials WHERE track_id = ? ORDER BY judge_id',
    )
    .all(trackId) as Array<{ judgeId: number; role: 'headJudge' | 'supervisor' }>;
  return {
    headJudgeId: rows.find((row) => row.role === 'headJudge')?.judgeId ?? null,
    supervisorIds: rows.filter((row) => row.role === 'supervisor').map((row) => row.judgeId),
  };
}

/** Replaces a track's officials; the caller checked them (one person, one role). */
export function writeTrackOfficials(db: Db, trackId: number, officials: TrackOfficials): void {
  db.prepare('DELETE FROM track_officials WHERE track_id = ?').run(trackId);
  const insert = db.prepare(
    'INSERT INTO track_officials (track_id, judge_id, role) VALUES (?, ?, ?)',
  );
  if (officials.headJudgeId !== null) insert.run(trackId, officials.headJudgeId, 'headJudge');
  for (const id of officials.supervisorIds) insert.run(trackId, id, 'supervisor');
}
