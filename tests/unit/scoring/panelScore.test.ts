import { describe, expect, it } from 'vitest';
import { defaultAggregation, single, statuses } from './fixtures';

describe('trimmed mean', () => {
  it('drops one highest and one lowest of 5 judges (2 decimals)', () => {
    // J2 80 and J3 95 go; (88 + 82.5 + 85) / 3 = 255.5 / 3 = 85.1666…
    const result = single([88, 80, 95, 82.5, 85]);
    expect(result.rule).toBe('trimmedMean');
    expect(result.panel).toEqual({ fraction: '511/6', display: '85.1667' });
    expect(result.final).toBe('85.17');
    expect(result.finalUnits).toBe(8517);
    expect(statuses(result)).toEqual([
      'counted',
      'droppedLow',
      'droppedHigh',
      'counted',
      'counted',
    ]);
    expect(result.judges.map((line) => line.total)).toEqual([8800, 8000, 9500, 8250, 8500]);
    // Untrimmed: 430.5 / 5 = 86.1.
    expect(result.untrimmedMean).toEqual({ fraction: '861/10', display: '86.1000' });
    expect(result.validJudges).toBe(5);
    expect(result.flags).toEqual([]);
  });

  it('drops one each side of 7 judges (1 decimal)', () => {
    // 81 and 92 go; (83.5 + 84 + 86 + 87 + 89) / 5 = 429.5 / 5 = 85.9
    const result = single([92, 81, 86, 83.5, 89, 84, 87], { decimals: 1 });
    expect(result.final).toBe('85.9');
    expect(result.finalUnits).toBe(859);
    expect(statuses(result).filter((s) => s === 'counted')).toHaveLength(5);
    expect(result.judges[0]!.status).toBe('droppedHigh');
    expect(result.judges[1]!.status).toBe('droppedLow');
  });

  it('drops two each side of 9 judges', () => {
    // 78, 80 and 90, 97 go; (82.5 + 84 + 85 + 86 + 88) / 5 = 425.5 / 5 = 85.1
    const aggregation = { ...defaultAggregation, drop: 2, minJudgesForTrim: 7 };
    const result = single([97, 78, 85, 90, 82.5, 80, 84, 88, 86], { aggregation });
    expect(result.rule).toBe('trimmedMean');
    expect(result.final).toBe('85.10');
    expect(statuses(result)).toEqual([
      'droppedHigh',
      'droppedLow',
      'counted',
      'droppedHigh',
      'counted',
      'droppedLow',
      'counted',
      'counted',
      'counted',
    ]);
  });

  it('drops exactly `drop` of equal totals at the boundary, chosen by judge id', () => {
    const result = single([80, 80, 85, 90, 90]);
    // Low end: the lower id goes; high end: the higher id goes.
    expect(statuses(result)).toEqual([
      'droppedLow',
      'counted',
      'counted',
      'counted',
      'droppedHigh',
    ]);
    expect(result.final).toBe('85.00');
    const same = single([85, 85, 85, 85, 85]);
    expect(statuses(same)).toEqual(['droppedLow', 'counted', 'counted', 'counted', 'droppedHigh']);
  });

  it('uses the small-panel rule below minJudgesForTrim (mean of 4)', () => {
    // (80 + 84 + 85.5 + 90) / 4 = 84.875 → half-up 84.88
    const result = single([80, 84, 85.5, 90]);
    expect(result.rule).toBe('mean');
    expect(result.final).toBe('84.88');
    expect(statuses(result)).toEqual(['counted', 'counted', 'counted', 'counted']);
  });

  it('adding a median mark is not neutral in general: 5 → 6 judges moves the trimmed mean', () => {
    // Documents why the property test adds the trimmed mean, not the median, to a panel.
    expect(single([80, 81, 85, 86, 90]).final).toBe('84.00');
    expect(single([80, 81, 85, 86, 90, 85]).final).toBe('84.25');
  });
});

describe('small panels', () => {
  const closest = { ...defaultAggregation, smallPanel: 'closestPair' as const, minJudges: 2 };

  it('closestPair with 3 judges averages the two closest marks', () => {
    const low = single([86, 80, 87], { aggregation: closest });
    expect(low.rule).toBe('closestPair');
    expect(low.final).toBe('86.50');
    expect(statuses(low)).toEqual(['counted', 'droppedLow', 'counted']);

    const high = single([92, 84, 85], { aggregation: closest, decimals: 1 });
    expect(high.final).toBe('84.5');
    expect(statuses(high)).toEqual(['droppedHigh', 'counted', 'counted']);
  });

  it('closestPair picks by gap size; with equal gaps it averages all three', () => {
    const result = single([90, 80, 85.5], { aggregation: closest });
    // gaps 5.5 and 4.5: 85.5 and 90 are closest → 87.75
    expect(result.final).toBe('87.75');
    const even = single([90, 80, 85], { aggregation: closest });
    expect(even.rule).toBe('closestPair');
    expect(even.final).toBe('85.00');
    expect(statuses(even)).toEqual(['counted', 'counted', 'counted']);
  });

  it('closestPair with 2 judges is the plain mean', () => {
    const result = single([80, 85], { aggregation: closest });
    expect(result.rule).toBe('mean');
    expect(result.final).toBe('82.50');
  });

  it('closestPair with 4 judges (below a trim threshold of 5) is the plain mean', () => {
    const result = single([80, 81, 90, 91], { aggregation: closest });
    expect(result.rule).toBe('mean');
    expect(result.final).toBe('85.50');
  });

  it('median small panel with 4 judges averages the two middle marks', () => {
    const aggregation = { ...defaultAggregation, smallPanel: 'median' as const };
    const result = single([100, 85, 70, 87], { aggregation });
    expect(result.rule).toBe('median');
    expect(result.final).toBe('86.00');
    expect(statuses(result)).toEqual(['droppedHigh', 'counted', 'droppedLow', 'counted']);
  });
});

describe('other methods', () => {
  it('median of 5', () => {
    const aggregation = { ...defaultAggregation, method: 'median' as const };
    const result = single([99, 70, 86, 100, 85], { aggregation });
    expect(result.rule).toBe('median');
    expect(result.final).toBe('86.00');
    expect(statuses(result)).toEqual([
      'droppedHigh',
      'droppedLow',
      'counted',
      'droppedHigh',
      'droppedLow',
    ]);
  });

  it('plain mean ignores minJudgesForTrim', () => {
    const aggregation = { ...defaultAggregation, method: 'mean' as const };
    const result = single([80, 90, 85, 95, 70, 100], { aggregation, decimals: 0 });
    // 520 / 6 = 86.666… → 87
    expect(result.rule).toBe('mean');
    expect(result.final).toBe('87');
    expect(result.finalUnits).toBe(87);
  });
});
