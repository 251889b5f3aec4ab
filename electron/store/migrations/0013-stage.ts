import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- The head judge's decision on an entry whose marks are in: released to the big screen,
    -- held, or sent back to a judge to look again. marks_hash is the entry's marks as released:
    -- marks that change afterwards put it back in the queue (the screen keeps the released ones).
    -- released_json is what the screen shows for it, frozen at the release. Who and when of
    -- each decision is in the audit (stage.release, stage.hold, stage.lookAgain).
    CREATE TABLE entry_reviews (
      entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('released', 'held', 'lookAgain')),
      note TEXT NOT NULL DEFAULT '',
      by TEXT NOT NULL,
      at TEXT NOT NULL,
      marks_hash TEXT,
      released_json TEXT
    );

    -- The performance timer of an entry at the head table; measured_ms once stopped, recorded
    -- with the entry. deduction_penalty_id: the overtime deduction the head judge accepted.
    CREATE TABLE performance_times (
      entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
      started_at INTEGER,
      elapsed_ms INTEGER NOT NULL DEFAULT 0,
      measured_ms INTEGER,
      deduction_penalty_id INTEGER REFERENCES penalties (id) ON DELETE SET NULL
    );

    -- Per track: the deviation threshold of the review queue (percent of the judged full marks)
    -- and the appeal window after a release (minutes).
    CREATE TABLE stage_tracks (
      track_id INTEGER PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
      deviation_percent REAL NOT NULL DEFAULT 10,
      appeal_minutes INTEGER NOT NULL DEFAULT 20
    );

    -- Appeals (申诉) against a released result: who, what, the decision and why, the result
    -- before (as released) and after, and the version a locked track published for it.
    CREATE TABLE appeals (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      filed_at TEXT NOT NULL,
      filed_by TEXT NOT NULL,
      what TEXT NOT NULL,
      final_before TEXT NOT NULL,
      decision TEXT CHECK (decision IN ('upheld', 'rejected')),
      decided_by TEXT,
      decided_at TEXT,
      reason TEXT,
      final_after TEXT,
      version INTEGER
    );

    -- What the big screen shows, one row: the head table decides what and when. version rises
    -- with every change, so a screen that polls redraws only when it moves.
    CREATE TABLE stage_screen (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL DEFAULT 0,
      track_id INTEGER REFERENCES tracks (id) ON DELETE SET NULL,
      mode TEXT NOT NULL DEFAULT 'queue' CHECK (mode IN ('entry', 'queue', 'blank')),
      shown_entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
      on_stage_entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
      ceremony INTEGER NOT NULL DEFAULT 0,
      english INTEGER NOT NULL DEFAULT 0,
      show_timer INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO stage_screen (id) VALUES (1);
  `);
}
