import { describe, expect, it } from 'vitest';
import type { TieBreakStep } from '../../../shared/domain/rubric';
import { compareEntryNo } from '../../../shared/scoring';
import {
  defaultAggregation,
  entry,
  makeTrack,
  overall,
  overallSegment,
  panelOf,
  quizSegment,
  resultOf,
  run,
  twoCriteria,
  twoCriteriaSegment,
} from './fixtures';

const mean = { ...defaultAggregation, method: 'mean' as const, minJudges: 1 };
const byRank = (results: ReturnType<typeof run>) =>
  results.entries.map((item) => [item.entryId, item.rank]);

describe('standard competition ranking', () => {
  it('ranks 1, 2, 2, 4 and flags the tie that no step separates', () => {
    const results = run({
      track: makeTrack({ aggregation: mean }),
      entries: [entry(1), entry(2), entry(3), entry(4)],
      judges: panelOf(1),
      scores: [...overall(1, [88]), ...overall(2, [90]), ...overall(3, [85]), ...overall(4, [88])],
    });
    expect(byRank(results)).toEqual([
      [2, 1],
      [1, 2],
      [4, 2],
      [3, 4],
    ]);
    expect(resultOf(results, 1).flags).toEqual(['unresolvedTie']);
    expect(resultOf(results, 4).flags).toEqual(['unresolvedTie']);
    expect(resultOf(results, 1).tieBreak).toBeNull();
    expect(resultOf(results, 2).flags).toEqual([]);
  });

  it('ranks on the rounded figure: 88.04 and 87.96 both publish 88.0 and tie', () => {
    const results = run({
      track: makeTrack({ aggregation: mean, decimals: 1 }),
      entries: [entry(1), entry(2)],
      judges: panelOf(1),
      scores: [...overall(1, [87.96]), ...overall(2, [88.04])],
    });
    expect(resultOf(results, 1).final).toBe('88.0');
    expect(resultOf(results, 2).final).toBe('88.0');
    expect(byRank(results)).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('tie-break chain', () => {
  it('higher untrimmed mean wins; the step and value are recorded on both', () => {
    const track = makeTrack({ tieBreak: [{ kind: 'untrimmedMean' }] });
    const results = run({
      track,
      entries: [entry(1), entry(2), entry(3)],
      judges: panelOf(5),
      scores: [
        // trimmed 86, untrimmed 86
        ...overall(1, [84, 85, 86, 87, 88]),
        // trimmed 86, untrimmed 86.6
        ...overall(2, [80, 85, 86, 87, 95]),
        ...overall(3, [70, 70, 70, 70, 70]),
      ],
    });
    expect(byRank(results)).toEqual([
      [2, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(resultOf(results, 2).tieBreak).toEqual({
      step: { kind: 'untrimmedMean' },
      value: { fraction: '433/5', display: '86.6000' },
      tiedWith: [1],
    });
    expect(resultOf(results, 1).tieBreak?.value?.display).toBe('86.0000');
    expect(resultOf(results, 3).tieBreak).toBeNull();
    expect(results.entries.every((item) => item.flags.length === 0)).toBe(true);
  });

  const criterionChain: TieBreakStep[] = [
    { kind: 'untrimmedMean' },
    { kind: 'criterion', code: 'b' },
  ];
  const twoCriteriaTrack = makeTrack({
    aggregation: mean,
    segments: [twoCriteriaSegment],
    tieBreak: criterionChain,
  });

  it('falls through to a criterion when the untrimmed means are equal', () => {
    const results = run({
      track: twoCriteriaTrack,
      entries: [entry(1), entry(2)],
      judges: panelOf(2),
      scores: [
        ...twoCriteria(1, [
          [55, 30],
          [55, 30],
        ]),
        ...twoCriteria(2, [
          [50, 35],
          [51, 34],
        ]),
      ],
    });
    expect(byRank(results)).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(resultOf(results, 2).tieBreak).toEqual({
      step: { kind: 'criterion', code: 'b' },
      value: { fraction: '69/2', display: '34.5000' },
      tiedWith: [1],
    });
  });

  it('a tie surviving every step shares the rank, is flagged, and the next rank skips', () => {
    const results = run({
      track: twoCriteriaTrack,
      entries: [entry(1), entry(2), entry(3)],
      judges: panelOf(1),
      scores: [
        ...twoCriteria(1, [[50, 35]]),
        ...twoCriteria(2, [[50, 35]]),
        ...twoCriteria(3, [[50, 30]]),
      ],
    });
    expect(byRank(results)).toEqual([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
    expect(resultOf(results, 1).flags).toEqual(['unresolvedTie']);
    expect(resultOf(results, 1).tieBreak).toBeNull();
  });

  it('a step may split a three-way tie only partly: the rest stays tied behind its step', () => {
    const results = run({
      track: twoCriteriaTrack,
      entries: [entry(1), entry(2), entry(3)],
      judges: panelOf(2),
      scores: [
        // All publish 85.00 with equal untrimmed means; criterion b puts 1 and 3 (35) ahead of
        // 2 (30) and cannot split 1 from 3.
        ...twoCriteria(1, [
          [50, 35],
          [50, 35],
        ]),
        ...twoCriteria(2, [
          [55, 30],
          [55, 30],
        ]),
        ...twoCriteria(3, [
          [50, 35],
          [50, 35],
        ]),
      ],
    });
    expect(byRank(results)).toEqual([
      [1, 1],
      [3, 1],
      [2, 3],
    ]);
    expect(resultOf(results, 1).tieBreak?.step).toEqual({ kind: 'criterion', code: 'b' });
    expect(resultOf(results, 1).tieBreak?.tiedWith).toEqual([2, 3]);
    expect(resultOf(results, 1).flags).toEqual(['unresolvedTie']);
    expect(resultOf(results, 2).tieBreak?.step).toEqual({ kind: 'criterion', code: 'b' });
    expect(resultOf(results, 2).flags).toEqual([]);
  });

  it('an objective segment breaks the tie by its recorded sum', () => {
    const track = makeTrack({
      aggregation: mean,
      segments: [overallSegment, quizSegment],
      tieBreak: [{ kind: 'segment', code: 'quiz' }],
    });
    const results = run({
      track,
      entries: [entry(1), entry(2)],
      judges: panelOf(1),
      scores: [...overall(1, [86]), ...overall(2, [85])],
      objective: [
        { entryId: 1, criterion: 'q1', value: 0 },
        { entryId: 1, criterion: 'q2', value: 0 },
        { entryId: 2, criterion: 'q1', value: 100 },
        { entryId: 2, criterion: 'q2', value: 0 },
      ],
    });
    expect(byRank(results)).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(resultOf(results, 2).tieBreak?.value?.display).toBe('1.0000');
  });

  it('a judged segment breaks the tie by the mean of valid judges’ segment sums', () => {
    const second = {
      ...overallSegment,
      code: 'tour',
      criteria: [{ ...overallSegment.criteria[0]!, code: 'tour-1' }],
    };
    const track = makeTrack({
      aggregation: mean,
      segments: [overallSegment, second],
      tieBreak: [{ kind: 'segment', code: 'tour' }],
    });
    const cell = (judgeId: number, entryId: number, criterion: string, value: number) => ({
      judgeId,
      entryId,
      criterion,
      value,
    });
    // At 0 decimals 90 and 90.2 both publish 90.
    const coarse = run({
      track: { ...track, decimals: 0 },
      entries: [entry(1), entry(2)],
      judges: panelOf(2),
      scores: [
        cell(1, 1, 'overall', 8000),
        cell(1, 1, 'tour-1', 1000),
        cell(2, 1, 'overall', 8000),
        cell(2, 1, 'tour-1', 1000),
        cell(1, 2, 'overall', 7000),
        cell(1, 2, 'tour-1', 2000),
        cell(2, 2, 'overall', 7000),
        cell(2, 2, 'tour-1', 2040),
      ],
    });
    expect(resultOf(coarse, 1).final).toBe('90');
    expect(resultOf(coarse, 2).final).toBe('90');
    expect(byRank(coarse)).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(resultOf(coarse, 2).tieBreak?.value?.display).toBe('20.2000');
  });
});

describe('groups', () => {
  it('ranks each group on its own, in the track’s group order', () => {
    const track = makeTrack({
      aggregation: mean,
      groups: [
        { code: 'counselor', name: { zh: '科技辅导员', en: 'Counselors' }, isDefault: true },
        { code: 'volunteer', name: { zh: '科技志愿者', en: 'Volunteers' }, isDefault: false },
      ],
    });
    const results = run({
      track,
      entries: [
        entry(1, { group: 'volunteer' }),
        entry(2, { group: 'counselor' }),
        entry(3, { group: 'counselor' }),
        entry(4, { group: 'volunteer' }),
      ],
      judges: panelOf(1),
      scores: [...overall(1, [95]), ...overall(2, [80]), ...overall(3, [85]), ...overall(4, [60])],
    });
    expect(results.entries.map((item) => [item.group, item.entryId, item.rank])).toEqual([
      ['counselor', 3, 1],
      ['counselor', 2, 2],
      ['volunteer', 1, 1],
      ['volunteer', 4, 2],
    ]);
    expect(results.groups.map((group) => [group.code, group.ranked])).toEqual([
      ['counselor', 2],
      ['volunteer', 2],
    ]);
  });
});

describe('entry numbers', () => {
  it('sort with digit runs as numbers, independent of locale', () => {
    const numbers = ['A-10', '002', 'A-9', 'B-1', '10', '1', '01'];
    expect([...numbers].sort(compareEntryNo)).toEqual([
      '01',
      '1',
      '002',
      '10',
      'A-9',
      'A-10',
      'B-1',
    ]);
  });

  it('order unranked entries by entry number', () => {
    const results = run({
      track: makeTrack(),
      entries: [entry(1, { no: 'A-10' }), entry(2, { no: 'A-9' }), entry(3, { no: 'A-100' })],
    });
    expect(results.entries.map((item) => item.no)).toEqual(['A-9', 'A-10', 'A-100']);
  });
});
