import type { Db } from './database';

// The seeded draw of a track (draws, 0003) and the entries appended after it (late_entries, 0007).

export interface DrawRecord {
  seed: number;
  drawnAt: string;
}

export interface LateEntry {
  entryId: number;
  no: string;
  name: string;
  order: number;
  at: string;
}

export function readDraw(db: Db, trackId: number): DrawRecord | undefined {
  return db
    .prepare('SELECT seed, drawn_at AS drawnAt FROM draws WHERE track_id = ?')
    .get(trackId) as DrawRecord | undefined;
}

export function writeDraw(db: Db, trackId: number, draw: DrawRecord): void {
  db.prepare(
    `INSERT INTO draws (track_id, seed, drawn_at) VALUES (?, ?, ?)
     ON CONFLICT (track_id) DO UPDATE SET seed = excluded.seed, drawn_at = excluded.drawn_at`,
  ).run(trackId, draw.seed, draw.drawnAt);
  db.prepare('DELETE FROM late_entries WHERE track_id = ?').run(trackId);
}

export function setDrawOrder(db: Db, entryId: number, order: number | null): void {
  db.prepare('UPDATE entries SET draw_order = ? WHERE id = ?').run(order, entryId);
}

export function trackHasScores(db: Db, trackId: number): boolean {
  return !!db
    .prepare(
      'SELECT 1 FROM scores s JOIN entries e ON e.id = s.entry_id WHERE e.track_id = ? LIMIT 1',
    )
    .get(trackId);
}

/** Entries of the track with no order yet, by id (the order they were added in). */
export function undrawnEntries(db: Db, trackId: number): Array<{ id: number }> {
  return db
    .prepare('SELECT id FROM entries WHERE track_id = ? AND draw_order IS NULL ORDER BY id')
    .all(trackId) as Array<{ id: number }>;
}

export function lastDrawOrder(db: Db, trackId: number): number {
  return (
    db
      .prepare('SELECT COALESCE(MAX(draw_order), 0) AS n FROM entries WHERE track_id = ?')
      .get(trackId) as { n: number }
  ).n;
}

export function insertLateEntry(db: Db, trackId: number, entryId: number, order: number): void {
  db.prepare(
    `INSERT INTO late_entries (entry_id, track_id, draw_order, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET track_id = excluded.track_id,
       draw_order = excluded.draw_order, added_at = excluded.added_at`,
  ).run(entryId, trackId, order, new Date().toISOString());
}

export function readLateEntries(db: Db, trackId: number): LateEntry[] {
  return db
    .prepare(
      `SELECT l.entry_id AS entryId, e.no, e.name, l.draw_order AS "order", l.added_at AS at
       FROM late_entries l JOIN entries e ON e.id = l.entry_id
       WHERE l.track_id = ? ORDER BY l.draw_order`,
    )
    .all(trackId) as LateEntry[];
}
