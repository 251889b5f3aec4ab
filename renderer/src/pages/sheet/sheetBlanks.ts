import type { SheetView } from '../../../../shared/api/judging';
import type { Criterion } from '../../../../shared/domain/rubric';

/** One contestant with unscored criteria: what 提交 lists before it asks to confirm. */
export interface BlankRow {
  entryId: number;
  no: string;
  name: string;
  criteria: Criterion[];
}

/** A row the judge scores, with the keys of its marks in the sheet's map, made once per sheet. */
export interface ScoredRow {
  entry: SheetView['entries'][number];
  criteria: Criterion[];
  keys: string[];
}

export const markKey = (entryId: number, criterion: string) => `${entryId}:${criterion}`;

/** Whether the judge scores this row: not recused, not removed from the roster. */
export const scoreable = (entry: SheetView['entries'][number]) =>
  entry.recusal === null && !entry.removed;

/** Every scoreable row in sheet order; an absent contestant's row counts too. */
export function scoredRows(
  entries: SheetView['entries'],
  criteriaOf: (track: string) => Criterion[],
): ScoredRow[] {
  return entries.filter(scoreable).map((entry) => {
    const criteria = criteriaOf(entry.track);
    return { entry, criteria, keys: criteria.map((c) => markKey(entry.id, c.code)) };
  });
}

/**
 * How many rows have every mark. Counted after every saved mark, so it only looks keys up (the
 * sheet's 500 × 8 keys built afresh each time were most of a redraw).
 */
export function completeRows(rows: ScoredRow[], marks: ReadonlyMap<string, number>): number {
  let complete = 0;
  for (const row of rows) if (row.keys.every((key) => marks.has(key))) complete += 1;
  return complete;
}

/** Every row with a blank, in sheet order, with its blank criteria. */
export function blankRows(rows: ScoredRow[], marks: ReadonlyMap<string, number>): BlankRow[] {
  return rows.flatMap(({ entry, criteria, keys }) => {
    const blank = criteria.filter((_, i) => !marks.has(keys[i]!));
    return blank.length === 0
      ? []
      : [{ entryId: entry.id, no: entry.no, name: entry.name, criteria: blank }];
  });
}
