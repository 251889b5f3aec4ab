import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Double entry of paper sheets: two scorekeepers each type the same judge's sheet of a
    -- track (pass 1 and pass 2), naming themselves (the head table may have no accounts).
    -- finished_at: the typist said the sheet is done, so a cell they left empty is a blank.
    CREATE TABLE double_entry_passes (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      pass INTEGER NOT NULL CHECK (pass IN (1, 2)),
      typist TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      PRIMARY KEY (judge_id, track_id, pass)
    ) WITHOUT ROWID;

    -- What each pass typed, cell by cell; value NULL is a blank typed (blank is not zero).
    -- Kept apart from the judge's marks: only cells where both passes agree are merged there.
    CREATE TABLE double_entry_cells (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
      pass INTEGER NOT NULL CHECK (pass IN (1, 2)),
      value INTEGER CHECK (value IS NULL OR value >= 0),
      typist TEXT NOT NULL,
      typed_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id, criterion_id, pass)
    ) WITHOUT ROWID;

    -- A disagreement decided after a third look at the paper: the two values it was decided on
    -- (a later change of either makes it undecided again), the choice, who made it and why.
    CREATE TABLE double_entry_resolutions (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
      first_value INTEGER,
      second_value INTEGER,
      value INTEGER,
      decided_by TEXT NOT NULL,
      reason TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id, criterion_id)
    ) WITHOUT ROWID;
  `);
}
