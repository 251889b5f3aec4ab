import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- A same-organization recusal is applied automatically whenever a panel is saved or a judge
    -- file or paper sheet is made. When the organizer clears one (the same name, another museum),
    -- the pair is remembered here with the reason, so the next automatic pass leaves it alone.
    -- A table of its own rather than a third recusals.source: that CHECK is shipped (0001).
    CREATE TABLE recusal_exemptions (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (length(reason) > 0),
      created_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id)
    );

    -- Entries added to a track after its draw: appended after the last drawn order, and logged
    -- here so the panel page can say "late entry appended as 13". A redraw clears the track's.
    CREATE TABLE late_entries (
      entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      draw_order INTEGER NOT NULL CHECK (draw_order >= 1),
      added_at TEXT NOT NULL
    );
  `);
}
