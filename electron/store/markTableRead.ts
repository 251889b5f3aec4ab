import type { Track } from '../../shared/domain/rubric';
import { BLANK, judgedCriteria, type MarkTable } from '../../shared/scoring';
import type { Db } from './database';

// A track's judged marks, 300,000 cells at national scale, read as the engine's columns of
// numbers. SQLite hands each judge's cells over as three lists of numbers in one string each:
// an object per cell (or per row) cost more than everything else in computing the results.

interface JudgeCells {
  judgeId: number;
  entryIds: Int32Array;
  /** Place among a row's values, −1 for a criterion of another track. */
  places: Int32Array;
  values: Int32Array;
}

export function readMarkTable(
  db: Db,
  trackId: number,
  track: Track,
  judgeIds: readonly number[],
): MarkTable {
  const judged = judgedCriteria(track);
  const width = judged.length;
  const criteria = db
    .prepare('SELECT id, code FROM criteria WHERE track_id = ?')
    .all(trackId) as Array<{ id: number; code: string }>;
  // criterion id → place in a row (−1: not judged here), as an array: 1.2 million lookups.
  const place = new Int32Array(Math.max(0, ...criteria.map(({ id }) => id)) + 1).fill(-1);
  for (const { id, code } of criteria) place[id] = judged.indexOf(code);
  const perJudge = judgeIds.map((judgeId) => readJudgeCells(db, judgeId, place));

  // First pass: which row each cell goes to. Cells come entry by entry, so a judge's row only
  // changes with the entry; `rowOf` (entry id → row + 1, cleared after each judge) catches an
  // entry seen before (entry ids are the store's row ids: dense, and few). Second pass: the values, in an array sized once.
  const rowOfCell = perJudge.map(({ places }) => new Int32Array(places.length));
  const rowJudge: number[] = [];
  const rowEntry: number[] = [];
  const rowOf = new Int32Array(maxEntryId(perJudge) + 1);
  perJudge.forEach(({ judgeId, entryIds, places }, j) => {
    const cellRows = rowOfCell[j]!;
    let lastEntry = -1;
    let row = -1;
    for (let i = 0; i < places.length; i++) {
      if (places[i]! < 0) continue;
      const entry = entryIds[i]!;
      if (entry !== lastEntry) {
        lastEntry = entry;
        row = rowOf[entry]! - 1;
        if (row < 0) {
          row = rowJudge.length;
          rowOf[entry] = row + 1;
          rowJudge.push(judgeId);
          rowEntry.push(entry);
        }
      }
      cellRows[i] = row;
    }
    for (let i = 0; i < places.length; i++) rowOf[entryIds[i]!] = 0;
  });
  const values = new Int32Array(rowJudge.length * width).fill(BLANK);
  perJudge.forEach(({ places, values: cells }, j) => {
    const rows = rowOfCell[j]!;
    for (let i = 0; i < places.length; i++) {
      if (places[i]! >= 0) values[rows[i]! * width + places[i]!] = cells[i]!;
    }
  });
  return {
    width,
    judgeIds: Int32Array.from(rowJudge),
    entryIds: Int32Array.from(rowEntry),
    values,
  };
}

function maxEntryId(perJudge: readonly JudgeCells[]): number {
  let max = 0;
  for (const { entryIds } of perJudge) for (const id of entryIds) if (id > max) max = id;
  return max;
}

/** One judge's every cell; the aggregates of one query see the rows in the same order. */
function readJudgeCells(db: Db, judgeId: number, place: Int32Array): JudgeCells {
  const [count, entryList, criterionList, valueList] = db
    .prepare(
      `SELECT count(*), group_concat(entry_id, ' '), group_concat(criterion_id, ' '),
         group_concat(value, ' ')
       FROM scores WHERE judge_id = ?`,
    )
    .raw(true)
    .get(judgeId) as [number, string | null, string | null, string | null];
  const places = integers(criterionList, count);
  // Criteria belong to one track, so the criterion alone keeps other panels' marks out.
  for (let i = 0; i < count; i++) {
    const id = places[i]!;
    places[i] = id < place.length ? place[id]! : -1;
  }
  return {
    judgeId,
    entryIds: integers(entryList, count),
    places,
    values: integers(valueList, count),
  };
}

/** "12 7 300" → [12, 7, 300]: `count` non-negative integers below 2^31, one space apart. */
function integers(list: string | null, count: number): Int32Array {
  const out = new Int32Array(count);
  if (!list) return out;
  let value = 0;
  let k = 0;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code === 32) {
      out[k++] = value;
      value = 0;
    } else value = value * 10 + (code - 48);
  }
  out[k] = value;
  return out;
}
