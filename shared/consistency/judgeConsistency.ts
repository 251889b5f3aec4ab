import { judgedTotal, type Track } from '../domain/rubric';
import type { JudgeStatus, TrackResults } from '../scoring';
import { sameRegion } from './regionKey';

// How each judge of a panel marked compared with the others, for the head judge to read before
// locking: information about the marks, never a verdict on a person. Every figure compares a
// judge's total with the mean of the OTHER valid judges' totals on the same entry, so a judge
// who marks every entry c points above the others shows a mean difference of c, whatever the
// panel's size. Statistics are descriptive (binary floating point, hundredths): nothing here
// reaches a published figure, which stays the engine's exact arithmetic.
//
// Choices the issue left open:
// - Only competing entries count; an entry with a single valid mark has nothing to compare with.
// - "Spread" is the population standard deviation of the judge's differences: how steadily
//   the judge sits above or below the others, not how far.
// - A deviation is |difference| > threshold (strictly over): exactly at the threshold is not
//   listed. The threshold defaults to 10 % of the track's judged full marks.
// - Dropped counts are what the track's own rule set aside (trimmed mean, median, closest pair),
//   as the results screen strikes them out.
// - Region: the judge's region against the entry's, compared as regionKey does (浙江 = 浙江省);
//   a judge or entry with no region is in neither part.

const VALID: ReadonlySet<JudgeStatus> = new Set(['counted', 'droppedHigh', 'droppedLow']);

export interface ConsistencyInput {
  results: TrackResults;
  /** The panel, in the order to report (by seat). */
  judges: ReadonlyArray<{ id: number; name: string; seat: number | null; region: string }>;
  /** The track's entries' regions (province). */
  regions: ReadonlyMap<number, string>;
  /** Hundredths: a total farther than this from the others' mean is listed. */
  threshold: number;
}

/** Differences from the others' mean, in hundredths. */
export interface DifferenceSummary {
  /** Entries compared. */
  entries: number;
  /** Null when nothing was compared. */
  mean: number | null;
  spread: number | null;
}

export interface JudgeDeviation {
  entryId: number;
  no: string;
  /** This judge's total, hundredths. */
  total: number;
  /** The other valid judges' mean, hundredths. */
  othersMean: number;
  difference: number;
}

export interface JudgeConsistency {
  judgeId: number;
  name: string;
  seat: number | null;
  region: string;
  /** Entries with a valid total of this judge. */
  scored: number;
  /** Mean of this judge's totals and of the others' means on the same entries (hundredths). */
  meanTotal: number | null;
  othersMeanTotal: number | null;
  difference: DifferenceSummary;
  /** Times the track's rule set this judge's mark aside as the highest / the lowest. */
  dropped: { high: number; low: number };
  deviations: JudgeDeviation[];
  /** Null when the judge has no region recorded. */
  byRegion: { own: DifferenceSummary; other: DifferenceSummary } | null;
}

export interface TrackConsistency {
  threshold: number;
  /** Competing entries with at least two valid marks (the ones anything is compared on). */
  entriesCompared: number;
  /** Marks the rule set aside over the whole track (the sum of every judge's dropped counts). */
  droppedMarks: number;
  judges: JudgeConsistency[];
}

/** A judge's total this far from the others' mean is listed, unless a track says otherwise. */
export const DEFAULT_DEVIATION_PERCENT = 10;

/** Percent of the judged full marks → hundredths (rounded to a hundredth): the report's and the
 * review queue's threshold. */
export function deviationThreshold(judgedFullMarks: number, percent: number): number {
  return Math.round((judgedFullMarks * percent) / 100);
}

export function defaultThreshold(track: Track, percent = DEFAULT_DEVIATION_PERCENT): number {
  return deviationThreshold(judgedTotal(track), percent);
}

export function judgeConsistency(input: ConsistencyInput): TrackConsistency {
  const perJudge = new Map(
    input.judges.map((judge) => [
      judge.id,
      {
        totals: [] as number[],
        others: [] as number[],
        own: [] as number[],
        other: [] as number[],
        high: 0,
        low: 0,
        deviations: [] as JudgeDeviation[],
      },
    ]),
  );
  const judgeRegion = new Map(input.judges.map((judge) => [judge.id, judge.region]));
  let entriesCompared = 0;
  let droppedMarks = 0;
  for (const entry of input.results.entries) {
    if (entry.status !== 'competing') continue;
    const valid = entry.judges.filter(
      (line): line is typeof line & { total: number } =>
        VALID.has(line.status) && line.total !== null,
    );
    for (const line of valid) {
      const acc = perJudge.get(line.judgeId);
      if (!acc) continue;
      if (line.status === 'droppedHigh') acc.high++;
      if (line.status === 'droppedLow') acc.low++;
      if (line.status !== 'counted') droppedMarks++;
    }
    if (valid.length < 2) continue;
    entriesCompared++;
    const sum = valid.reduce((s, line) => s + line.total, 0);
    const entryRegion = input.regions.get(entry.entryId) ?? '';
    for (const line of valid) {
      const acc = perJudge.get(line.judgeId);
      if (!acc) continue;
      const othersMean = (sum - line.total) / (valid.length - 1);
      const difference = line.total - othersMean;
      acc.totals.push(line.total);
      acc.others.push(othersMean);
      const region = judgeRegion.get(line.judgeId) ?? '';
      if (region.trim() && entryRegion.trim()) {
        (sameRegion(region, entryRegion) ? acc.own : acc.other).push(difference);
      }
      if (Math.abs(difference) > input.threshold) {
        acc.deviations.push({
          entryId: entry.entryId,
          no: entry.no,
          total: line.total,
          othersMean,
          difference,
        });
      }
    }
  }
  const judges = input.judges.map((judge): JudgeConsistency => {
    const acc = perJudge.get(judge.id)!;
    const differences = acc.totals.map((total, i) => total - acc.others[i]!);
    const scored = input.results.entries.filter(
      (e) =>
        e.status === 'competing' &&
        e.judges.some((l) => l.judgeId === judge.id && VALID.has(l.status) && l.total !== null),
    ).length;
    return {
      judgeId: judge.id,
      name: judge.name,
      seat: judge.seat,
      region: judge.region,
      scored,
      meanTotal: mean(acc.totals),
      othersMeanTotal: mean(acc.others),
      difference: summary(differences),
      dropped: { high: acc.high, low: acc.low },
      deviations: acc.deviations,
      byRegion: judge.region.trim() ? { own: summary(acc.own), other: summary(acc.other) } : null,
    };
  });
  return { threshold: input.threshold, entriesCompared, droppedMarks, judges };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function summary(values: readonly number[]): DifferenceSummary {
  const m = mean(values);
  if (m === null) return { entries: 0, mean: null, spread: null };
  const variance = values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length;
  return { entries: values.length, mean: m, spread: Math.sqrt(variance) };
}
