import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Every file given to a merge, refused ones too (merged_files holds only the accepted), so
    -- the merge page can show after a restart what each file did: when, which file, whose, what
    -- came of it. reason: a refusal as its catalog code and params (canonical JSON), turned into
    -- the reader's language when shown.
    CREATE TABLE merge_history (
      id INTEGER PRIMARY KEY,
      batch INTEGER NOT NULL,
      merged_at TEXT NOT NULL,
      file_name TEXT NOT NULL,
      judge TEXT,
      outcome TEXT NOT NULL
        CHECK (outcome IN ('merged', 'duplicate', 'older', 'conflict', 'refused')),
      applied INTEGER NOT NULL,
      unchanged INTEGER NOT NULL,
      older INTEGER NOT NULL,
      conflicts INTEGER NOT NULL,
      reason TEXT
    );
    CREATE INDEX merge_history_batch ON merge_history (batch);

    -- Both sides of a conflict named: the file that brought the stored mark (the judge's last
    -- file that changed marks, as far as the store can tell) and when each side was typed on the
    -- judge's device; and the decision with who took it and why. NULL on conflicts recorded
    -- before this.
    ALTER TABLE score_conflicts ADD COLUMN stored_source TEXT;
    ALTER TABLE score_conflicts ADD COLUMN stored_saved_at TEXT;
    ALTER TABLE score_conflicts ADD COLUMN incoming_saved_at TEXT;
    ALTER TABLE score_conflicts ADD COLUMN decided_by TEXT;
    ALTER TABLE score_conflicts ADD COLUMN decision_reason TEXT;
  `);
}
