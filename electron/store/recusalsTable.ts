import type { Recusal } from '../../shared/domain/people';
import type { Db } from './database';

// Recusals, and the automatic ones the organizer cleared (recusal_exemptions, 0007).

export function readTrackRecusals(db: Db, trackId: number): Recusal[] {
  return db
    .prepare(
      `SELECT r.judge_id AS judgeId, r.entry_id AS entryId, r.reason, r.source FROM recusals r
       JOIN entries e ON e.id = r.entry_id WHERE e.track_id = ? ORDER BY r.judge_id, r.entry_id`,
    )
    .all(trackId) as Recusal[];
}

export function readRecusal(db: Db, judgeId: number, entryId: number): Recusal | undefined {
  return db
    .prepare(
      `SELECT judge_id AS judgeId, entry_id AS entryId, reason, source FROM recusals
       WHERE judge_id = ? AND entry_id = ?`,
    )
    .get(judgeId, entryId) as Recusal | undefined;
}

/** An automatic recusal, unless the pair already has one (of either source): true if added. */
export function insertAutoRecusal(db: Db, judgeId: number, entryId: number, reason: string) {
  return (
    db
      .prepare(
        `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at)
         VALUES (?, ?, ?, 'auto', ?) ON CONFLICT DO NOTHING`,
      )
      .run(judgeId, entryId, reason, new Date().toISOString()).changes > 0
  );
}

export function upsertManualRecusal(db: Db, judgeId: number, entryId: number, reason: string) {
  db.prepare(
    `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at) VALUES (?, ?, ?, 'manual', ?)
     ON CONFLICT (judge_id, entry_id) DO UPDATE SET reason = excluded.reason, source = 'manual'`,
  ).run(judgeId, entryId, reason, new Date().toISOString());
}

export function deleteRecusal(db: Db, judgeId: number, entryId: number): void {
  db.prepare('DELETE FROM recusals WHERE judge_id = ? AND entry_id = ?').run(judgeId, entryId);
}

/** Pairs `${judgeId}:${entryId}` whose automatic recusal the organizer cleared. */
export function exemptPairs(db: Db): Set<string> {
  const rows = db
    .prepare('SELECT judge_id AS j, entry_id AS e FROM recusal_exemptions')
    .all() as Array<{ j: number; e: number }>;
  return new Set(rows.map((r) => `${r.j}:${r.e}`));
}

export function insertExemption(db: Db, judgeId: number, entryId: number, reason: string) {
  db.prepare(
    `INSERT INTO recusal_exemptions (judge_id, entry_id, reason, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (judge_id, entry_id) DO UPDATE SET reason = excluded.reason`,
  ).run(judgeId, entryId, reason, new Date().toISOString());
}

export function deleteExemption(db: Db, judgeId: number, entryId: number): void {
  db.prepare('DELETE FROM recusal_exemptions WHERE judge_id = ? AND entry_id = ?').run(
    judgeId,
    entryId,
  );
}

/** Pairs `${judgeId}:${entryId}` with at least one judged mark. */
export function markedPairs(db: Db): Set<string> {
  const rows = db
    .prepare('SELECT DISTINCT judge_id AS j, entry_id AS e FROM scores')
    .all() as Array<{ j: number; e: number }>;
  return new Set(rows.map((r) => `${r.j}:${r.e}`));
}
