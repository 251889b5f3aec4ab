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

  // A judge's cells come entry by entry (the primary key's order), so a row ends where the entry
  // changes. Were they ever out of order, an entry would get two rows, which the engine combines
  // cell by cell (MarkTable allows it): the order makes this fast, not right.
  let rows = 0;
  for (const { entryIds, places } of perJudge) {
    let lastEntry = -1;
    for (let i = 0; i < places.length; i++) {
      if (places[i]! >= 0 && entryIds[i] !== lastEntry) {
        lastEntry = entryIds[i]!;
        rows++;
      }
    }
  }
  const rowJudge = new Int32Array(rows);
  const rowEntry = new Int32Array(rows);
  const values = new Int32Array(rows * width).fill(BLANK);
  let row = -1;
  for (const { judgeId, entryIds, places, values: cells } of perJudge) {
    let lastEntry = -1;
    for (let i = 0; i < places.length; i++) {
      const at = places[i]!;
      if (at < 0) continue;
      if (entryIds[i] !== lastEntry) {
        lastEntry = entryIds[i]!;
        row++;
        rowJudge[row] = judgeId;
        rowEntry[row] = lastEntry;
      }
      values[row * width + at] = cells[i]!;
    }
  }
  return { width, judgeIds: rowJudge, entryIds: rowEntry, values };
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
