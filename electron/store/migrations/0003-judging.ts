import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Which side of the judging this store is: the organizer's competition, or one judge's
    -- copy made from a judge file (that judge's panel only).
    CREATE TABLE store_role (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      role TEXT NOT NULL CHECK (role IN ('organizer', 'judge')),
      judge_id INTEGER REFERENCES judges (id),
      rubric_fingerprint TEXT NOT NULL DEFAULT '',
      -- Judge side: how many times the sheet was submitted, and when last.
      submissions INTEGER NOT NULL DEFAULT 0,
      submitted_at TEXT
    );
    INSERT INTO store_role (singleton, role) VALUES (1, 'organizer');

    -- The seeded draw of performance order, per track, re-drawable until scoring starts.
    CREATE TABLE draws (
      track_id INTEGER PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
      seed INTEGER NOT NULL,
      drawn_at TEXT NOT NULL
    );

    -- Same judge, same cell, same revision, different value: shown to the organizer, never guessed.
    CREATE TABLE score_conflicts (
      id INTEGER PRIMARY KEY,
      judge_id INTEGER NOT NULL REFERENCES judges (id),
      entry_id INTEGER NOT NULL REFERENCES entries (id),
      criterion_id INTEGER NOT NULL REFERENCES criteria (id),
      revision INTEGER NOT NULL,
      stored_value INTEGER NOT NULL,
      incoming_value INTEGER NOT NULL,
      source TEXT NOT NULL,
      created_at TEXT NOT NULL,
      -- The value the organizer chose, once decided.
      resolved_value INTEGER,
      resolved_at TEXT,
      UNIQUE (judge_id, entry_id, criterion_id, revision, incoming_value)
    );

    -- Every score file merged: what it held and what it did, for the merge summary and audit.
    CREATE TABLE merged_files (
      id INTEGER PRIMARY KEY,
      judge_id INTEGER NOT NULL REFERENCES judges (id),
      file_hash TEXT NOT NULL,
      file_name TEXT NOT NULL,
      submitted_at TEXT NOT NULL,
      merged_at TEXT NOT NULL,
      applied INTEGER NOT NULL,
      unchanged INTEGER NOT NULL,
      conflicts INTEGER NOT NULL
    );
  `);
}
