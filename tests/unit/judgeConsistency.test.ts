import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayCall } from '../../shared/api/roles';
import {
  defaultThreshold,
  judgeConsistency,
  type TrackConsistency,
} from '../../shared/consistency/judgeConsistency';
import { regionKey, sameRegion } from '../../shared/consistency/regionKey';
import { entry, makeTrack, overall, p, panelOf, run } from './scoring/fixtures';

const track = makeTrack();

/** Totals per entry (judge i+1 gives row[i]); judge regions and entry regions by index. */
function consistency(
  rows: ReadonlyArray<ReadonlyArray<number | null>>,
  options: { threshold?: number; judgeRegions?: string[]; entryRegions?: string[] } = {},
): TrackConsistency {
  const n = rows[0]?.length ?? 0;
  const results = run({
    track,
    entries: rows.map((_, i) => entry(i + 1)),
    judges: panelOf(n),
    scores: rows.flatMap((row, i) => overall(i + 1, row)),
  });
  return judgeConsistency({
    results,
    judges: panelOf(n).map((judge, i) => ({
      ...judge,
      seat: i + 1,
      region: options.judgeRegions?.[i] ?? '',
    })),
    regions: new Map(rows.map((_, i) => [i + 1, options.entryRegions?.[i] ?? ''])),
    threshold: options.threshold ?? p(10),
  });
}

describe('judge consistency', () => {
  it('a judge who marks every entry 5 above the others shows +5, a steady spread of 0', () => {
    const report = consistency([
      [85, 80, 80, 80, 80],
      [75, 70, 70, 70, 70],
      [95, 90, 90, 90, 90],
    ]);
    const first = report.judges[0]!;
    expect(first.difference.mean).toBeCloseTo(p(5.0));
    expect(first.difference.spread).toBeCloseTo(0);
    expect(first.meanTotal).toBeCloseTo(p(85));
    expect(first.othersMeanTotal).toBeCloseTo(p(80));
    // The others sit 1.25 below the mean of the rest (which includes judge 1's +5).
    expect(report.judges[1]!.difference.mean).toBeCloseTo(p(-1.25));
    expect(report.entriesCompared).toBe(3);
  });

  it('counts how often the trimmed mean struck out each judge, as the results screen does', () => {
    // Judge 1 is the highest on all three entries, judge 5 the lowest on two of them.
    const report = consistency([
      [90, 80, 81, 82, 70],
      [91, 80, 81, 82, 70],
      [92, 80, 81, 70, 79],
    ]);
    expect(report.judges.map((j) => j.dropped)).toEqual([
      { high: 3, low: 0 },
      { high: 0, low: 0 },
      { high: 0, low: 0 },
      { high: 0, low: 1 },
      { high: 0, low: 2 },
    ]);
    expect(report.droppedMarks).toBe(6);
  });

  it('lists a total more than the threshold from the others’ mean, not one exactly at it', () => {
    // 10 % of 100 points: 10.00. Judge 1: 90 against 80 (exactly 10, not listed), then 91.
    const report = consistency(
      [
        [90, 80, 80, 80, 80],
        [91, 80, 80, 80, 80],
      ],
      { threshold: defaultThreshold(track) },
    );
    expect(defaultThreshold(track)).toBe(p(10));
    expect(report.judges[0]!.deviations.map((d) => [d.no, d.difference])).toEqual([['002', p(11)]]);
    expect(report.judges.slice(1).every((j) => j.deviations.length === 0)).toBe(true);
  });

  it('compares a judge’s marks for entries of their own region with the others', () => {
    const report = consistency(
      [
        [88, 80, 80],
        [84, 80, 80],
        [80, 80, 80],
      ],
      { judgeRegions: ['浙江省', '江苏', ''], entryRegions: ['浙江', '浙江', '江苏'] },
    );
    const [zhejiang, jiangsu, none] = report.judges;
    expect(zhejiang!.byRegion?.own).toMatchObject({ entries: 2, mean: p(6) });
    expect(zhejiang!.byRegion?.other).toMatchObject({ entries: 1, mean: 0 });
    expect(jiangsu!.byRegion?.own.entries).toBe(1);
    expect(jiangsu!.byRegion?.other.entries).toBe(2);
    expect(none!.byRegion).toBeNull();
  });

  it('leaves blanks and recusals out: a judge with no mark has no figures, not zeros', () => {
    const report = consistency([
      [80, 82, null],
      [70, 71, null],
    ]);
    const third = report.judges[2]!;
    expect(third.scored).toBe(0);
    expect(third.meanTotal).toBeNull();
    expect(third.difference).toEqual({ entries: 0, mean: null, spread: null });
  });

  it('reads provinces with or without their suffix as one region', () => {
    expect(sameRegion('内蒙古自治区', '内蒙古')).toBe(true);
    expect(sameRegion('广西壮族自治区', '广西')).toBe(true);
    expect(sameRegion('浙江', '江苏')).toBe(false);
    expect(sameRegion('', '')).toBe(false);
    expect(regionKey('　浙江省 ')).toBe('浙江');
  });
});

describe('judge consistency, properties', () => {
  const panel = fc.integer({ min: 3, max: 9 });
  const rowsOf = (n: number) =>
    fc.array(fc.array(fc.integer({ min: 20, max: 80 }), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: 12,
    });

  it('shifting every mark of one judge by c shifts their mean difference by exactly c', () => {
    fc.assert(
      fc.property(
        panel.chain((n) => fc.tuple(rowsOf(n), fc.nat(n - 1), fc.integer({ min: -20, max: 20 }))),
        ([rows, judge, c]) => {
          const before = consistency(rows).judges[judge]!.difference.mean!;
          const shifted = rows.map((row) => row.map((t, i) => (i === judge ? t + c : t)));
          const after = consistency(shifted).judges[judge]!;
          expect(after.difference.mean! - before).toBeCloseTo(p(c), 6);
          // The spread says how steady the judge is: a constant shift leaves it as it was.
          expect(after.difference.spread!).toBeCloseTo(
            consistency(rows).judges[judge]!.difference.spread!,
            6,
          );
        },
      ),
    );
  });

  it('the dropped counts of the judges add up to the marks the rule set aside', () => {
    fc.assert(
      fc.property(
        panel.chain((n) => rowsOf(n)),
        (rows) => {
          const report = consistency(rows);
          const sum = report.judges.reduce((s, j) => s + j.dropped.high + j.dropped.low, 0);
          expect(sum).toBe(report.droppedMarks);
          // From 5 judges up the template's rule drops one each side of every entry.
          expect(report.droppedMarks).toBe(rows[0]!.length >= 5 ? 2 * rows.length : 0);
        },
      ),
    );
  });

  it('the differences of a full panel on one entry sum to zero, weighted by n − 1', () => {
    fc.assert(
      fc.property(
        panel.chain((n) => rowsOf(n)),
        (rows) => {
          const report = consistency(rows.slice(0, 1));
          const sum = report.judges.reduce((s, j) => s + j.difference.mean!, 0);
          expect(sum).toBeCloseTo(0, 6);
        },
      ),
    );
  });
});

describe('who may read it', () => {
  it('the head table (organizer or head judge), never a judge’s copy or the big screen', () => {
    for (const name of ['consistency.get', 'ceremony.script', 'ceremony.saveSettings'] as const) {
      expect(mayCall(name, ['organizer'])).toBe(true);
      expect(mayCall(name, ['headJudge'])).toBe(true);
      expect(mayCall(name, ['judge'])).toBe(false);
      expect(mayCall(name, ['display'])).toBe(false);
    }
  });
});
