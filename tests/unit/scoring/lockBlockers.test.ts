import { describe, expect, it } from 'vitest';
import { hasPublishable, lockBlockers, unacknowledged } from '../../../shared/scoring';
import { criterion, entry, makeTrack, overall, panelOf, run, twoCriteria } from './fixtures';

describe('what blocks a lock', () => {
  it('lists each kind of flag once, with its entries, leaving out recusals and entries not competing', () => {
    const results = run({
      track: makeTrack(),
      entries: [entry(1), entry(2), entry(3), entry(4, { status: 'absent' })],
      judges: panelOf(5),
      recusals: [{ judgeId: 5, entryId: 3 }],
      scores: [
        ...overall(1, [80, 81, 82, 83, 84]),
        ...overall(2, [80, 81, 82, 83, null]),
        ...overall(3, [70, 71, 72, 73, null]),
      ],
    });
    expect(lockBlockers(results, new Set())).toEqual([{ flag: 'missingScores', entries: ['002'] }]);
    expect(lockBlockers(results, new Set([1]))).toEqual([
      { flag: 'missingScores', entries: ['002'] },
      { flag: 'openConflicts', entries: ['001'] },
    ]);
    expect(hasPublishable(results)).toBe(true);
  });

  it('finds nothing publishable when no competing entry has a panel score', () => {
    const results = run({
      track: makeTrack(),
      entries: [entry(1), entry(2)],
      judges: panelOf(5),
      scores: overall(1, [80, null, null, null, null]),
    });
    expect(hasPublishable(results)).toBe(false);
    expect(lockBlockers(results, new Set()).map((b) => b.flag)).toEqual([
      'tooFewJudges',
      'missingScores',
    ]);
  });

  it('is cleared kind by kind', () => {
    const blockers = [
      { flag: 'missingScores' as const, entries: ['002'] },
      { flag: 'unresolvedTie' as const, entries: ['003', '004'] },
    ];
    expect(unacknowledged(blockers, ['unresolvedTie'])).toEqual([blockers[0]]);
    expect(unacknowledged(blockers, ['missingScores', 'unresolvedTie'])).toEqual([]);
  });
});

describe('a mark off the scale (the rubric changed after it came in)', () => {
  it('leaves that judge’s line out of the panel score and flags the entry', () => {
    // b's maximum lowered to 30 after judge 2 gave 35: judge 2 is off the scale, not counted.
    const track = makeTrack({
      segments: [
        {
          code: 'perf',
          name: { zh: 'p', en: 'p' },
          kind: 'judged',
          criteria: [criterion('a', 60), criterion('b', 30)],
        },
      ],
    });
    const results = run({
      track,
      entries: [entry(1)],
      judges: panelOf(4),
      scores: twoCriteria(1, [
        [50, 30],
        [50, 35],
        [40, 20],
        [45, 25],
      ]),
    });
    const [result] = results.entries;
    expect(result!.judges.map((j) => j.status)).toEqual([
      'counted',
      'offScale',
      'counted',
      'counted',
    ]);
    expect(result!.judges[1]!.total).toBeNull();
    expect(result!.validJudges).toBe(3);
    expect(result!.flags).toContain('offScale');
    // (80 + 60 + 70) / 3: judge 2's 85 is not among them.
    expect(result!.panel!.fraction).toBe('70');
    expect(lockBlockers(results, new Set()).map((b) => b.flag)).toEqual(['offScale']);
  });
});
