import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- An entry's or a judge's id is theirs for the life of the competition. A plain INTEGER
    -- PRIMARY KEY hands the highest id out again once its row is removed, and a judge file issued
    -- before the removal still names it: the merge would put those marks on the newcomer. Ids are
    -- taken from these counters instead, which only go up.
    CREATE TABLE identity_counters (
      kind TEXT PRIMARY KEY CHECK (kind IN ('entry', 'judge')),
      last INTEGER NOT NULL CHECK (last >= 0)
    );
    INSERT INTO identity_counters (kind, last)
      VALUES ('entry', (SELECT COALESCE(MAX(id), 0) FROM entries)),
             ('judge', (SELECT COALESCE(MAX(id), 0) FROM judges));

    -- Organizer side: what each judge's last judge file said (a hash of its signed content less
    -- the time of issue), so the head table sees which files a later change has made stale.
    CREATE TABLE issued_judge_files (
      judge_id INTEGER PRIMARY KEY REFERENCES judges (id) ON DELETE CASCADE,
      content_hash TEXT NOT NULL,
      rubric_fingerprint TEXT NOT NULL,
      entries INTEGER NOT NULL,
      issued_at TEXT NOT NULL,
      times INTEGER NOT NULL CHECK (times >= 1)
    );

    -- Judge side: an entry the newest judge file no longer lists (the organizer removed it). Its
    -- marks stay in the judge's store, shown as withdrawn, and no longer travel in score files.
    ALTER TABLE entries ADD COLUMN removed_at TEXT;

    -- Judge side: score files exported so far, so two exports in the same second get two names.
    ALTER TABLE store_role ADD COLUMN exports INTEGER NOT NULL DEFAULT 0;
  `);
}
