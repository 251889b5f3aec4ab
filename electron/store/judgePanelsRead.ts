import type { Track } from '../../shared/domain/rubric';
import type { Db } from './database';
import { readTracks } from './tracksTable';

// What a judge file, a paper sheet and the score-file check read about one judge: who they are,
// the tracks whose panel they sit on, their recusals.

export interface JudgeIdentity {
  id: number;
  name: string;
  organization: string;
  region: string;
  /** Goes up when the organizer retires the judge's key. */
  keyEpoch: number;
}

export function readJudgeIdentity(db: Db, judgeId: number): JudgeIdentity | undefined {
  return db
    .prepare(
      'SELECT id, name, organization, region, key_epoch AS keyEpoch FROM judges WHERE id = ?',
    )
    .get(judgeId) as JudgeIdentity | undefined;
}

/** The tracks whose panel the judge sits on, in the organizer's order. */
export function panelTracks(db: Db, judgeId: number): Track[] {
  const codes = new Set(
    (
      db
        .prepare(
          'SELECT t.code FROM panel_members p JOIN tracks t ON t.id = p.track_id WHERE p.judge_id = ?',
        )
        .all(judgeId) as Array<{ code: string }>
    ).map((row) => row.code),
  );
  return readTracks(db).filter((track) => codes.has(track.code));
}

export function recusedEntryIds(db: Db, judgeId: number): Set<number> {
  return new Set(recusalReasons(db, judgeId).keys());
}

/** The judge's recusals: entry id → the reason recorded. */
export function recusalReasons(db: Db, judgeId: number): Map<number, string> {
  const rows = db
    .prepare('SELECT entry_id AS id, reason FROM recusals WHERE judge_id = ?')
    .all(judgeId) as Array<{ id: number; reason: string }>;
  return new Map(rows.map((row) => [row.id, row.reason]));
}

/** Judges on the panel of `trackId`, by seat. */
export function panelJudges(
  db: Db,
  trackId: number,
): Array<{ id: number; name: string; seat: number | null }> {
  return db
    .prepare(
      `SELECT j.id, j.name, p.seat FROM judges j JOIN panel_members p ON p.judge_id = j.id
       WHERE p.track_id = ? ORDER BY p.seat IS NULL, p.seat, j.id`,
    )
    .all(trackId) as Array<{ id: number; name: string; seat: number | null }>;
}

/** Ids of the judges on any panel (on the panel of `trackCode` only, when given). */
export function panelJudgeIds(db: Db, trackCode?: string): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.judge_id AS id FROM panel_members p JOIN tracks t ON t.id = p.track_id
       WHERE @track IS NULL OR t.code = @track ORDER BY p.judge_id`,
    )
    .all({ track: trackCode ?? null }) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/** Recusals in a track, as `${entryId}:${judgeId}`. */
export function trackRecusalPairs(db: Db, trackId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT r.entry_id AS entryId, r.judge_id AS judgeId FROM recusals r
       JOIN entries e ON e.id = r.entry_id WHERE e.track_id = ?`,
    )
    .all(trackId) as Array<{ entryId: number; judgeId: number }>;
  return new Set(rows.map((r) => `${r.entryId}:${r.judgeId}`));
}
