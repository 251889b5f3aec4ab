import { judgeConsistency } from '../consistency/judgeConsistency';
import type { EntryResult, TrackResults } from '../scoring';

// Review, then release: an entry whose marks are in goes to the head judge's queue with what
// deserves a second look, and reaches the big screen only once the head judge releases it.
// Completion is not release.
//
// Choices the issue left open:
// - An entry is in the queue once some judge's total is complete; it is "complete" when no
//   panel judge who is not recused is still missing or part-way through (a judge who is absent
//   all day is a flag the head judge can release past: the track's panel rule then applies).
// - A deviation is the judge consistency report's own rule (judgeConsistency), on the one
//   entry: a total strictly farther than the threshold from the other valid judges' mean.
// - Release needs a publishable final (the engine's): too few judges, or a judge part-way
//   through, cannot go up on the screen.
// - A release is for the marks as they were: marks that change after it (a late push, a decided
//   conflict) put the entry back in the queue as "changed since release", the screen keeping
//   the released figures until the head judge releases again.

export const reviewStates = ['waiting', 'released', 'held', 'lookAgain'] as const;
export type ReviewState = (typeof reviewStates)[number];

/** What the head judge does with an entry of the queue. */
export const reviewActions = ['release', 'hold', 'lookAgain'] as const;
export type ReviewAction = (typeof reviewActions)[number];

export type ReviewFlag =
  | { kind: 'deviation'; judgeId: number; total: number; othersMean: number; difference: number }
  | { kind: 'missing'; judgeId: number }
  | { kind: 'recused'; judgeId: number }
  | { kind: 'conflict'; judgeId: number }
  /** A mark beyond its criterion's scale (a rubric changed after marking): left out of the final. */
  | { kind: 'offScale'; judgeId: number }
  | { kind: 'tooFewJudges' };

export interface ReviewItem {
  entryId: number;
  complete: boolean;
  /** Whether the head judge may release it now (a publishable final). */
  releasable: boolean;
  flags: ReviewFlag[];
}

/** Whether an entry has reached the queue: at least one judge's total is in. */
export function inQueue(entry: EntryResult): boolean {
  return (
    entry.status === 'competing' &&
    entry.judges.some((line) => line.total !== null && line.status !== 'offScale')
  );
}

export function reviewItem(
  results: TrackResults,
  entry: EntryResult,
  options: { threshold: number; conflictJudges: ReadonlySet<number> },
): ReviewItem {
  const flags: ReviewFlag[] = [];
  const report = judgeConsistency({
    results: { ...results, entries: [entry] },
    judges: entry.judges.map((line) => ({
      id: line.judgeId,
      name: line.name,
      seat: null,
      region: '',
    })),
    regions: new Map(),
    threshold: options.threshold,
  });
  for (const judge of report.judges) {
    for (const d of judge.deviations) {
      flags.push({
        kind: 'deviation',
        judgeId: judge.judgeId,
        total: d.total,
        othersMean: Math.round(d.othersMean),
        difference: Math.round(d.difference),
      });
    }
  }
  for (const line of entry.judges) {
    if (line.status === 'missing' || line.status === 'incomplete') {
      flags.push({ kind: 'missing', judgeId: line.judgeId });
    }
    if (line.status === 'recused') flags.push({ kind: 'recused', judgeId: line.judgeId });
    if (line.status === 'offScale') flags.push({ kind: 'offScale', judgeId: line.judgeId });
    if (options.conflictJudges.has(line.judgeId)) {
      flags.push({ kind: 'conflict', judgeId: line.judgeId });
    }
  }
  if (entry.flags.includes('tooFewJudges')) flags.push({ kind: 'tooFewJudges' });
  const complete = !entry.judges.some((l) => l.status === 'missing' || l.status === 'incomplete');
  // A final the head judge may show: none is missing a criterion or counts without a mark.
  const partial = entry.judges.some((l) => l.status === 'incomplete' || l.status === 'offScale');
  return {
    entryId: entry.entryId,
    complete,
    releasable: entry.final !== null && !partial && options.conflictJudges.size === 0,
    flags,
  };
}

/**
 * Rank so far within the group: among the entries already released, how many stand ahead of
 * this one by the engine's own order (its rank, tie-breaks included). Standard competition
 * ranking: two released entries the engine ranks equal share the rank.
 */
export function rankSoFar(
  entry: Pick<EntryResult, 'entryId' | 'group' | 'rank'>,
  released: ReadonlyArray<Pick<EntryResult, 'entryId' | 'group' | 'rank'>>,
): number | null {
  if (entry.rank === null) return null;
  const rank = entry.rank;
  const ahead = released.filter(
    (other) =>
      other.entryId !== entry.entryId &&
      other.group === entry.group &&
      other.rank !== null &&
      other.rank < rank,
  ).length;
  return ahead + 1;
}
