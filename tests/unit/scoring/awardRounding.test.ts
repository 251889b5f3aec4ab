import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwardRules } from '../../../shared/domain/rubric';
import { rubricWarnings } from '../../../shared/domain/rubricWarnings';
import { awardsProvisional, tierCounts, tierCutoffs } from '../../../shared/scoring';
import { makeTrack } from './fixtures';

const tier = (code: string, value: number) => ({ code, name: { zh: code, en: code }, value });
const shares = (rounding: AwardRules['rounding'], values = [15, 25, 35]): AwardRules => ({
  basis: 'share',
  rounding,
  tiers: values.map((value, i) => tier(`t${i + 1}`, value)),
  rest: { zh: '优秀奖', en: 'Excellence award' },
  boundaryTie: 'higher',
});

describe('award counts, rounded down ("不超过 X%") or to the nearest', () => {
  it('round down: 10 entries at 15/25/35 % give 1 / 2 / 3, none over its share', () => {
    expect(tierCounts(shares('down'), 10)).toEqual({ tiers: [1, 2, 3], rest: 4 });
    expect(tierCutoffs(shares('down'), 10)).toEqual([1, 3, 6]);
  });

  it('nearest: the same 10 entries give 2 / 2 / 4 (cumulative 1.5 → 2, 4, 7.5 → 8)', () => {
    expect(tierCounts(shares('nearest'), 10)).toEqual({ tiers: [2, 2, 4], rest: 2 });
  });

  it('a rubric saved before the choice keeps the nearest rule it was scored by', () => {
    expect(tierCutoffs(shares(undefined), 10)).toEqual(tierCutoffs(shares('nearest'), 10));
  });

  it('20 entries at 15/25/35 %: 3 / 5 / 7 either way, the rest 5', () => {
    expect(tierCounts(shares('down'), 20)).toEqual({ tiers: [3, 5, 7], rest: 5 });
    expect(tierCounts(shares('nearest'), 20)).toEqual({ tiers: [3, 5, 7], rest: 5 });
  });

  it('by count: a group smaller than the counts gives what it has, in order', () => {
    const rules: AwardRules = { ...shares('down', [2, 3, 5]), basis: 'count' };
    expect(tierCounts(rules, 4)).toEqual({ tiers: [2, 2, 0], rest: 0 });
    expect(tierCounts(rules, 12)).toEqual({ tiers: [2, 3, 5], rest: 2 });
  });

  const rulesArb = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 })
    .filter((values) => values.reduce((a, b) => a + b, 0) <= 100);
  const entriesArb = fc.integer({ min: 0, max: 3000 });

  it('round down never gives a tier more than its share of the entries', () => {
    fc.assert(
      fc.property(rulesArb, entriesArb, (values, n) => {
        const { tiers } = tierCounts(shares('down', values), n);
        tiers.forEach((count, i) => {
          expect(count * 100).toBeLessThanOrEqual(n * values[i]!);
          // …and misses it by less than one entry.
          expect((count + 1) * 100).toBeGreaterThan(n * values[i]!);
        });
      }),
    );
  });

  it('nearest differs from the exact share by less than one entry, per tier', () => {
    fc.assert(
      fc.property(rulesArb, entriesArb, (values, n) => {
        const { tiers } = tierCounts(shares('nearest', values), n);
        tiers.forEach((count, i) => {
          expect(Math.abs(count * 100 - n * values[i]!)).toBeLessThan(100);
        });
      }),
    );
  });

  it('counts are never negative and never add up to more than the entries', () => {
    fc.assert(
      fc.property(
        rulesArb,
        entriesArb,
        fc.constantFrom('down' as const, 'nearest' as const, undefined),
        fc.constantFrom('share' as const, 'count' as const),
        (values, n, rounding, basis) => {
          const { tiers, rest } = tierCounts({ ...shares(rounding, values), basis }, n);
          for (const count of [...tiers, rest]) expect(count).toBeGreaterThanOrEqual(0);
          expect(tiers.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(n);
          expect(tiers.reduce((a, b) => a + b, rest)).toBe(n);
        },
      ),
    );
  });
});

describe('provisional awards', () => {
  const missing = [{ flag: 'missingScores' as const, entries: ['001'] }];
  it('while marks are missing and no lock covers the results as they stand', () => {
    expect(awardsProvisional(missing, null)).toBe(true);
    expect(awardsProvisional(missing, { current: false })).toBe(true);
    expect(awardsProvisional(missing, { current: true })).toBe(false);
  });
  it('not for a tie: a decided result, flagged for the head judge', () => {
    expect(awardsProvisional([{ flag: 'boundaryTie', entries: ['001', '002'] }], null)).toBe(false);
    expect(awardsProvisional([], null)).toBe(false);
  });
});

describe('a track that does not total 100', () => {
  it('warns with the sum, and says nothing at 100', () => {
    const track = makeTrack({});
    const total = track.segments.flatMap((s) => s.criteria).reduce((a, c) => a + c.max, 0);
    const [first, ...others] = track.segments;
    const fixed = (extra: number) => ({
      ...track,
      segments: [
        {
          ...first!,
          criteria: first!.criteria.map((c, i) =>
            i === 0 ? { ...c, max: c.max + 100_00 - total + extra } : c,
          ),
        },
        ...others,
      ],
    });
    expect(rubricWarnings(fixed(0))).toEqual([]);
    expect(rubricWarnings(fixed(100))).toEqual([
      { code: 'rubric.totalNotExpected', params: { total: '101', expected: '100' } },
    ]);
  });
});
