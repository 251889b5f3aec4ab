import { AppFailure } from '../errors';
import { BLANK, type PenaltyLine, type TrackResultsInput } from './types';

// Inputs arrive as flat lists in any order. Indexing them once makes every later step a lookup,
// and it is where contradictions are caught: merging decides which revision of a score wins, so
// two different values for one cell here mean an unmerged input, never something to guess at.

/**
 * Every judged cell of the track in one block: entry (in entry order) × panel judge (in panel
 * order) × judged criterion, hundredths, BLANK where blank. One allocation for the whole track.
 */
export interface JudgedCells {
  values: Int32Array;
  judges: number;
  width: number;
}

/** Where the cells of the entry at `entry` and the panel judge at `judge` start. */
export function cellsAt(cells: JudgedCells, entry: number, judge: number): number {
  return (entry * cells.judges + judge) * cells.width;
}

export interface ScoreIndex {
  judged: JudgedCells;
  /** entry → criterion → hundredths, objective criteria only. */
  objective: Map<number, Map<string, number>>;
  /** entry → recused judge ids. */
  recused: Map<number, Set<number>>;
  /** entry → penalties, in a fixed order whatever the input order. */
  penalties: Map<number, PenaltyLine[]>;
}

export interface IndexContext {
  /** Sorted by id, ids unique. */
  panel: ReadonlyArray<{ id: number; name: string }>;
  entries: ReadonlyArray<{ id: number; no: string }>;
  /** In the order of a mark row's values. */
  judgedCriteria: readonly string[];
  objectiveCriteria: Set<string>;
}

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export function indexInputs(input: TrackResultsInput, context: IndexContext): ScoreIndex {
  const { panel, entries, judgedCriteria, objectiveCriteria } = context;
  const judgeAt = new Map(panel.map((judge, i) => [judge.id, i]));
  const entryAt = new Map(entries.map((entry, i) => [entry.id, i]));
  const width = judgedCriteria.length;
  const index: ScoreIndex = {
    judged: {
      values: new Int32Array(entries.length * panel.length * width).fill(BLANK),
      judges: panel.length,
      width,
    },
    objective: new Map(),
    recused: new Map(),
    penalties: new Map(),
  };

  const { marks } = input;
  if (marks.width !== width) {
    throw new RangeError(`marks: ${marks.width} values a row, the track judges ${width}`);
  }
  const cells = index.judged.values;
  for (let r = 0; r < marks.judgeIds.length; r++) {
    const judge = judgeAt.get(marks.judgeIds[r]!);
    const entry = entryAt.get(marks.entryIds[r]!);
    if (judge === undefined || entry === undefined) continue;
    const at = cellsAt(index.judged, entry, judge);
    for (let c = 0; c < width; c++) {
      const value = marks.values[r * width + c]!;
      if (value === BLANK) continue;
      // A second row for the same sheet is combined cell by cell, never overwritten.
      const previous = cells[at + c]!;
      if (previous !== BLANK && previous !== value) {
        throw AppFailure.of('results.conflictingScore', {
          judge: panel[judge]!.name,
          entry: entries[entry]!.no,
          criterion: judgedCriteria[c]!,
        });
      }
      cells[at + c] = value;
    }
  }

  for (const record of input.objective) {
    const entry = entryAt.get(record.entryId);
    if (entry === undefined || !objectiveCriteria.has(record.criterion)) continue;
    const cells = child(index.objective, record.entryId, () => new Map<string, number>());
    const previous = cells.get(record.criterion);
    if (previous !== undefined && previous !== record.value) {
      throw AppFailure.of('results.conflictingObjective', {
        entry: entries[entry]!.no,
        criterion: record.criterion,
      });
    }
    cells.set(record.criterion, record.value);
  }

  for (const recusal of input.recusals) {
    if (!judgeAt.has(recusal.judgeId) || !entryAt.has(recusal.entryId)) continue;
    child(index.recused, recusal.entryId, () => new Set<number>()).add(recusal.judgeId);
  }

  for (const penalty of input.penalties) {
    if (!entryAt.has(penalty.entryId)) continue;
    child(index.penalties, penalty.entryId, () => [] as PenaltyLine[]).push({
      points: penalty.points,
      reason: penalty.reason,
    });
  }
  for (const lines of index.penalties.values()) {
    lines.sort((a, b) =>
      a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : a.points - b.points,
    );
  }
  return index;
}
