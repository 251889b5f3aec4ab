import type { EntryStatus } from '../../../shared/domain/people';
import type { Aggregation, Segment, Track } from '../../../shared/domain/rubric';
import {
  computeTrackResults,
  type EntryResult,
  markTableOf,
  type ScoreCell,
  type TrackResults,
  type TrackResultsInput,
} from '../../../shared/scoring';

/** An engine input with judged marks written cell by cell, as these tests state them. */
export type CellsInput = Partial<Omit<TrackResultsInput, 'marks'>> & { scores?: ScoreCell[] };

/** Points → hundredths, for readable expectations. */
export const p = (points: number): number => Math.round(points * 100);

const text = (en: string) => ({ zh: en, en });

/**
 * Step 0.01: these tests state marks to the hundredth to test the arithmetic, and the engine
 * leaves a mark off its criterion's step out of the count (a rubric changed after it came in).
 */
export function criterion(code: string, max: number, step = 0.01) {
  return { code, name: text(code), description: text(''), max: p(max), step: p(step) };
}

/** One judged criterion 'overall' out of 100: a judge's total is that one mark. */
export const overallSegment: Segment = {
  code: 'perf',
  name: text('Performance'),
  kind: 'judged',
  criteria: [criterion('overall', 100)],
};

/** Two judged criteria a (60) + b (40). */
export const twoCriteriaSegment: Segment = {
  code: 'perf',
  name: text('Performance'),
  kind: 'judged',
  criteria: [criterion('a', 60), criterion('b', 40)],
};

export const quizSegment: Segment = {
  code: 'quiz',
  name: text('Quiz'),
  kind: 'objective',
  criteria: [criterion('q1', 1), criterion('q2', 1)],
};

export const defaultAggregation: Aggregation = {
  method: 'trimmedMean',
  drop: 1,
  minJudgesForTrim: 5,
  smallPanel: 'mean',
  minJudges: 3,
};

export function makeTrack(changes: Partial<Track> = {}): Track {
  return {
    code: 'exhibit',
    name: text('Exhibit'),
    aliases: [],
    entryKind: 'individual',
    teamSize: { min: 1, max: 1 },
    timeLimitSeconds: 300,
    decimals: 2,
    aggregation: defaultAggregation,
    tieBreak: [],
    awards: {
      basis: 'count',
      tiers: [],
      rest: null,
      boundaryTie: 'higher',
    },
    penalties: [],
    groups: [{ code: 'main', name: text('Main'), isDefault: true }],
    segments: [overallSegment],
    ...changes,
  };
}

export const panelOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `J${i + 1}` }));

export function entry(
  id: number,
  changes: Partial<{ group: string; no: string; name: string; status: EntryStatus }> = {},
) {
  return {
    id,
    group: 'main',
    no: String(id).padStart(3, '0'),
    name: `E${id}`,
    status: 'competing' as EntryStatus,
    ...changes,
  };
}

/** Judge i+1 gives totals[i] on the single criterion 'overall'; null leaves the cell blank. */
export function overall(entryId: number, totals: ReadonlyArray<number | null>) {
  return totals.flatMap((total, i) =>
    total === null ? [] : [{ judgeId: i + 1, entryId, criterion: 'overall', value: p(total) }],
  );
}

/** Judge i+1 gives marks[i] = [a, b]; null leaves the judge's row blank. */
export function twoCriteria(entryId: number, marks: ReadonlyArray<[number, number] | null>) {
  return marks.flatMap((mark, i) =>
    mark === null
      ? []
      : [
          { judgeId: i + 1, entryId, criterion: 'a', value: p(mark[0]) },
          { judgeId: i + 1, entryId, criterion: 'b', value: p(mark[1]) },
        ],
  );
}

export function run({ scores = [], ...input }: CellsInput & { track: Track }): TrackResults {
  return computeTrackResults({
    entries: [],
    judges: [],
    recusals: [],
    objective: [],
    penalties: [],
    ...input,
    marks: markTableOf(input.track, scores),
  });
}

export function resultOf(results: TrackResults, entryId: number): EntryResult {
  const found = results.entries.find((item) => item.entryId === entryId);
  if (!found) throw new Error(`no result for entry ${entryId}`);
  return found;
}

/** One entry scored by a panel of totals.length judges (one criterion): its result. */
export function single(
  totals: ReadonlyArray<number | null>,
  changes: Partial<Track> = {},
  extra: CellsInput = {},
): EntryResult {
  const results = run({
    track: makeTrack(changes),
    entries: [entry(1)],
    judges: panelOf(totals.length),
    scores: overall(1, totals),
    ...extra,
  });
  return resultOf(results, 1);
}

export const statuses = (result: EntryResult) => result.judges.map((line) => line.status);
