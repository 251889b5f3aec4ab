import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE competition (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      edition TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL DEFAULT '',
      end_date TEXT NOT NULL DEFAULT '',
      venue TEXT NOT NULL DEFAULT '',
      secret_key TEXT NOT NULL,
      template TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE tracks (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      position INTEGER NOT NULL,
      name_zh TEXT NOT NULL,
      name_en TEXT NOT NULL,
      aliases TEXT NOT NULL,
      entry_kind TEXT NOT NULL CHECK (entry_kind IN ('individual', 'team')),
      team_min INTEGER NOT NULL,
      team_max INTEGER NOT NULL,
      time_limit_seconds INTEGER NOT NULL,
      decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 2),
      aggregation TEXT NOT NULL,
      tie_break TEXT NOT NULL,
      awards TEXT NOT NULL,
      penalties TEXT NOT NULL
    );

    CREATE TABLE groups (
      id INTEGER PRIMARY KEY,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      name_zh TEXT NOT NULL,
      name_en TEXT NOT NULL,
      is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
      UNIQUE (track_id, code)
    );

    CREATE TABLE segments (
      id INTEGER PRIMARY KEY,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      name_zh TEXT NOT NULL,
      name_en TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('judged', 'objective')),
      UNIQUE (track_id, code)
    );

    CREATE TABLE criteria (
      id INTEGER PRIMARY KEY,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      name_zh TEXT NOT NULL,
      name_en TEXT NOT NULL,
      description_zh TEXT NOT NULL DEFAULT '',
      description_en TEXT NOT NULL DEFAULT '',
      max INTEGER NOT NULL CHECK (max > 0),
      step INTEGER NOT NULL CHECK (step > 0 AND step <= max),
      UNIQUE (track_id, code)
    );

    CREATE TABLE entries (
      id INTEGER PRIMARY KEY,
      track_id INTEGER NOT NULL REFERENCES tracks (id),
      group_id INTEGER NOT NULL REFERENCES groups (id),
      no TEXT NOT NULL CHECK (length(no) > 0),
      draw_order INTEGER,
      name TEXT NOT NULL CHECK (length(name) > 0),
      organization TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('competing', 'absent', 'withdrawn', 'disqualified')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (track_id, no)
    );

    CREATE TABLE team_members (
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      role TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (entry_id, position)
    );

    CREATE TABLE judges (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      organization TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      secret_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE panel_members (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      track_id INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
      PRIMARY KEY (judge_id, track_id)
    );

    CREATE TABLE recusals (
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      reason TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL CHECK (source IN ('auto', 'manual')),
      created_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id)
    );

    -- A missing mark has no row: blank is never 0.
    CREATE TABLE scores (
      judge_id INTEGER NOT NULL REFERENCES judges (id),
      entry_id INTEGER NOT NULL REFERENCES entries (id),
      criterion_id INTEGER NOT NULL REFERENCES criteria (id),
      value INTEGER NOT NULL CHECK (value >= 0),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, entry_id, criterion_id)
    ) WITHOUT ROWID;

    CREATE TABLE objective_scores (
      entry_id INTEGER NOT NULL REFERENCES entries (id),
      criterion_id INTEGER NOT NULL REFERENCES criteria (id),
      value INTEGER NOT NULL CHECK (value >= 0),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (entry_id, criterion_id)
    ) WITHOUT ROWID;

    CREATE TABLE penalties (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id),
      rule TEXT,
      points INTEGER NOT NULL CHECK (points > 0),
      reason TEXT NOT NULL CHECK (length(reason) > 0),
      created_at TEXT NOT NULL
    );

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      before TEXT,
      after TEXT,
      reason TEXT NOT NULL DEFAULT ''
    );

    CREATE INDEX entries_by_track ON entries (track_id, group_id);
    CREATE INDEX scores_by_entry ON scores (entry_id);
  `);
}
