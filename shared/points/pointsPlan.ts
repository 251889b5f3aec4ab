import { textKey } from '../domain/textKey';
import type { MessageParam } from '../errors';
import type { DeductionRow, PointsProblem, QuizRow } from './pointsSheet';

// What applying a quiz or deductions file would change, matched to the track's entries by
// number. Pure; the service reads the store, calls these and writes all of it or nothing.

export interface PlanEntry {
  id: number;
  no: string;
  name: string;
}

export interface QuizChange {
  row: number;
  entryId: number;
  no: string;
  name: string;
  criterion: string;
  before: number | null;
  after: number;
}

export interface DeductionAdd {
  row: number;
  entryId: number;
  no: string;
  name: string;
  points: number;
  reason: string;
}

export interface PointsPlan<C> {
  changes: C[];
  /** Values (quiz) or deductions already stored as the file has them. */
  unchanged: number;
  /** Quiz cells the file leaves blank: nothing stored changes for them. */
  blank: number;
  /** Entries of the track the file does not list: left as they are, and shown. */
  notInFile: PlanEntry[];
  problems: PointsProblem[];
}

/** Each row to its entry by number; an unknown number, a second row or another name is refused. */
function matchRows<R extends { row: number; no: string; name: string | null }>(
  rows: readonly R[],
  entries: readonly PlanEntry[],
  track: MessageParam,
  oneRowEach: boolean,
) {
  const byNo = new Map(entries.map((e) => [textKey(e.no), e]));
  const firstRow = new Map<number, number>();
  const matched: Array<{ row: R; entry: PlanEntry }> = [];
  const problems: PointsProblem[] = [];
  for (const row of rows) {
    const where = { row: row.row, no: row.no, name: row.name, column: null };
    const entry = byNo.get(textKey(row.no));
    if (!entry) {
      problems.push({ ...where, code: 'points.unknownNo', params: { no: row.no, track } });
      continue;
    }
    if (row.name !== null && textKey(row.name) !== textKey(entry.name)) {
      problems.push({
        ...where,
        code: 'points.nameMismatch',
        params: { no: entry.no, stored: entry.name, given: row.name },
      });
      continue;
    }
    const first = firstRow.get(entry.id);
    if (oneRowEach && first !== undefined) {
      problems.push({
        ...where,
        name: entry.name,
        code: 'points.duplicateNo',
        params: { no: entry.no, first },
      });
      continue;
    }
    firstRow.set(entry.id, row.row);
    matched.push({ row, entry });
  }
  const listed = new Set(matched.map((m) => m.entry.id));
  return { matched, problems, notInFile: entries.filter((e) => !listed.has(e.id)) };
}

/** `stored`: `${entryId}:${criterion}` → the value recorded now. */
export function planQuiz(
  rows: readonly QuizRow[],
  entries: readonly PlanEntry[],
  stored: ReadonlyMap<string, number>,
  track: MessageParam,
): PointsPlan<QuizChange> {
  const { matched, problems, notInFile } = matchRows(rows, entries, track, true);
  const changes: QuizChange[] = [];
  let unchanged = 0;
  let blank = 0;
  for (const { row, entry } of matched) {
    for (const [criterion, after] of Object.entries(row.values)) {
      if (after === null) {
        blank += 1;
        continue;
      }
      const before = stored.get(`${entry.id}:${criterion}`) ?? null;
      if (before === after) unchanged += 1;
      else
        changes.push({
          row: row.row,
          entryId: entry.id,
          no: entry.no,
          name: entry.name,
          criterion,
          before,
          after,
        });
    }
  }
  return { changes, unchanged, blank, notInFile, problems };
}

/**
 * Deductions are added, never replaced: one already stored with the same points and reason is
 * that row (re-importing a file changes nothing); n equal rows stand for n deductions.
 */
export function planDeductions(
  rows: readonly DeductionRow[],
  entries: readonly PlanEntry[],
  stored: ReadonlyArray<{ entryId: number; points: number; reason: string }>,
  track: MessageParam,
): PointsPlan<DeductionAdd> {
  const { matched, problems, notInFile } = matchRows(rows, entries, track, false);
  const left = new Map<string, number>();
  const key = (entryId: number, points: number, reason: string) =>
    `${entryId}:${points}:${textKey(reason)}`;
  for (const p of stored)
    left.set(
      key(p.entryId, p.points, p.reason),
      (left.get(key(p.entryId, p.points, p.reason)) ?? 0) + 1,
    );
  const changes: DeductionAdd[] = [];
  let unchanged = 0;
  for (const { row, entry } of matched) {
    const k = key(entry.id, row.points, row.reason);
    const there = left.get(k) ?? 0;
    if (there > 0) {
      left.set(k, there - 1);
      unchanged += 1;
      continue;
    }
    changes.push({
      row: row.row,
      entryId: entry.id,
      no: entry.no,
      name: entry.name,
      points: row.points,
      reason: row.reason,
    });
  }
  return { changes, unchanged, blank: 0, notInFile, problems };
}
