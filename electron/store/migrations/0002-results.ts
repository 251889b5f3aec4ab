import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Single awards (单项奖) are chosen by the jury and recorded by hand beside the computed tier.
    CREATE TABLE single_awards (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) > 0),
      created_at TEXT NOT NULL,
      UNIQUE (entry_id, name)
    );

    -- Each lock of a track's results is a published version, with the hash of its inputs.
    CREATE TABLE result_versions (
      id INTEGER PRIMARY KEY,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      locked_at TEXT NOT NULL,
      locked_by TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      input_hash TEXT NOT NULL,
      results TEXT NOT NULL,
      UNIQUE (track_id, version)
    );
  `);
}
