import type { TieBreakStep } from '../domain/rubric';
import type { Rational } from './rational';
import { compareDescending, type TieBreakFacts, tieBreakValue } from './tieBreak';

// Standard competition ranking (1, 2, 2, 4) of one group on the published, rounded figure: two
// entries that show the same final are tied even if their unrounded values differ, and only the
// track's tie-break chain, not hidden decimals, may separate them.

export interface Rankable {
  entryId: number;
  /** Rounded final in units of 10^-decimals points. */
  finalUnits: bigint;
  facts: TieBreakFacts;
}

export interface Ranked {
  entryId: number;
  rank: number;
  /** The last step that split this entry's tie, with its value; null when none did. */
  decidedBy: { step: TieBreakStep; value: Rational | null } | null;
  /** Other entries with the same rounded final. */
  tiedWith: number[];
  /** Shares its rank with another entry after the whole chain. */
  unresolved: boolean;
}

type Decisions = Map<number, { step: TieBreakStep; value: Rational | null }>;

/** Splits `set` by the chain from step `index` on; returns the parts, best first. */
function separate(
  set: Rankable[],
  steps: readonly TieBreakStep[],
  index: number,
  decisions: Decisions,
): Rankable[][] {
  const step = steps[index];
  if (set.length < 2 || step === undefined) return [set];
  const measured = set
    .map((item) => ({ item, value: tieBreakValue(step, item.facts) }))
    .sort((a, b) => compareDescending(a.value, b.value) || a.item.entryId - b.item.entryId);
  const parts: (typeof measured)[] = [];
  for (const next of measured) {
    const last = parts.at(-1);
    if (last && compareDescending(last[0]!.value, next.value) === 0) last.push(next);
    else parts.push([next]);
  }
  if (parts.length === 1) return separate(set, steps, index + 1, decisions);
  // Deeper steps run after this loop and overwrite: each entry keeps the last step that split it.
  for (const part of parts) {
    for (const { item, value } of part) decisions.set(item.entryId, { step, value });
  }
  return parts.flatMap((part) =>
    separate(
      part.map(({ item }) => item),
      steps,
      index + 1,
      decisions,
    ),
  );
}

export function rankGroup(items: readonly Rankable[], steps: readonly TieBreakStep[]): Ranked[] {
  const sorted = [...items].sort((a, b) =>
    a.finalUnits === b.finalUnits ? a.entryId - b.entryId : a.finalUnits > b.finalUnits ? -1 : 1,
  );
  const blocks: Rankable[][] = [];
  for (const item of sorted) {
    const last = blocks.at(-1);
    if (last && last[0]!.finalUnits === item.finalUnits) last.push(item);
    else blocks.push([item]);
  }

  const ranked: Ranked[] = [];
  let position = 0;
  for (const block of blocks) {
    const decisions: Decisions = new Map();
    const ids = block.map((item) => item.entryId);
    for (const part of separate(block, steps, 0, decisions)) {
      for (const item of part) {
        ranked.push({
          entryId: item.entryId,
          rank: position + 1,
          decidedBy: decisions.get(item.entryId) ?? null,
          tiedWith: ids.filter((id) => id !== item.entryId),
          unresolved: part.length > 1,
        });
      }
      position += part.length;
    }
  }
  return ranked;
}
