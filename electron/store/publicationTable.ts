import type { Db } from './database';

export interface SingleAward {
  id: number;
  entryId: number;
  name: string;
}

export function readSingleAwards(db: Db, trackId: number): SingleAward[] {
  return db
    .prepare(
      `SELECT a.id, a.entry_id AS entryId, a.name FROM single_awards a
       JOIN entries e ON e.id = a.entry_id WHERE e.track_id = ? ORDER BY a.id`,
    )
    .all(trackId) as SingleAward[];
}

export function insertSingleAward(db: Db, entryId: number, name: string): number {
  return Number(
    db
      .prepare(
        'INSERT INTO single_awards (entry_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .run(entryId, name, new Date().toISOString()).lastInsertRowid,
  );
}

export function readSingleAward(db: Db, id: number): SingleAward | undefined {
  return db
    .prepare('SELECT id, entry_id AS entryId, name FROM single_awards WHERE id = ?')
    .get(id) as SingleAward | undefined;
}

export function deleteSingleAward(db: Db, id: number): void {
  db.prepare('DELETE FROM single_awards WHERE id = ?').run(id);
}

export interface ResultVersion {
  version: number;
  lockedAt: string;
  lockedBy: string;
  reason: string;
  inputHash: string;
}

export function latestResultVersion(db: Db, trackId: number): ResultVersion | null {
  const row = db
    .prepare(
      `SELECT version, locked_at AS lockedAt, locked_by AS lockedBy, reason, input_hash AS inputHash
       FROM result_versions WHERE track_id = ? ORDER BY version DESC LIMIT 1`,
    )
    .get(trackId) as ResultVersion | undefined;
  return row ?? null;
}

export function insertResultVersion(
  db: Db,
  trackId: number,
  version: ResultVersion,
  results: unknown,
): void {
  db.prepare(
    `INSERT INTO result_versions (track_id, version, locked_at, locked_by, reason, input_hash, results)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    trackId,
    version.version,
    version.lockedAt,
    version.lockedBy,
    version.reason,
    version.inputHash,
    JSON.stringify(results),
  );
}
