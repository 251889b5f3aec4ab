import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import {
  defaultAggregation,
  entry,
  makeTrack,
  overall,
  overallSegment,
  p,
  panelOf,
  quizSegment,
  resultOf,
  run,
  single,
  statuses,
  twoCriteria,
  twoCriteriaSegment,
} from './fixtures';

const mean = { ...defaultAggregation, method: 'mean' as const, minJudges: 1 };

describe('rounding half-up on the published figure', () => {
  it('85.125 → 85.13 at 2 decimals', () => {
    const result = single([85, 85, 85, 85.5], { aggregation: mean });
    expect(result.unrounded).toEqual({ fraction: '681/8', display: '85.1250' });
    expect(result.final).toBe('85.13');
    expect(result.finalUnits).toBe(8513);
  });

  it('85.25 → 85.3 at 1 decimal, 85.2333… → 85.2', () => {
    expect(single([85, 85, 85.5, 85.5], { aggregation: mean, decimals: 1 }).final).toBe('85.3');
    // (85 + 85.2 + 85.5) / 3 = 85.2333…
    expect(single([85, 85.2, 85.5], { aggregation: mean, decimals: 1 }).final).toBe('85.2');
  });

  it('0 decimals: 84.5 → 85 (not to even), 85.49 → 85', () => {
    const result = single([84, 85], { aggregation: mean, decimals: 0 });
    expect(result.final).toBe('85');
    expect(result.finalUnits).toBe(85);
    expect(single([85, 85.98], { aggregation: mean, decimals: 0 }).final).toBe('85');
  });

  it('0.1 + 0.2 is exactly 0.3', () => {
    const track = makeTrack({ aggregation: mean, segments: [overallSegment, quizSegment] });
    const results = run({
      track,
      entries: [entry(1)],
      judges: panelOf(1),
      scores: overall(1, [85]),
      objective: [
        { entryId: 1, criterion: 'q1', value: 10 },
        { entryId: 1, criterion: 'q2', value: 20 },
      ],
    });
    expect(resultOf(results, 1).final).toBe('85.30');
    expect(resultOf(results, 1).objective.sum).toBe(30);
  });
});

describe('objective points and penalties', () => {
  const track = makeTrack({ segments: [overallSegment, quizSegment] });
  const base = {
    track,
    entries: [entry(1)],
    judges: panelOf(5),
    scores: overall(1, [85, 86, 87, 88, 89]),
  };

  it('final = panel + objective − penalties, each listed', () => {
    const results = run({
      ...base,
      objective: [
        { entryId: 1, criterion: 'q1', value: p(1) },
        { entryId: 1, criterion: 'q2', value: 0 },
      ],
      penalties: [
        { entryId: 1, points: p(1), reason: 'overtime' },
        { entryId: 1, points: p(0.5), reason: 'equipment' },
      ],
    });
    const result = resultOf(results, 1);
    expect(result.panel?.display).toBe('87.0000');
    expect(result.objective).toEqual({
      lines: [
        { criterion: 'q1', value: 100 },
        { criterion: 'q2', value: 0 },
      ],
      sum: 100,
    });
    expect(result.penalties).toEqual({
      lines: [
        { points: 50, reason: 'equipment' },
        { points: 100, reason: 'overtime' },
      ],
      sum: 150,
    });
    // 87 + 1 − 1.5
    expect(result.final).toBe('86.50');
    expect(result.flags).toEqual([]);
  });

  it('a blank objective criterion is not zero: flagged, no final, no rank', () => {
    const results = run({ ...base, objective: [{ entryId: 1, criterion: 'q1', value: p(1) }] });
    const result = resultOf(results, 1);
    expect(result.flags).toEqual(['objectiveMissing']);
    expect(result.objective.lines[1]).toEqual({ criterion: 'q2', value: null });
    expect(result.panel?.display).toBe('87.0000');
    expect(result.final).toBeNull();
    expect(result.rank).toBeNull();
  });

  it('a negative final is kept as computed, rounded away from zero at the half', () => {
    const result = single(
      [1, 1.25],
      { aggregation: mean, decimals: 1 },
      {
        penalties: [{ entryId: 1, points: p(3), reason: 'overtime' }],
      },
    );
    // 1.125 − 3 = −1.875 → −1.9
    expect(result.final).toBe('-1.9');
    expect(result.finalUnits).toBe(-19);
  });
});

describe('valid judges and flags', () => {
  it('a recusal lowers the count below the trim threshold; its marks are ignored', () => {
    const results = run({
      track: makeTrack(),
      entries: [entry(1)],
      judges: panelOf(5),
      recusals: [{ judgeId: 3, entryId: 1 }],
      scores: overall(1, [80, 84, 100, 86, 90]),
    });
    const result = resultOf(results, 1);
    expect(result.validJudges).toBe(4);
    expect(result.rule).toBe('mean');
    expect(result.final).toBe('85.00');
    expect(result.judges[2]).toEqual({
      judgeId: 3,
      name: 'J3',
      total: null,
      criteriaScored: 1,
      status: 'recused',
    });
    expect(result.flags).toEqual(['recused']);
  });

  it('an incomplete judge and a missing judge are not counted and flag the entry', () => {
    const results = run({
      track: makeTrack({ segments: [twoCriteriaSegment] }),
      entries: [entry(1)],
      judges: panelOf(5),
      scores: [
        ...twoCriteria(1, [[50, 30], [52, 33], [49, 36], null, null]),
        { judgeId: 5, entryId: 1, criterion: 'a', value: p(10) },
      ],
    });
    const result = resultOf(results, 1);
    expect(statuses(result)).toEqual(['counted', 'counted', 'counted', 'missing', 'incomplete']);
    expect(result.judges[4]).toMatchObject({ total: null, criteriaScored: 1 });
    expect(result.judges.map((line) => line.total)).toEqual([8000, 8500, 8500, null, null]);
    // 3 valid < 5: small-panel mean (80 + 85 + 85) / 3 = 83.333…
    expect(result.validJudges).toBe(3);
    expect(result.final).toBe('83.33');
    expect(result.flags).toEqual(['missingScores']);
  });

  it('fewer valid judges than minJudges: flagged, no final, listed unranked after the ranked', () => {
    const results = run({
      track: makeTrack(),
      entries: [entry(1), entry(2)],
      judges: panelOf(3),
      recusals: [{ judgeId: 1, entryId: 1 }],
      scores: [...overall(1, [90, 90, 90]), ...overall(2, [70, 70, 70])],
    });
    const short = resultOf(results, 1);
    expect(short.flags).toEqual(['tooFewJudges', 'recused']);
    expect(short.final).toBeNull();
    expect(short.finalUnits).toBeNull();
    expect(short.panel).toBeNull();
    expect(short.rule).toBeNull();
    expect(short.rank).toBeNull();
    expect(short.untrimmedMean?.display).toBe('90.0000');
    expect(results.entries.map((item) => item.entryId)).toEqual([2, 1]);
    expect(resultOf(results, 2).rank).toBe(1);
  });

  it('no valid judge at all: too few judges even with minJudges 1', () => {
    const result = single([null, null], { aggregation: mean });
    expect(result.flags).toEqual(['tooFewJudges', 'missingScores']);
    expect(result.untrimmedMean).toBeNull();
    expect(result.final).toBeNull();
  });

  it('ignores marks of judges outside the panel and criteria outside the judged segments', () => {
    const result = single(
      [80, 90, 85],
      { aggregation: mean },
      {
        scores: [
          ...overall(1, [80, 90, 85]),
          { judgeId: 99, entryId: 1, criterion: 'overall', value: 0 },
          { judgeId: 1, entryId: 1, criterion: 'nonsense', value: 10_000 },
        ],
      },
    );
    expect(result.final).toBe('85.00');
    expect(result.judges).toHaveLength(3);
  });
});

describe('entry statuses', () => {
  it('absent, withdrawn and disqualified entries are never ranked or awarded', () => {
    const results = run({
      track: makeTrack({
        awards: {
          basis: 'count',
          tiers: [],
          rest: { zh: '优秀奖', en: 'Merit' },
          boundaryTie: 'higher',
        },
      }),
      entries: [
        entry(1, { status: 'absent' }),
        entry(2, { status: 'disqualified' }),
        entry(3),
        entry(4, { status: 'withdrawn' }),
        entry(5),
      ],
      judges: panelOf(3),
      scores: [
        ...overall(2, [99, 99, 99]),
        ...overall(3, [80, 80, 80]),
        ...overall(5, [85, 85, 85]),
      ],
    });
    expect(results.entries.map((item) => [item.entryId, item.rank])).toEqual([
      [5, 1],
      [3, 2],
      [1, null],
      [2, null],
      [4, null],
    ]);
    const disqualified = resultOf(results, 2);
    // Its marks stay auditable, but it takes no place from the others.
    expect(disqualified.final).toBe('99.00');
    expect(disqualified.award).toBeNull();
    expect(disqualified.flags).toEqual(['notCompeting']);
    expect(resultOf(results, 1).flags).toEqual(['notCompeting', 'tooFewJudges', 'missingScores']);
    expect(resultOf(results, 5).award?.code).toBe('rest');
    expect(results.groups).toEqual([{ code: 'main', ranked: 2, cutoffs: [] }]);
  });
});

describe('inputs that contradict each other', () => {
  it('two different values for one cell are refused with a catalog code', () => {
    const attempt = () =>
      single(
        [80, 85, 90],
        {},
        {
          scores: [
            ...overall(1, [80, 85, 90]),
            { judgeId: 2, entryId: 1, criterion: 'overall', value: 1 },
          ],
        },
      );
    expect(attempt).toThrow(AppFailure);
    try {
      attempt();
    } catch (error) {
      expect((error as AppFailure).errors).toEqual([
        {
          code: 'results.conflictingScore',
          params: { judge: 'J2', entry: '001', criterion: 'overall' },
        },
      ]);
    }
  });

  it('a repeated identical cell is harmless', () => {
    const result = single(
      [80, 85, 90],
      {},
      {
        scores: [...overall(1, [80, 85, 90]), ...overall(1, [80, 85, 90])],
      },
    );
    expect(result.final).toBe('85.00');
  });

  it('two different objective values are refused', () => {
    expect(() =>
      run({
        track: makeTrack({ segments: [overallSegment, quizSegment] }),
        entries: [entry(1)],
        objective: [
          { entryId: 1, criterion: 'q1', value: 100 },
          { entryId: 1, criterion: 'q1', value: 0 },
        ],
      }),
    ).toThrow(/results.conflictingObjective/);
  });
});
