import { describe, expect, it } from 'vitest';
import type { AwardRules } from '../../../shared/domain/rubric';
import { tierCutoffs } from '../../../shared/scoring';
import { defaultAggregation, entry, makeTrack, overall, panelOf, resultOf, run } from './fixtures';

const mean = { ...defaultAggregation, method: 'mean' as const, minJudges: 1 };
const tier = (code: string, value: number) => ({ code, name: { zh: code, en: code }, value });
const merit = { zh: '优秀奖', en: 'Merit award' };

/** One entry per final, ids 1.., each scored by a single judge. */
function ranked(finals: number[], awards: AwardRules) {
  return run({
    track: makeTrack({ aggregation: mean, awards }),
    entries: finals.map((_, i) => entry(i + 1)),
    judges: panelOf(1),
    scores: finals.flatMap((final, i) => overall(i + 1, [final])),
  });
}

const awardCodes = (results: ReturnType<typeof run>) =>
  results.entries.map((item) => item.award?.code ?? null);

describe('tier cut-offs', () => {
  it('share: cumulative, rounded half-up', () => {
    const rules: AwardRules = {
      basis: 'share',
      tiers: [tier('first', 15), tier('second', 25), tier('third', 35)],
      rest: merit,
      boundaryTie: 'higher',
    };
    // 10 × 15 % = 1.5 → 2; 10 × 40 % = 4; 10 × 75 % = 7.5 → 8 (not 2 + 3 + 4 = 9)
    expect(tierCutoffs(rules, 10)).toEqual([2, 4, 8]);
    // 7 × 15 % = 1.05 → 1; 7 × 40 % = 2.8 → 3; 7 × 75 % = 5.25 → 5
    expect(tierCutoffs(rules, 7)).toEqual([1, 3, 5]);
    expect(tierCutoffs(rules, 0)).toEqual([0, 0, 0]);
  });

  it('count: cumulative counts', () => {
    const rules: AwardRules = {
      basis: 'count',
      tiers: [tier('first', 1), tier('second', 2), tier('third', 3)],
      rest: null,
      boundaryTie: 'higher',
    };
    expect(tierCutoffs(rules, 8)).toEqual([1, 3, 6]);
  });
});

describe('awards', () => {
  it('by share of 10 ranked entries, the rest get the rest award', () => {
    const results = ranked([100, 99, 98, 97, 96, 95, 94, 93, 92, 91], {
      basis: 'share',
      tiers: [tier('first', 15), tier('second', 25), tier('third', 35)],
      rest: merit,
      boundaryTie: 'higher',
    });
    expect(awardCodes(results)).toEqual([
      'first',
      'first',
      'second',
      'second',
      'third',
      'third',
      'third',
      'third',
      'rest',
      'rest',
    ]);
    expect(resultOf(results, 1).award).toEqual({
      code: 'first',
      name: { zh: 'first', en: 'first' },
      tier: 1,
    });
    expect(resultOf(results, 10).award).toEqual({ code: 'rest', name: merit, tier: null });
    expect(results.groups[0]!.cutoffs).toEqual([2, 4, 8]);
  });

  it('by count; without a rest award the entries below the tiers get none', () => {
    const results = ranked([90, 89, 88, 87, 86], {
      basis: 'count',
      tiers: [tier('first', 1), tier('second', 2)],
      rest: null,
      boundaryTie: 'higher',
    });
    expect(awardCodes(results)).toEqual(['first', 'second', 'second', null, null]);
  });

  const tieAcrossFirst = [90, 89, 89, 87, 86, 85];
  const countRules = (boundaryTie: 'higher' | 'lower'): AwardRules => ({
    basis: 'count',
    tiers: [tier('first', 2), tier('second', 3)],
    rest: merit,
    boundaryTie,
  });

  it("a tie across a boundary all get the higher tier under 'higher', flagged", () => {
    const results = ranked(tieAcrossFirst, countRules('higher'));
    expect(results.entries.map((item) => item.rank)).toEqual([1, 2, 2, 4, 5, 6]);
    expect(awardCodes(results)).toEqual(['first', 'first', 'first', 'second', 'second', 'rest']);
    expect(results.entries.map((item) => item.flags)).toEqual([
      [],
      ['unresolvedTie', 'boundaryTie'],
      ['unresolvedTie', 'boundaryTie'],
      [],
      [],
      [],
    ]);
  });

  it("a tie across a boundary all get the lower tier under 'lower', flagged", () => {
    const results = ranked(tieAcrossFirst, countRules('lower'));
    expect(awardCodes(results)).toEqual(['first', 'second', 'second', 'second', 'second', 'rest']);
    expect(resultOf(results, 2).flags).toContain('boundaryTie');
  });

  it("a tie across the last tier under 'lower' falls to the rest award", () => {
    const results = ranked([90, 89, 88, 87, 86, 86], countRules('lower'));
    expect(awardCodes(results)).toEqual(['first', 'first', 'second', 'second', 'rest', 'rest']);
    expect(resultOf(results, 6).flags).toEqual(['unresolvedTie', 'boundaryTie']);
  });

  it('a tie inside one tier is not a boundary tie', () => {
    const results = ranked([90, 89, 88, 88, 86], countRules('higher'));
    expect(awardCodes(results)).toEqual(['first', 'first', 'second', 'second', 'second']);
    expect(resultOf(results, 3).flags).toEqual(['unresolvedTie']);
  });

  it('shares count only ranked entries, and unranked entries get no award', () => {
    const results = run({
      track: makeTrack({
        aggregation: mean,
        awards: { basis: 'share', tiers: [tier('first', 50)], rest: merit, boundaryTie: 'higher' },
      }),
      entries: [entry(1), entry(2), entry(3, { status: 'absent' }), entry(4)],
      judges: panelOf(1),
      scores: [...overall(1, [90]), ...overall(2, [80]), ...overall(4, [70])],
    });
    // n = 3 ranked; 3 × 50 % = 1.5 → 2
    expect(results.groups[0]).toEqual({ code: 'main', ranked: 3, cutoffs: [2] });
    expect(awardCodes(results)).toEqual(['first', 'first', 'rest', null]);
    expect(resultOf(results, 3).award).toBeNull();
  });
});
