import { assignAwards } from './awards';
import { compareEntryNo } from './entryOrder';
import {
  type JudgedScale,
  judgedCriteria,
  judgedScale,
  judgeLines,
  objectiveCriteria,
} from './judgeTotals';
import { panelScore } from './panelScore';
import { type Rankable, rankGroup } from './ranking';
import { type Rational, rational } from './rational';
import { describeExact, formatUnits, toUnits } from './rounding';
import { indexInputs, type ScoreIndex } from './scoreIndex';
import { type TieBreakContext, type TieBreakFacts, tieBreakFacts } from './tieBreak';
import type {
  EntryResult,
  GroupResult,
  ResultFlag,
  TrackResults,
  TrackResultsInput,
} from './types';
import { resultFlags } from './types';

// The whole results of one track from its recorded marks: pure, exact and order-free. Every
// list is sorted by id before use, so the same facts in any order give the same output.
//
// Choices the spec leaves open:
// - A negative final (penalties above the marks) is published as computed, not clamped: a
//   clamp would hide how far below zero the deductions went and tie such entries at 0.
// - An entry with an objective criterion left blank gets no final and no rank: blank is not
//   zero, and a final without the quiz would be a different sum from everyone else's.
// - Entries that are not competing are computed like the others (their marks stay auditable)
//   but are never ranked or awarded.

type Entry = TrackResultsInput['entries'][number];

interface Scored {
  entry: Entry;
  result: EntryResult;
  finalUnits: bigint | null;
  facts: TieBreakFacts;
}

/** Ids are unique in the store; should a caller repeat one, the same copy wins in any order. */
function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  const text = (item: T) => JSON.stringify(item);
  const sorted = [...items].sort(
    (a, b) => a.id - b.id || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
  );
  return sorted.filter((item, i) => i === 0 || sorted[i - 1]!.id !== item.id);
}

/** What every entry of a track shares, worked out once per track. */
interface TrackPlan {
  track: TrackResultsInput['track'];
  panel: ReadonlyArray<{ id: number; name: string }>;
  tieBreak: TieBreakContext;
  objective: readonly string[];
  index: ScoreIndex;
  scale: JudgedScale;
}

function scoreEntry(plan: TrackPlan, entry: Entry, place: number): Scored {
  const { track, panel, index } = plan;
  const flags = new Set<ResultFlag>();
  const marks = judgeLines(panel, index.judged, place, index.recused.get(entry.id), plan.scale);
  const { lines, valid } = marks;
  for (const line of lines) {
    if (line.status === 'recused') flags.add('recused');
    else if (line.status === 'offScale') flags.add('offScale');
    else if (line.status !== 'counted') flags.add('missingScores');
  }
  if (entry.status !== 'competing') flags.add('notCompeting');

  const enough = valid.length > 0 && valid.length >= track.aggregation.minJudges;
  if (!enough) flags.add('tooFewJudges');
  const outcome = enough ? panelScore(valid, track.aggregation) : null;
  for (const line of valid) line.status = outcome?.statuses.get(line.judgeId) ?? 'counted';

  const recorded = index.objective.get(entry.id);
  const objectiveLines = plan.objective.map((criterion) => ({
    criterion,
    value: recorded?.get(criterion) ?? null,
  }));
  const objectiveSum = objectiveLines.reduce((sum, line) => sum + (line.value ?? 0), 0);
  if (objectiveLines.some((line) => line.value === null)) flags.add('objectiveMissing');

  const penaltyLines = index.penalties.get(entry.id) ?? [];
  const penaltySum = penaltyLines.reduce((sum, line) => sum + line.points, 0);

  let unrounded: Rational | null = null;
  if (outcome && !flags.has('objectiveMissing')) {
    // panel + objective − penalties, as one fraction over the panel's denominator.
    const { num, den } = outcome.panel;
    unrounded = rational(num + BigInt(objectiveSum - penaltySum) * den, den);
  }
  const finalUnits = unrounded ? toUnits(unrounded, track.decimals) : null;
  const facts = tieBreakFacts(plan.tieBreak, place, marks, recorded);

  const result: EntryResult = {
    entryId: entry.id,
    group: entry.group,
    no: entry.no,
    name: entry.name,
    status: entry.status,
    rank: null,
    final: finalUnits === null ? null : formatUnits(finalUnits, track.decimals),
    finalUnits: finalUnits === null ? null : Number(finalUnits),
    unrounded: unrounded ? describeExact(unrounded) : null,
    panel: outcome ? describeExact(outcome.panel) : null,
    untrimmedMean: facts.untrimmedMean ? describeExact(facts.untrimmedMean) : null,
    rule: outcome?.rule ?? null,
    validJudges: valid.length,
    judges: lines,
    objective: { lines: objectiveLines, sum: objectiveSum },
    penalties: { lines: penaltyLines, sum: penaltySum },
    tieBreak: null,
    award: null,
    // Put in the fixed order of resultFlags once ranking has added its own.
    flags: [...flags],
  };
  return { entry, result, finalUnits, facts };
}

function rankAndAward(input: TrackResultsInput, members: Scored[]): GroupResult['cutoffs'] {
  const { track } = input;
  const byId = new Map(members.map((scored) => [scored.entry.id, scored]));
  const rankable: Rankable[] = members
    .filter((scored) => scored.entry.status === 'competing' && scored.finalUnits !== null)
    .map((scored) => ({
      entryId: scored.entry.id,
      finalUnits: scored.finalUnits!,
      facts: scored.facts,
    }));
  const ranked = rankGroup(rankable, track.tieBreak);
  const { cutoffs, awards } = assignAwards(ranked, track.awards);
  for (const place of ranked) {
    const { result } = byId.get(place.entryId)!;
    const outcome = awards.get(place.entryId)!;
    result.rank = place.rank;
    result.award = outcome.award;
    if (place.decidedBy) {
      const { step, value } = place.decidedBy;
      result.tieBreak = {
        step,
        value: value ? describeExact(value) : null,
        tiedWith: place.tiedWith,
      };
    }
    if (place.unresolved) result.flags.push('unresolvedTie');
    if (outcome.boundaryTie) result.flags.push('boundaryTie');
  }
  return cutoffs;
}

export function computeTrackResults(input: TrackResultsInput): TrackResults {
  const { track } = input;
  const panel = uniqueById(input.judges);
  const entries = uniqueById(input.entries);
  const judged = judgedCriteria(track);
  const objective = objectiveCriteria(track);
  const index = indexInputs(input, {
    panel,
    entries,
    judgedCriteria: judged,
    objectiveCriteria: new Set(objective),
  });
  const plan: TrackPlan = {
    track,
    panel,
    tieBreak: {
      track,
      position: new Map(judged.map((code, i) => [code, i])),
      cells: index.judged,
    },
    objective,
    index,
    scale: judgedScale(track),
  };
  const scored = entries.map((entry, place) => scoreEntry(plan, entry, place));

  // The track's groups in its order, then any group an entry names that the track lacks.
  const groupCodes = track.groups.map((group) => group.code);
  const strays = [...new Set(entries.map((entry) => entry.group))].filter(
    (code) => !groupCodes.includes(code),
  );
  groupCodes.push(...strays.sort());

  const groups: GroupResult[] = groupCodes.map((code) => {
    const members = scored.filter((item) => item.entry.group === code);
    const cutoffs = rankAndAward(input, members);
    return { code, ranked: members.filter((item) => item.result.rank !== null).length, cutoffs };
  });

  const groupOrder = new Map(groupCodes.map((code, i) => [code, i]));
  const results = scored.map(({ result }) => {
    result.flags = resultFlags.filter((flag) => result.flags.includes(flag));
    return result;
  });
  const rankOrder = (rank: number | null) => rank ?? Number.MAX_SAFE_INTEGER;
  results.sort(
    (a, b) =>
      groupOrder.get(a.group)! - groupOrder.get(b.group)! ||
      rankOrder(a.rank) - rankOrder(b.rank) ||
      compareEntryNo(a.no, b.no) ||
      a.entryId - b.entryId,
  );
  return { track: track.code, decimals: track.decimals, groups, entries: results };
}
