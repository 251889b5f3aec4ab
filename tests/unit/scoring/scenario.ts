import fc from 'fast-check';
import type { EntryStatus } from '../../../shared/domain/people';
import type { AwardRules, TieBreakStep, Track } from '../../../shared/domain/rubric';
import {
  markTable,
  markTableOf,
  type ScoreCell,
  type TrackResultsInput,
} from '../../../shared/scoring';
import { makeTrack, overallSegment, quizSegment, twoCriteriaSegment } from './fixtures';

// Random but realistic tracks and score sheets for the property tests. Marks come from a few
// values only, so equal finals, ties at drop boundaries and award boundaries happen often.

const groups = [
  { code: 'g1', name: { zh: '一组', en: 'Group 1' }, isDefault: true },
  { code: 'g2', name: { zh: '二组', en: 'Group 2' }, isDefault: false },
];

const aggregationArb = fc
  .record({
    method: fc.constantFrom('trimmedMean', 'mean', 'median') as fc.Arbitrary<
      Track['aggregation']['method']
    >,
    drop: fc.integer({ min: 0, max: 2 }),
    minJudgesForTrim: fc.integer({ min: 1, max: 7 }),
    smallPanel: fc.constantFrom('mean', 'closestPair', 'median') as fc.Arbitrary<
      Track['aggregation']['smallPanel']
    >,
    minJudges: fc.integer({ min: 1, max: 4 }),
  })
  .map((a) => ({ ...a, minJudgesForTrim: Math.max(a.minJudgesForTrim, a.drop * 2 + 1) }));

const steps: TieBreakStep[] = [
  { kind: 'untrimmedMean' },
  { kind: 'criterion', code: 'a' },
  { kind: 'criterion', code: 'b' },
  { kind: 'criterion', code: 'q1' },
  { kind: 'segment', code: 'perf' },
  { kind: 'segment', code: 'quiz' },
];

const awardsArb: fc.Arbitrary<AwardRules> = fc
  .record({
    basis: fc.constantFrom('share', 'count') as fc.Arbitrary<AwardRules['basis']>,
    values: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
    rest: fc.option(fc.constant({ zh: '优秀奖', en: 'Merit' })),
    boundaryTie: fc.constantFrom('higher', 'lower') as fc.Arbitrary<AwardRules['boundaryTie']>,
  })
  .map(({ basis, values, rest, boundaryTie }) => ({
    basis,
    tiers: values.map((value, i) => ({
      code: `tier-${i + 1}`,
      name: { zh: `${i + 1}等奖`, en: `Tier ${i + 1}` },
      value: basis === 'count' ? value % 6 : value,
    })),
    rest,
    boundaryTie,
  }));

export const trackArb: fc.Arbitrary<Track> = fc
  .record({
    decimals: fc.integer({ min: 0, max: 2 }),
    aggregation: aggregationArb,
    tieBreak: fc.shuffledSubarray(steps),
    awards: awardsArb,
    twoCriteria: fc.boolean(),
    quiz: fc.boolean(),
    twoGroups: fc.boolean(),
  })
  .map((t) =>
    makeTrack({
      decimals: t.decimals,
      aggregation: t.aggregation,
      tieBreak: t.tieBreak,
      awards: t.awards,
      groups: t.twoGroups ? groups : [groups[0]!],
      segments: [
        t.twoCriteria ? twoCriteriaSegment : overallSegment,
        ...(t.quiz ? [quizSegment] : []),
      ],
    }),
  );

type Sheet = 'full' | 'blank' | 'partial' | 'recused';
const sheetArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Sheet>('full') },
  { weight: 1, arbitrary: fc.constantFrom<Sheet>('blank', 'partial', 'recused') },
);
const statusArb = fc.oneof(
  { weight: 10, arbitrary: fc.constant<EntryStatus>('competing') },
  { weight: 1, arbitrary: fc.constantFrom<EntryStatus>('absent', 'withdrawn', 'disqualified') },
);

/** A whole input for `track`: up to 12 entries, 1..9 judges. */
export function inputArb(track: Track): fc.Arbitrary<TrackResultsInput> {
  const criteria = track.segments[0]!.criteria.map((criterion) => criterion.code);
  const objective = track.segments[1]?.criteria.map((criterion) => criterion.code) ?? [];
  return fc.integer({ min: 1, max: 9 }).chain((judgeCount) => {
    const entryArb = fc.record({
      group: fc.constantFrom(...track.groups.map((group) => group.code)),
      status: statusArb,
      sheets: fc.array(
        fc.record({
          sheet: sheetArb,
          marks: fc.array(fc.integer({ min: 0, max: 3 }), {
            minLength: criteria.length,
            maxLength: criteria.length,
          }),
        }),
        { minLength: judgeCount, maxLength: judgeCount },
      ),
      objective: fc.array(fc.option(fc.constantFrom(0, 10, 100), { freq: 8 }), {
        minLength: objective.length,
        maxLength: objective.length,
      }),
      penalties: fc.array(fc.constantFrom(50, 100, 200), { maxLength: 2 }),
    });
    return fc.array(entryArb, { minLength: 1, maxLength: 12 }).map((entries) => {
      const input: TrackResultsInput = {
        track,
        entries: [],
        judges: Array.from({ length: judgeCount }, (_, i) => ({ id: i + 1, name: `J${i + 1}` })),
        recusals: [],
        marks: markTable(0, []),
        objective: [],
        penalties: [],
      };
      const cells: ScoreCell[] = [];
      entries.forEach((e, i) => {
        const entryId = i + 1;
        input.entries.push({
          id: entryId,
          group: e.group,
          no: String(entryId).padStart(3, '0'),
          name: `E${entryId}`,
          status: e.status,
        });
        e.sheets.forEach(({ sheet, marks }, j) => {
          const judgeId = j + 1;
          if (sheet === 'recused') input.recusals.push({ judgeId, entryId });
          if (sheet === 'blank') return;
          const scored = sheet === 'partial' ? criteria.slice(0, -1) : criteria;
          scored.forEach((criterion, k) => {
            // 80.00 + 0.5 steps: close marks make ties likely.
            const value =
              (criterion === 'b' ? 3000 : criterion === 'a' ? 5000 : 8000) + marks[k]! * 50;
            cells.push({ judgeId, entryId, criterion, value });
          });
        });
        e.objective.forEach((value, k) => {
          if (value !== null) input.objective.push({ entryId, criterion: objective[k]!, value });
        });
        for (const points of e.penalties)
          input.penalties.push({ entryId, points, reason: 'overtime' });
      });
      input.marks = markTableOf(track, cells);
      return input;
    });
  });
}

export const scenarioArb: fc.Arbitrary<TrackResultsInput> = trackArb.chain(inputArb);

/** A deterministic shuffle (mulberry32), so fast-check can replay a failing case. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
