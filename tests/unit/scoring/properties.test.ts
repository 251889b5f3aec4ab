import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../../shared/domain/rubric';
import {
  computeTrackResults,
  type EntryResult,
  markTable,
  markTableOf,
  type TrackResults,
  tableRows,
} from '../../../shared/scoring';
import { makeTrack, panelOf, single } from './fixtures';
import { scenarioArb, shuffle } from './scenario';

const runs = { numRuns: 300 };

/** "681/8" → [681n, 8n] */
function fraction(text: string): [bigint, bigint] {
  const [num, den = '1'] = text.split('/');
  return [BigInt(num!), BigInt(den)];
}

function ranked(results: TrackResults): EntryResult[] {
  return results.entries.filter((item) => item.rank !== null);
}

describe('published figures', () => {
  it('have exactly `decimals` places, match finalUnits, and lie within half a unit', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { decimals } = input.track;
        const pattern = decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`);
        for (const item of computeTrackResults(input).entries) {
          expect(item.final === null).toBe(item.finalUnits === null);
          expect(item.final === null).toBe(item.unrounded === null);
          if (item.final === null || item.finalUnits === null || item.unrounded === null) continue;
          expect(item.final).toMatch(pattern);
          expect(Number(item.final.replace('.', ''))).toBe(item.finalUnits);
          const [num, den] = fraction(item.unrounded.fraction);
          const scale = 10n ** BigInt(decimals);
          const gap = BigInt(item.finalUnits) * den - num * scale;
          expect((gap < 0n ? -gap : gap) * 2n <= den).toBe(true);
        }
      }),
      runs,
    );
  });

  it('the panel is exactly the mean of the totals marked counted, the dropped ones lie outside', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        for (const item of computeTrackResults(input).entries) {
          if (item.panel === null) {
            expect(item.rule).toBeNull();
            expect(item.flags).toContain('tooFewJudges');
            continue;
          }
          const counted = item.judges.filter((line) => line.status === 'counted');
          const sum = counted.reduce((total, line) => total + BigInt(line.total!), 0n);
          const [num, den] = fraction(item.panel.fraction);
          expect(num * BigInt(counted.length) * 100n).toBe(sum * den);
          const totalsOf = (status: string) =>
            item.judges.filter((line) => line.status === status).map((line) => line.total!);
          const kept = totalsOf('counted');
          for (const high of totalsOf('droppedHigh'))
            expect(high).toBeGreaterThanOrEqual(Math.max(...kept));
          for (const low of totalsOf('droppedLow'))
            expect(low).toBeLessThanOrEqual(Math.min(...kept));
          if (item.rule === 'trimmedMean') {
            const { drop } = input.track.aggregation;
            expect(totalsOf('droppedHigh')).toHaveLength(drop);
            expect(totalsOf('droppedLow')).toHaveLength(drop);
          }
          expect(item.validJudges).toBeGreaterThanOrEqual(input.track.aggregation.minJudges);
        }
      }),
      runs,
    );
  });
});

describe('ranking', () => {
  it('a higher final never ranks worse; ranks are standard competition ranks per group', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const results = computeTrackResults(input);
        for (const item of results.entries) {
          const rankable = item.status === 'competing' && item.final !== null;
          expect(item.rank !== null).toBe(rankable);
        }
        for (const group of results.groups) {
          const members = ranked(results).filter((item) => item.group === group.code);
          expect(members).toHaveLength(group.ranked);
          for (const a of members) {
            for (const b of members) {
              if (a.finalUnits! > b.finalUnits!) expect(a.rank!).toBeLessThan(b.rank!);
            }
            // Rank r: exactly r − 1 entries of the group stand strictly ahead.
            expect(members.filter((b) => b.rank! < a.rank!)).toHaveLength(a.rank! - 1);
            const sharing = members.filter((b) => b.rank === a.rank).length;
            expect(a.flags.includes('unresolvedTie')).toBe(sharing > 1);
          }
        }
      }),
      runs,
    );
  });

  it('lists entries by group order, then rank (unranked last), then entry number', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const order = input.track.groups.map((group) => group.code);
        const keys = computeTrackResults(input).entries.map((item) => [
          order.indexOf(item.group),
          item.rank ?? Number.MAX_SAFE_INTEGER,
          item.entryId, // entry numbers are the zero-padded ids in these scenarios
        ]);
        const sorted = [...keys].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);
        expect(keys).toEqual(sorted);
      }),
      runs,
    );
  });
});

describe('awards', () => {
  it('no tier holds more than its cumulative count except through flagged boundary ties', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const results = computeTrackResults(input);
        const { awards } = input.track;
        for (const item of results.entries) {
          if (item.rank === null) expect(item.award).toBeNull();
        }
        for (const group of results.groups) {
          const members = ranked(results).filter((item) => item.group === group.code);
          const flagged = members.filter((item) => item.flags.includes('boundaryTie'));
          group.cutoffs.forEach((cutoff, i) => {
            const within = (item: EntryResult) =>
              item.award?.tier != null && item.award.tier <= i + 1;
            const count = members.filter(within).length;
            const extra = flagged.filter(within).length;
            if (awards.boundaryTie === 'lower') expect(count).toBeLessThanOrEqual(cutoff);
            expect(count).toBeLessThanOrEqual(cutoff + extra);
            if (flagged.length === 0) expect(count).toBe(Math.min(cutoff, members.length));
          });
          for (const item of members) {
            if (item.award === null) expect(awards.rest).toBeNull();
            else if (item.award.tier === null) expect(item.award.code).toBe('rest');
          }
        }
      }),
      runs,
    );
  });
});

describe('determinism', () => {
  it('permuting judges, entries, scores, recusals, objective and penalties changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (input, seed) => {
        const permuted = {
          ...input,
          judges: shuffle(input.judges, seed),
          entries: shuffle(input.entries, seed + 1),
          // A repeated identical row, as after importing the same score file twice.
          marks: markTable(
            input.marks.width,
            shuffle([...tableRows(input.marks), ...tableRows(input.marks).slice(0, 3)], seed + 2),
          ),
          recusals: shuffle(input.recusals, seed + 3),
          objective: shuffle(input.objective, seed + 4),
          penalties: shuffle(input.penalties, seed + 5),
        };
        expect(computeTrackResults(permuted)).toEqual(computeTrackResults(input));
      }),
      runs,
    );
  });

  it('recomputing gives deep-equal results and leaves the input untouched', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const before = structuredClone(input);
        const first = computeTrackResults(input);
        expect(input).toEqual(before);
        expect(computeTrackResults(structuredClone(input))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      runs,
    );
  });
});

describe('adding a neutral judge', () => {
  // The tempting claim "adding a judge who gives the median total changes nothing" is false for a
  // trimmed mean in general (see panelScore.test.ts: 5 → 6 judges moves 84 to 84.25). What holds:
  // (1) under trimmedMean with n ≥ minJudgesForTrim valid judges, a new judge whose total equals
  //     the current trimmed mean T lands among the kept marks (T lies between the lowest and the
  //     highest kept mark), so the new mean is (c·T + T) / (c + 1) = T: no panel, no final moves;
  // (2) when n = 2·drop + 1 the trimmed mean is the median, and adding a median mark keeps two
  //     copies of it in the middle: the median and the final stay.
  const totalsArb = (min: number, max: number) =>
    fc.array(
      fc.integer({ min: 160, max: 200 }).map((half) => half * 50),
      {
        minLength: min,
        maxLength: max,
      },
    );

  const scenario = fc
    .record({ drop: fc.integer({ min: 0, max: 3 }), extra: fc.integer({ min: 0, max: 4 }) })
    .chain(({ drop, extra }) =>
      fc.record({
        aggregation: fc.constant<Aggregation>({
          method: 'trimmedMean',
          drop,
          minJudgesForTrim: drop * 2 + 1,
          smallPanel: 'mean',
          minJudges: 1,
        }),
        totals: totalsArb(drop * 2 + 1 + extra, drop * 2 + 1 + extra),
        decimals: fc.integer({ min: 0, max: 2 }),
      }),
    );

  const compute = (totals: number[], aggregation: Aggregation, decimals: number) =>
    single(
      totals.map((total) => total / 100),
      { aggregation, decimals },
    );

  it('(1) a judge giving exactly the trimmed mean changes no final', () => {
    fc.assert(
      fc.property(scenario, ({ aggregation, totals, decimals }) => {
        const before = compute(totals, aggregation, decimals);
        expect(before.rule).toBe('trimmedMean');
        const [num, den] = fraction(before.panel!.fraction);
        fc.pre((num * 100n) % den === 0n); // T must be a whole number of hundredths to be a mark
        const mark = Number((num * 100n) / den);
        const after = compute([...totals, mark], aggregation, decimals);
        expect(after.panel).toEqual(before.panel);
        expect(after.final).toBe(before.final);
      }),
      { numRuns: 200 },
    );
  });

  it('(2) with n = 2·drop + 1 judges, a judge giving the median total changes no final', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 3 })
          .chain((drop) => fc.tuple(fc.constant(drop), totalsArb(drop * 2 + 1, drop * 2 + 1))),
        fc.integer({ min: 0, max: 2 }),
        ([drop, totals], decimals) => {
          const aggregation: Aggregation = {
            method: 'trimmedMean',
            drop,
            minJudgesForTrim: drop * 2 + 1,
            smallPanel: 'mean',
            minJudges: 1,
          };
          const median = [...totals].sort((a, b) => a - b)[drop]!;
          const before = compute(totals, aggregation, decimals);
          const after = compute([...totals, median], aggregation, decimals);
          expect(after.rule).toBe('trimmedMean');
          expect(after.final).toBe(before.final);
          expect(after.panel).toEqual(before.panel);
        },
      ),
    );
  });

  it('panel judges who left the sheet blank are not counted: 5 marks on a panel of 7 = a panel of 5', () => {
    const track = makeTrack();
    const scores = [1, 2, 3, 4, 5].map((judgeId) => ({
      judgeId,
      entryId: 1,
      criterion: 'overall',
      value: 8000 + judgeId * 100,
    }));
    const entries = [{ id: 1, group: 'main', no: '1', name: 'E1', status: 'competing' as const }];
    const marks = markTableOf(track, scores);
    const base = { track, entries, recusals: [], objective: [], penalties: [], marks };
    const five = computeTrackResults({ ...base, judges: panelOf(5) }).entries[0]!;
    const seven = computeTrackResults({ ...base, judges: panelOf(7) }).entries[0]!;
    expect(seven.final).toBe(five.final);
    expect(seven.flags).toEqual(['missingScores']);
  });
});
