// Double entry of a paper score sheet: two scorekeepers each type the same judge's sheet, and only
// what both typed alike reaches the judge's marks. Decided here, without a database, so the rule
// can be tested on its own; the double-entry service reads both passes, asks here, and merges.
//
// Choices the brief left open, and what was chosen:
// - A cell a pass has not typed is not yet known, unless that pass is finished (完成本遍): then
//   it is blank, as on the paper. A cell typed and then emptied is a known blank at once.
// - Both blank agree on nothing to merge: blank is missing, never 0, and never clears a mark.
// - A resolution holds for the two values it was made on. Either typist changing their cell
//   afterwards makes it a new disagreement (or an agreement), never silently the old choice.

export type PassNumber = 1 | 2;

/** What one pass holds for a cell: `typed` false when the typist has not been there. */
export interface PassCell {
  typed: boolean;
  /** Hundredths; null is a blank typed (or left, once the pass is finished). */
  value: number | null;
}

export interface PassSide {
  cell: PassCell | undefined;
  finished: boolean;
}

/** The third look's explicit choice, recorded with the two values it chose between. */
export interface Resolution {
  first: number | null;
  second: number | null;
  value: number | null;
}

export type CellState =
  /** At least one pass has not given its value yet. */
  | { kind: 'waiting' }
  /** Both passes typed the same (null: both blank, nothing to merge). */
  | { kind: 'agreed'; value: number | null }
  /** They differ and nobody has chosen: nothing of this cell merges. */
  | { kind: 'mismatch'; first: number | null; second: number | null }
  /** They differ and a person chose `value` after a third look at the paper. */
  | { kind: 'resolved'; value: number | null; first: number | null; second: number | null };

/** The value a pass gives for a cell, or undefined while it is not known. */
export function knownValue(side: PassSide): number | null | undefined {
  if (side.cell?.typed) return side.cell.value;
  return side.finished ? null : undefined;
}

export function compareCell(first: PassSide, second: PassSide, resolution?: Resolution): CellState {
  const a = knownValue(first);
  const b = knownValue(second);
  if (a === undefined || b === undefined) return { kind: 'waiting' };
  if (a === b) return { kind: 'agreed', value: a };
  if (resolution && resolution.first === a && resolution.second === b) {
    return { kind: 'resolved', value: resolution.value, first: a, second: b };
  }
  return { kind: 'mismatch', first: a, second: b };
}

/** The value a cell may merge into the judge's marks, or null when it may not (yet). */
export function mergeableValue(state: CellState): number | null {
  if (state.kind === 'agreed' || state.kind === 'resolved') return state.value;
  return null;
}

export interface SheetCounts {
  agreed: number;
  mismatches: number;
  resolved: number;
  waiting: number;
}

export function countStates(states: Iterable<CellState>): SheetCounts {
  const counts: SheetCounts = { agreed: 0, mismatches: 0, resolved: 0, waiting: 0 };
  for (const state of states) {
    if (state.kind === 'agreed') counts.agreed += 1;
    else if (state.kind === 'mismatch') counts.mismatches += 1;
    else if (state.kind === 'resolved') counts.resolved += 1;
    else counts.waiting += 1;
  }
  return counts;
}
