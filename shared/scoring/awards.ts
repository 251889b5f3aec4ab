import type { AwardRounding, AwardRules } from '../domain/rubric';
import type { AwardResult } from './types';

// Tiers are cut by position in the group's ranking. Rounded to the nearest, cut-offs are
// cumulative so that rounding never adds up across tiers: with shares 15/25/35 of 10 entries,
// tiers 1..2 hold round(10 × 40 %) = 4 entries, not round(1.5) + round(2.5) = 5. Rounded down
// ("不超过 X%"), each tier is rounded down on its own, so no tier holds more than its share:
// ⌊1.5⌋ + ⌊2.5⌋ = 3, where ⌊10 × 40 %⌋ = 4 would give 二等奖 3 entries, over its 25 %.

/** The rounding a rubric's awards use; rubrics saved before the choice keep 'nearest'. */
export function awardRounding(rules: AwardRules): AwardRounding {
  return rules.rounding ?? 'nearest';
}

/** Cumulative entry counts of tiers 1..i for a group of `ranked` entries. */
export function tierCutoffs(rules: AwardRules, ranked: number): number[] {
  let cumulative = 0;
  let roundedDown = 0;
  return rules.tiers.map((tier) => {
    cumulative += tier.value;
    if (rules.basis === 'count') return cumulative;
    if (awardRounding(rules) === 'down') {
      roundedDown += Math.floor((ranked * tier.value) / 100);
      return roundedDown;
    }
    // round-half-up(ranked × cumulative / 100) in integers: ⌊(2 × ranked × cumulative + 100) / 200⌋
    return Math.floor((2 * ranked * cumulative + 100) / 200);
  });
}

/**
 * How many entries each tier holds for a group of `ranked` entries, as the rule computes them
 * before any tie moves one across a boundary: what the organizers agree on before the ceremony.
 * A count basis larger than the group gives what the group has; the rest award takes the others.
 */
export function tierCounts(rules: AwardRules, ranked: number): { tiers: number[]; rest: number } {
  let before = 0;
  const tiers = tierCutoffs(rules, ranked).map((cutoff) => {
    const upTo = Math.min(Math.max(cutoff, before), ranked);
    const count = upTo - before;
    before = upTo;
    return count;
  });
  return { tiers, rest: rules.rest ? ranked - before : 0 };
}

/** 0-based tier of a 1-based position, or -1 below the last tier. */
function tierAt(cutoffs: readonly number[], position: number): number {
  return cutoffs.findIndex((cutoff) => position <= cutoff);
}

export interface AwardOutcome {
  award: AwardResult | null;
  boundaryTie: boolean;
}

/**
 * `ranks`: every ranked entry of one group with its rank. Entries sharing a rank occupy the
 * positions rank .. rank + size − 1; when those positions fall in different tiers the whole tie
 * gets the tier of its first position ('higher') or of its last ('lower'), and is flagged.
 */
export function assignAwards(
  ranks: ReadonlyArray<{ entryId: number; rank: number }>,
  rules: AwardRules,
): { cutoffs: number[]; awards: Map<number, AwardOutcome> } {
  const cutoffs = tierCutoffs(rules, ranks.length);
  const sizes = new Map<number, number>();
  for (const { rank } of ranks) sizes.set(rank, (sizes.get(rank) ?? 0) + 1);

  const awardOf = (tier: number): AwardResult | null => {
    const found = rules.tiers[tier];
    if (found) return { code: found.code, name: found.name, tier: tier + 1 };
    return rules.rest ? { code: 'rest', name: rules.rest, tier: null } : null;
  };

  const awards = new Map<number, AwardOutcome>();
  for (const { entryId, rank } of ranks) {
    const first = tierAt(cutoffs, rank);
    const last = tierAt(cutoffs, rank + sizes.get(rank)! - 1);
    const tier = rules.boundaryTie === 'higher' ? first : last;
    awards.set(entryId, { award: awardOf(tier), boundaryTie: first !== last });
  }
  return { cutoffs, awards };
}
