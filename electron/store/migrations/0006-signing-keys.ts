import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Format version 2: Ed25519 key pairs, each where it belongs. The competition's own pair
    -- (organizer side: both halves; a judge's copy: the public half it pinned from the first judge
    -- file). An older store gets its pair the first time it signs something.
    ALTER TABLE competition ADD COLUMN public_key TEXT;
    ALTER TABLE competition ADD COLUMN signing_key TEXT;
    -- Nothing in a store may sign a judge's score file: the shared HMAC keys of version 1 go.
    ALTER TABLE competition DROP COLUMN secret_key;
    ALTER TABLE judges DROP COLUMN secret_key;
    -- Goes up when the organizer retires a judge's key; judge files of an older epoch are refused.
    ALTER TABLE judges ADD COLUMN key_epoch INTEGER NOT NULL DEFAULT 1 CHECK (key_epoch >= 1);

    -- Organizer side: every public key a judge's score file has carried, and what the head table
    -- decided about it (accepted once the fingerprints were compared, or retired).
    CREATE TABLE judge_keys (
      id INTEGER PRIMARY KEY,
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      public_key TEXT NOT NULL,
      epoch INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'retired')),
      first_seen_at TEXT NOT NULL,
      decided_at TEXT,
      decided_by TEXT,
      reason TEXT NOT NULL DEFAULT '',
      UNIQUE (judge_id, public_key)
    );

    -- Judge side: this device's own key pair for the judge; the private half sealed by the
    -- system's key store where it offers one.
    CREATE TABLE own_key (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      public_key TEXT NOT NULL,
      sealed_private_key TEXT NOT NULL,
      sealing TEXT NOT NULL CHECK (sealing IN ('safeStorage', 'none')),
      epoch INTEGER NOT NULL,
      created_at TEXT NOT NULL
    );

    -- Paper is paper: a mark typed from a paper sheet carries no judge's signature. Who typed it,
    -- when, from which sheet; at the revision it was entered (a later signed revision supersedes).
    CREATE TABLE paper_cells (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      sheet TEXT NOT NULL,
      sheet_hash TEXT NOT NULL,
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id, criterion_id)
    ) WITHOUT ROWID;
  `);
}
