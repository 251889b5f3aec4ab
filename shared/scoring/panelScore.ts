import type { Aggregation } from '../domain/rubric';
import { meanOf, type Rational } from './rational';
import type { PanelRule } from './types';

// How the valid judge totals of one entry become its panel score. The caller has already
// checked there are at least `minJudges` (and at least one) valid totals.
//
// Totals are put in one order, (total, judge id) ascending, and every rule drops from the ends
// of that order: when equal totals sit at a drop boundary exactly `drop` of them go, the lowest
// ids at the low end and the highest ids at the high end, so the result never depends on the
// order the scores arrived in.

export interface ValidTotal {
  judgeId: number;
  /** Hundredths. */
  total: number;
}

export type KeptStatus = 'counted' | 'droppedHigh' | 'droppedLow';

export interface PanelOutcome {
  rule: PanelRule;
  /** Hundredths, exact. */
  panel: Rational;
  /** judge id → whether the rule kept or dropped that judge's total. */
  statuses: Map<number, KeptStatus>;
}

function sortTotals(totals: readonly ValidTotal[]): ValidTotal[] {
  // An insertion sort: a panel is a handful of judges, sorted once per entry, ten thousand times.
  const sorted = [...totals];
  for (let i = 1; i < sorted.length; i++) {
    const item = sorted[i]!;
    let j = i - 1;
    while (
      j >= 0 &&
      (sorted[j]!.total > item.total ||
        (sorted[j]!.total === item.total && sorted[j]!.judgeId > item.judgeId))
    ) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = item;
  }
  return sorted;
}

/** Keeps sorted[from, to) and marks what lies below as droppedLow, above as droppedHigh. */
function keep(rule: PanelRule, sorted: ValidTotal[], from: number, to: number): PanelOutcome {
  const statuses = new Map<number, KeptStatus>();
  sorted.forEach((mark, i) => {
    statuses.set(mark.judgeId, i < from ? 'droppedLow' : i >= to ? 'droppedHigh' : 'counted');
  });
  const panel = meanOf(sorted.slice(from, to).map((mark) => mark.total));
  if (panel === null) throw new RangeError(`panelScore: ${rule} kept no total`);
  return { rule, panel, statuses };
}

function median(sorted: ValidTotal[]): PanelOutcome {
  const n = sorted.length;
  const from = Math.floor((n - 1) / 2);
  return keep('median', sorted, from, n - from);
}

/**
 * With exactly three marks, the mean of the two closest; when both gaps are equal the middle
 * mark is equally close to both others, no pair is closer, and all three are averaged (which
 * equals the middle mark). With any other count there is no single closest pair to trust, so
 * the plain mean applies and is recorded as 'mean' (two judges: their mean, as the rule says).
 */
function closestPair(sorted: ValidTotal[]): PanelOutcome {
  if (sorted.length !== 3) return keep('mean', sorted, 0, sorted.length);
  const [low, middle, high] = sorted.map((mark) => mark.total) as [number, number, number];
  const lowerGap = middle - low;
  const upperGap = high - middle;
  if (lowerGap < upperGap) return keep('closestPair', sorted, 0, 2);
  if (upperGap < lowerGap) return keep('closestPair', sorted, 1, 3);
  return keep('closestPair', sorted, 0, 3);
}

function smallPanel(sorted: ValidTotal[], rule: Aggregation['smallPanel']): PanelOutcome {
  switch (rule) {
    case 'mean':
      return keep('mean', sorted, 0, sorted.length);
    case 'median':
      return median(sorted);
    case 'closestPair':
      return closestPair(sorted);
  }
}

export function panelScore(totals: readonly ValidTotal[], aggregation: Aggregation): PanelOutcome {
  const sorted = sortTotals(totals);
  const n = sorted.length;
  switch (aggregation.method) {
    case 'mean':
      return keep('mean', sorted, 0, n);
    case 'median':
      return median(sorted);
    case 'trimmedMean': {
      const { drop, minJudgesForTrim } = aggregation;
      // checkTrack refuses drop * 2 >= minJudgesForTrim; the second test keeps an unchecked
      // track from trimming every mark away.
      if (n >= minJudgesForTrim && n > drop * 2) return keep('trimmedMean', sorted, drop, n - drop);
      return smallPanel(sorted, aggregation.smallPanel);
    }
  }
}
