import type { TieBreakStep, Track } from '../domain/rubric';
import type { JudgeMark } from './judgeTotals';
import { compare, meanOf, type Rational, rational } from './rational';

// What each tie-break step measures, exactly. Only valid judges count: a recused or incomplete
// judge's partial marks must not decide a tie any more than they decide the panel score.

export interface TieBreakFacts {
  /** Mean of every valid judge's total, hundredths. */
  untrimmedMean: Rational | null;
  /** criterion code → mean over valid judges (judged) or the recorded value (objective). */
  criteria: Map<string, Rational>;
  /** segment code → mean of valid judges' segment sums (judged) or the recorded sum (objective). */
  segments: Map<string, Rational>;
}

export function tieBreakFacts(
  track: Track,
  validMarks: readonly JudgeMark[],
  objective: ReadonlyMap<string, number> | undefined,
): TieBreakFacts {
  const facts: TieBreakFacts = {
    untrimmedMean: meanOf(validMarks.map((mark) => mark.total!)),
    criteria: new Map(),
    segments: new Map(),
  };
  for (const segment of track.segments) {
    const codes = segment.criteria.map((criterion) => criterion.code);
    if (segment.kind === 'judged') {
      for (const code of codes) {
        const mean = meanOf(validMarks.map((mark) => mark.cells.get(code)!));
        if (mean) facts.criteria.set(code, mean);
      }
      const sums = validMarks.map((mark) => codes.reduce((sum, c) => sum + mark.cells.get(c)!, 0));
      const mean = meanOf(sums);
      if (mean) facts.segments.set(segment.code, mean);
    } else {
      const recorded = codes.filter((code) => objective?.has(code));
      for (const code of recorded) facts.criteria.set(code, rational(objective!.get(code)!));
      if (recorded.length > 0) {
        const sum = recorded.reduce((total, code) => total + objective!.get(code)!, 0);
        facts.segments.set(segment.code, rational(sum));
      }
    }
  }
  return facts;
}

export function tieBreakValue(step: TieBreakStep, facts: TieBreakFacts): Rational | null {
  switch (step.kind) {
    case 'untrimmedMean':
      return facts.untrimmedMean;
    case 'criterion':
      return facts.criteria.get(step.code) ?? null;
    case 'segment':
      return facts.segments.get(step.code) ?? null;
  }
}

/** Higher first; an entry with nothing to measure goes after every entry that has a value. */
export function compareDescending(a: Rational | null, b: Rational | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(b, a);
}
