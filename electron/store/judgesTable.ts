import type { Judge, JudgeInput } from '../../shared/domain/people';
import type { Db } from './database';
import { nextIdentity } from './identityCounters';
import { joinPanel, leavePanel } from './panelSeatsTable';

interface JudgeRow {
  id: number;
  name: string;
  organization: string;
  region: string;
  phone: string;
  tracks: string;
}

export function readJudges(db: Db): Judge[] {
  const rows = db
    .prepare(
      `SELECT j.id, j.name, j.organization, j.region, j.phone,
         (SELECT json_group_array(t.code ORDER BY t.position) FROM panel_members p
          JOIN tracks t ON t.id = p.track_id WHERE p.judge_id = j.id) AS tracks
       FROM judges j ORDER BY j.id`,
    )
    .all() as JudgeRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    organization: row.organization,
    region: row.region,
    phone: row.phone,
    tracks: JSON.parse(row.tracks) as string[],
  }));
}

/** Inserts or updates a judge and their panels; returns the id. */
export function writeJudge(db: Db, judge: JudgeInput, trackIds: number[]): number {
  let id = judge.id;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO judges (id, name, organization, region, phone, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          nextIdentity(db, 'judge'),
          judge.name,
          judge.organization,
          judge.region,
          judge.phone ?? '',
          new Date().toISOString(),
        ).lastInsertRowid,
    );
  } else {
    // A judge saved without a phone (an import without the column) keeps the one stored.
    db.prepare(
      `UPDATE judges SET name = ?, organization = ?, region = ?, phone = COALESCE(?, phone)
       WHERE id = ?`,
    ).run(judge.name, judge.organization, judge.region, judge.phone ?? null, id);
  }
  // Panels left and joined, not all rewritten: a judge who stays keeps the seat printed on the
  // sheets, and one who joins takes the first empty seat.
  const current = (
    db
      .prepare('SELECT track_id AS trackId FROM panel_members WHERE judge_id = ?')
      .all(id) as Array<{
      trackId: number;
    }>
  ).map((row) => row.trackId);
  for (const trackId of current) if (!trackIds.includes(trackId)) leavePanel(db, id, trackId);
  for (const trackId of trackIds) if (!current.includes(trackId)) joinPanel(db, id, trackId);
  return id;
}

export function judgeExists(db: Db, id: number): boolean {
  return !!db.prepare('SELECT 1 FROM judges WHERE id = ?').get(id);
}

export function judgeHasScores(db: Db, id: number): boolean {
  return !!db.prepare('SELECT 1 FROM scores WHERE judge_id = ? LIMIT 1').get(id);
}

export function deleteJudge(db: Db, id: number): void {
  db.prepare('DELETE FROM judges WHERE id = ?').run(id);
}
