import type { Track } from '../domain/rubric';
import { cellsAt, type JudgedCells } from './scoreIndex';
import { BLANK, type JudgeLine } from './types';

// A judge's total exists only when the judge scored every judged criterion: a partial sheet is
// not a low mark, and counting it would publish a blank as zero.

export function judgedCriteria(track: Track): string[] {
  return track.segments
    .filter((segment) => segment.kind === 'judged')
    .flatMap((segment) => segment.criteria.map((criterion) => criterion.code));
}

export function objectiveCriteria(track: Track): string[] {
  return track.segments
    .filter((segment) => segment.kind === 'objective')
    .flatMap((segment) => segment.criteria.map((criterion) => criterion.code));
}

/** A complete, non-recused mark's line: the only kind the panel score and tie-breaks use. */
export type ValidLine = JudgeLine & { total: number };

/** Each judged criterion's maximum and step, in the order of judgedCriteria(track). */
export interface JudgedScale {
  max: Int32Array;
  step: Int32Array;
}

export function judgedScale(track: Track): JudgedScale {
  const criteria = track.segments
    .filter((segment) => segment.kind === 'judged')
    .flatMap((segment) => segment.criteria);
  return {
    max: Int32Array.from(criteria, (c) => c.max),
    step: Int32Array.from(criteria, (c) => c.step),
  };
}

/**
 * One line per panel judge (panel sorted by judge id) for the entry at place `entry`. A valid
 * mark's line says 'counted' until the panel rule drops it. A cell off the scale (only possible
 * after a rubric change applied anyway) makes the line 'offScale': not counted, and flagged.
 */
export function judgeLines(
  panel: ReadonlyArray<{ id: number; name: string }>,
  cells: JudgedCells,
  entry: number,
  recused: ReadonlySet<number> | undefined,
  scale: JudgedScale,
): { lines: JudgeLine[]; valid: ValidLine[]; validPlaces: number[] } {
  const lines: JudgeLine[] = [];
  const valid: ValidLine[] = [];
  /** The valid judges' places in the panel, for their cells. */
  const validPlaces: number[] = [];
  const { values, width } = cells;
  for (let j = 0; j < panel.length; j++) {
    const judge = panel[j]!;
    const at = cellsAt(cells, entry, j);
    let scored = 0;
    let total = 0;
    let offScale = false;
    for (let c = 0; c < width; c++) {
      const value = values[at + c]!;
      if (value === BLANK) continue;
      scored++;
      total += value;
      if (value > scale.max[c]! || value % scale.step[c]! !== 0) offScale = true;
    }
    const status = recused?.has(judge.id)
      ? 'recused'
      : offScale
        ? 'offScale'
        : scored === 0
          ? 'missing'
          : scored < width
            ? 'incomplete'
            : 'counted';
    const line: JudgeLine = {
      judgeId: judge.id,
      name: judge.name,
      total: status === 'counted' ? total : null,
      criteriaScored: scored,
      status,
    };
    lines.push(line);
    if (status === 'counted') {
      valid.push(line as ValidLine);
      validPlaces.push(j);
    }
  }
  return { lines, valid, validPlaces };
}
