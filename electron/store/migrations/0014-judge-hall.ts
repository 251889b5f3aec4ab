import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
// (Numbered 14: number 13 belongs to another change made at the same time.)
export function up(db: Database): void {
  db.exec(`
    -- Judge side: the head table's hall named by the newest judge file that named one (its
    -- address and certificate fingerprint, signed with that file), where the judge's app
    -- pushes the score file live; noted_at: when this store took it. One row at most, none in
    -- an organizer's store.
    CREATE TABLE judge_hall (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      origin TEXT NOT NULL,
      certificate TEXT,
      noted_at TEXT NOT NULL
    );
  `);
}
