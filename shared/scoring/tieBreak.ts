import type { TieBreakStep, Track } from '../domain/rubric';
import type { ValidLine } from './judgeTotals';
import { compare, meanOf, type Rational, rational } from './rational';
import { cellsAt, type JudgedCells } from './scoreIndex';

// What each tie-break step measures, exactly. Only valid judges count: a recused or incomplete
// judge's partial marks must not decide a tie any more than they decide the panel score.

/** What a track's tie-breaks need of it, shared by all its entries. */
export interface TieBreakContext {
  track: Track;
  /** Judged criterion code → its place among a judge's cells. */
  position: ReadonlyMap<string, number>;
  cells: JudgedCells;
}

/**
 * What an entry's tie-breaks measure. Criterion and segment figures are worked out only when a
 * tie asks for them: most entries are never tied, and at national scale the means of every
 * criterion would cost more than ranking.
 */
export interface TieBreakFacts {
  /** Mean of every valid judge's total, hundredths. */
  untrimmedMean: Rational | null;
  /** The entry's place, and its valid judges' places in the panel: where their cells are. */
  entry: number;
  validPlaces: readonly number[];
  /** Objective criterion → recorded value. */
  objective: ReadonlyMap<string, number> | undefined;
  context: TieBreakContext;
}

export function tieBreakFacts(
  context: TieBreakContext,
  entry: number,
  valid: { valid: readonly ValidLine[]; validPlaces: readonly number[] },
  objective: ReadonlyMap<string, number> | undefined,
): TieBreakFacts {
  return {
    untrimmedMean: meanOf(valid.valid.map((line) => line.total)),
    entry,
    validPlaces: valid.validPlaces,
    objective,
    context,
  };
}

/** Mean over valid judges of their sum of `codes` (judged) or the recorded sum (objective). */
function measure(facts: TieBreakFacts, codes: readonly string[]): Rational | null {
  const { entry, validPlaces, objective, context } = facts;
  const { position, cells } = context;
  if (position.has(codes[0] ?? '')) {
    return meanOf(
      validPlaces.map((judge) => {
        const at = cellsAt(cells, entry, judge);
        return codes.reduce((sum, code) => sum + cells.values[at + position.get(code)!]!, 0);
      }),
    );
  }
  const recorded = codes.filter((code) => objective?.has(code));
  if (recorded.length === 0) return null;
  return rational(recorded.reduce((sum, code) => sum + objective!.get(code)!, 0));
}

export function tieBreakValue(step: TieBreakStep, facts: TieBreakFacts): Rational | null {
  switch (step.kind) {
    case 'untrimmedMean':
      return facts.untrimmedMean;
    case 'criterion':
      return measure(facts, [step.code]);
    case 'segment': {
      const segment = facts.context.track.segments.find((s) => s.code === step.code);
      if (!segment || segment.criteria.length === 0) return null;
      return measure(
        facts,
        segment.criteria.map((c) => c.code),
      );
    }
  }
}

/** Higher first; an entry with nothing to measure goes after every entry that has a value. */
export function compareDescending(a: Rational | null, b: Rational | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(b, a);
}
