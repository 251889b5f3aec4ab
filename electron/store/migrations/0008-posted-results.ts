import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- Signed publication: the posted list (公示) of each locked version as it was locked — the
    -- unsigned content of its results file, canonical JSON — so the print, the signed file and
    -- its verification code never drift from what was published when an organization is
    -- corrected later. NULL for a version locked before this: it is kept on its first export.
    ALTER TABLE result_versions ADD COLUMN posted TEXT;
  `);
}
