import type { Track } from '../domain/rubric';

// A judge's total exists only when the judge scored every judged criterion: a partial sheet is
// not a low mark, and counting it would publish a blank as zero.

export type MarkStatus = 'valid' | 'recused' | 'missing' | 'incomplete';

export interface JudgeMark {
  judgeId: number;
  name: string;
  status: MarkStatus;
  /** Hundredths; only for status 'valid'. */
  total: number | null;
  criteriaScored: number;
  /** criterion → hundredths, as scored (kept for the criterion and segment tie-breaks). */
  cells: ReadonlyMap<string, number>;
}

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

const NO_CELLS: ReadonlyMap<string, number> = new Map();

/** One mark per panel judge (panel already sorted by judge id). */
export function judgeMarks(
  panel: ReadonlyArray<{ id: number; name: string }>,
  criteria: readonly string[],
  scores: ReadonlyMap<number, ReadonlyMap<string, number>> | undefined,
  recused: ReadonlySet<number> | undefined,
): JudgeMark[] {
  return panel.map((judge) => {
    const cells = scores?.get(judge.id) ?? NO_CELLS;
    const scored = criteria.filter((code) => cells.has(code));
    const base = { judgeId: judge.id, name: judge.name, criteriaScored: scored.length, cells };
    if (recused?.has(judge.id)) return { ...base, status: 'recused', total: null };
    if (scored.length === 0) return { ...base, status: 'missing', total: null };
    if (scored.length < criteria.length) return { ...base, status: 'incomplete', total: null };
    const total = scored.reduce((sum, code) => sum + cells.get(code)!, 0);
    return { ...base, status: 'valid', total };
  });
}
