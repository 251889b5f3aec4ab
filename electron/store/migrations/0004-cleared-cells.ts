import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- A judge who clears a mark leaves a blank, not a zero: the scores row goes, and the cleared
    -- cell's revision stays here so the clearing travels in the score file and, on the
    -- organizer's side, so an older file cannot bring the cleared value back. A blank is nothing
    -- to keep once its judge, entry or criterion is gone, hence the cascades.
    CREATE TABLE cleared_scores (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id, criterion_id)
    ) WITHOUT ROWID;
    -- score_conflicts (0003) stores a blank side of a conflict, and a resolution to blank, as -1:
    -- its value columns are NOT NULL and its UNIQUE key must treat two blanks as equal.
  `);
}
