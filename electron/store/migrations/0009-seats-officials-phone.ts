import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- A seat per judge per panel (1号评委 …): what sheets, files, screens and exports name a judge
    -- by. Unique within the panel; nullable only because ADD COLUMN cannot fill it, and because a
    -- new seating is written by clearing the panel's seats first (a unique index is checked row by
    -- row, so two judges could not swap seats otherwise). Existing panels are seated 1..n in the
    -- order their judges were added, which is the order every screen showed them in until now.
    ALTER TABLE panel_members ADD COLUMN seat INTEGER CHECK (seat IS NULL OR seat BETWEEN 1 AND 99);
    UPDATE panel_members SET seat = (
      SELECT COUNT(*) FROM panel_members o
      WHERE o.track_id = panel_members.track_id AND o.judge_id <= panel_members.judge_id
    );
    CREATE UNIQUE INDEX panel_members_seat ON panel_members (track_id, seat);

    -- The head judge (裁判长) and the supervisors (监审) of a track. Not panel members: panel_members
    -- is who scores, and every count of judges, trim and judge file reads it. A head judge who also
    -- scores is on both (the organizer's choice); a supervisor watches and signs, never scores.
    CREATE TABLE track_officials (
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('headJudge', 'supervisor')),
      PRIMARY KEY (track_id, judge_id)
    );
    CREATE UNIQUE INDEX track_officials_one_head ON track_officials (track_id)
      WHERE role = 'headJudge';

    -- The seats a judge file said when it was issued (canonical JSON, track code → seat), so the
    -- judge files screen can say a file went stale because seats moved. NULL: issued before
    -- seats existed, and so naming none.
    ALTER TABLE issued_judge_files ADD COLUMN seats TEXT;

    -- Optional, for the printed panel list; checked loosely by the form and the import.
    ALTER TABLE judges ADD COLUMN phone TEXT NOT NULL DEFAULT '';
  `);
}
