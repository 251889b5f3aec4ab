import type { Db } from './database';

// Marks typed from paper sheets (migration 0006): who typed them, when, from which sheet.

export interface PaperCell {
  judgeId: number;
  entryId: number;
  criterionId: number;
  revision: number;
  sheet: string;
  sheetHash: string;
  enteredBy: string;
}

/** The revision at which each of a judge's cells was last typed from paper, by `entry:criterion`. */
export function paperRevisions(db: Db, judgeId: number): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT p.entry_id AS entryId, c.code AS criterion, p.revision FROM paper_cells p
       JOIN criteria c ON c.id = p.criterion_id WHERE p.judge_id = ?`,
    )
    .all(judgeId) as Array<{ entryId: number; criterion: string; revision: number }>;
  return new Map(rows.map((r) => [`${r.entryId}:${r.criterion}`, r.revision]));
}

export function recordPaperCells(db: Db, cells: readonly PaperCell[]): void {
  const upsert = db.prepare(
    `INSERT INTO paper_cells (judge_id, entry_id, criterion_id, revision, sheet, sheet_hash,
       entered_by, entered_at)
     VALUES (@judgeId, @entryId, @criterionId, @revision, @sheet, @sheetHash, @enteredBy, @at)
     ON CONFLICT (judge_id, entry_id, criterion_id) DO UPDATE SET revision = excluded.revision,
       sheet = excluded.sheet, sheet_hash = excluded.sheet_hash, entered_by = excluded.entered_by,
       entered_at = excluded.entered_at`,
  );
  const at = new Date().toISOString();
  for (const cell of cells) upsert.run({ ...cell, at });
}
