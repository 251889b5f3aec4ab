import type { Track } from '../domain/rubric';
import { judgedCriteria } from './judgeTotals';
import { BLANK, type MarkTable } from './types';

/** One judge's marks for one entry, in the order of the track's judged criteria; null: blank. */
export interface MarkRow {
  judgeId: number;
  entryId: number;
  values: ReadonlyArray<number | null>;
}

/** One judged mark, hundredths, as a person or a test writes it down. */
export interface ScoreCell {
  judgeId: number;
  entryId: number;
  criterion: string;
  value: number;
}

export function markTable(width: number, rows: readonly MarkRow[]): MarkTable {
  const values = new Int32Array(rows.length * width);
  rows.forEach((row, r) => {
    if (row.values.length !== width) {
      throw new RangeError(`marks of judge ${row.judgeId}, entry ${row.entryId}: not ${width}`);
    }
    row.values.forEach((value, c) => {
      values[r * width + c] = value ?? BLANK;
    });
  });
  return {
    width,
    judgeIds: rows.map((row) => row.judgeId),
    entryIds: rows.map((row) => row.entryId),
    values,
  };
}

/** The rows of a table, e.g. to reorder them. */
export function tableRows(table: MarkTable): MarkRow[] {
  const { width } = table;
  return Array.from({ length: table.judgeIds.length }, (_, r) => ({
    judgeId: table.judgeIds[r]!,
    entryId: table.entryIds[r]!,
    values: Array.from({ length: width }, (_, c) => {
      const value = table.values[r * width + c]!;
      return value === BLANK ? null : value;
    }),
  }));
}

/**
 * Cells → the engine's table. A cell of a criterion the track does not judge is left out, as the
 * engine would ignore it; a cell named twice with another value goes into a row of its own, so
 * the engine reports the contradiction instead of this picking one.
 */
export function markTableOf(track: Track, cells: readonly ScoreCell[]): MarkTable {
  const criteria = judgedCriteria(track);
  const position = new Map(criteria.map((code, i) => [code, i]));
  const rows = new Map<string, MarkRow & { values: Array<number | null> }>();
  const extra: MarkRow[] = [];
  for (const { judgeId, entryId, criterion, value } of cells) {
    const at = position.get(criterion);
    if (at === undefined) continue;
    const key = `${judgeId}/${entryId}`;
    let row = rows.get(key);
    if (!row) {
      row = { judgeId, entryId, values: criteria.map(() => null) };
      rows.set(key, row);
    }
    if (row.values[at] === null || row.values[at] === value) row.values[at] = value;
    else {
      const alone: Array<number | null> = criteria.map(() => null);
      alone[at] = value;
      extra.push({ judgeId, entryId, values: alone });
    }
  }
  return markTable(criteria.length, [...rows.values(), ...extra]);
}
