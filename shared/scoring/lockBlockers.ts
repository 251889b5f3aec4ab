import type { ResultFlag, TrackResults } from './types';

// What the head judge must confirm, one by one, before a track's results are locked. They are the
// engine's own flags on competing entries, plus conflicts the merge holds open. Entries not
// competing are never ranked, and a recusal is a rule followed, not a problem: neither blocks.

export const blockingFlags = [
  'tooFewJudges',
  'missingScores',
  'offScale',
  'objectiveMissing',
  'unresolvedTie',
  'boundaryTie',
  'openConflicts',
] as const satisfies ReadonlyArray<ResultFlag | 'openConflicts'>;
export type BlockingFlag = (typeof blockingFlags)[number];

export interface LockBlocker {
  flag: BlockingFlag;
  /** Entry numbers concerned, in the results' order. */
  entries: string[];
}

/** The blockers of a track, in the order of blockingFlags; none when all is clear. */
export function lockBlockers(
  results: TrackResults,
  /** Entry ids with a conflict of marks not yet decided. */
  openConflicts: ReadonlySet<number>,
): LockBlocker[] {
  const byFlag = new Map<BlockingFlag, string[]>();
  const add = (flag: BlockingFlag, no: string) => {
    const list = byFlag.get(flag) ?? [];
    if (!list.includes(no)) list.push(no);
    byFlag.set(flag, list);
  };
  for (const entry of results.entries) {
    if (entry.status !== 'competing') continue;
    for (const flag of entry.flags) {
      if ((blockingFlags as readonly string[]).includes(flag)) add(flag as BlockingFlag, entry.no);
    }
    if (openConflicts.has(entry.entryId)) add('openConflicts', entry.no);
  }
  return blockingFlags
    .filter((flag) => byFlag.has(flag))
    .map((flag) => ({ flag, entries: byFlag.get(flag)! }));
}

/** Something to publish: at least one competing entry with a panel score. */
export function hasPublishable(results: TrackResults): boolean {
  return results.entries.some((entry) => entry.status === 'competing' && entry.panel !== null);
}

/** The blockers the head judge has not acknowledged. */
export function unacknowledged(
  blockers: readonly LockBlocker[],
  acknowledged: readonly string[],
): LockBlocker[] {
  return blockers.filter((blocker) => !acknowledged.includes(blocker.flag));
}

/**
 * Flags that mean a mark is still to come or still to be decided: while any is open and no
 * current lock covers the results, every award can still move, so it is shown as provisional.
 * Ties are decided results, not missing ones.
 */
export const incompleteFlags = [
  'tooFewJudges',
  'missingScores',
  'offScale',
  'objectiveMissing',
  'openConflicts',
] as const satisfies ReadonlyArray<BlockingFlag>;

/** Awards are provisional (暂定) while results are incomplete and not locked as they stand. */
export function awardsProvisional(
  blockers: readonly LockBlocker[],
  lock: { current: boolean } | null | undefined,
): boolean {
  if (lock?.current) return false;
  return blockers.some((b) => (incompleteFlags as readonly string[]).includes(b.flag));
}
