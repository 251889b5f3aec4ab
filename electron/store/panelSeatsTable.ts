import { nextFreeSeat } from '../../shared/panel/seats';
import type { Db } from './database';

// Who sits where on a track's panel. panel_members is who scores; the seat is how every sheet,
// file, screen and export names them (1号评委 …).

export interface PanelSeat {
  judgeId: number;
  seat: number | null;
}

export function readPanelSeats(db: Db, trackId: number): PanelSeat[] {
  return db
    .prepare(
      `SELECT judge_id AS judgeId, seat FROM panel_members WHERE track_id = ?
       ORDER BY seat IS NULL, seat, judge_id`,
    )
    .all(trackId) as PanelSeat[];
}

/** Every seat of every panel, as `${trackCode}` → judge id → seat. */
export function readAllSeats(db: Db): Map<string, Map<number, number>> {
  const rows = db
    .prepare(
      `SELECT t.code AS track, p.judge_id AS judgeId, p.seat FROM panel_members p
       JOIN tracks t ON t.id = p.track_id WHERE p.seat IS NOT NULL`,
    )
    .all() as Array<{ track: string; judgeId: number; seat: number }>;
  const seats = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const track = seats.get(row.track) ?? new Map<number, number>();
    track.set(row.judgeId, row.seat);
    seats.set(row.track, track);
  }
  return seats;
}

/** A judge's seat on each panel they sit on, by track code. */
export function judgeSeats(db: Db, judgeId: number): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT t.code AS track, p.seat FROM panel_members p JOIN tracks t ON t.id = p.track_id
       WHERE p.judge_id = ? AND p.seat IS NOT NULL`,
    )
    .all(judgeId) as Array<{ track: string; seat: number }>;
  return Object.fromEntries(rows.map((row) => [row.track, row.seat]));
}

/** Adds the judge to the panel on its first empty seat; `seat` when the caller knows it. */
export function joinPanel(db: Db, judgeId: number, trackId: number, seat?: number): void {
  const taken = readPanelSeats(db, trackId).map((m) => m.seat);
  db.prepare('INSERT INTO panel_members (judge_id, track_id, seat) VALUES (?, ?, ?)').run(
    judgeId,
    trackId,
    seat ?? nextFreeSeat(taken),
  );
}

export function leavePanel(db: Db, judgeId: number, trackId: number): void {
  db.prepare('DELETE FROM panel_members WHERE judge_id = ? AND track_id = ?').run(judgeId, trackId);
}

/** A whole new seating of one panel, already checked (`seatingProblems`). */
export function writePanelSeats(
  db: Db,
  trackId: number,
  seating: ReadonlyArray<{ judgeId: number; seat: number }>,
): void {
  // Cleared first: the unique index is checked row by row, so a swap would clash half-way.
  db.prepare('UPDATE panel_members SET seat = NULL WHERE track_id = ?').run(trackId);
  const set = db.prepare('UPDATE panel_members SET seat = ? WHERE track_id = ? AND judge_id = ?');
  for (const { judgeId, seat } of seating) set.run(seat, trackId, judgeId);
}

/** Whether the judge has a mark for any entry of the track: leaving its panel would drop it. */
export function judgeScoredTrack(db: Db, judgeId: number, trackId: number): boolean {
  return !!db
    .prepare(
      `SELECT 1 FROM scores s JOIN entries e ON e.id = s.entry_id
       WHERE s.judge_id = ? AND e.track_id = ? LIMIT 1`,
    )
    .get(judgeId, trackId);
}
