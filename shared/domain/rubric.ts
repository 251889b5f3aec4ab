import { z } from 'zod';
import { code, hundredths, localizedDescription, localizedText } from './text';

export const criterionSchema = z.object({
  code,
  name: localizedText,
  description: localizedDescription,
  /** Maximum points, in hundredths. */
  max: hundredths.min(1),
  /** Smallest step a mark may move by, in hundredths (50 = 0.5). */
  step: hundredths.min(1),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const segmentKinds = ['judged', 'objective'] as const;
export const segmentSchema = z.object({
  code,
  name: localizedText,
  /** judged: every panel judge scores it; objective: one value recorded by the scorekeeper. */
  kind: z.enum(segmentKinds),
  criteria: z.array(criterionSchema).min(1).max(40),
});
export type Segment = z.infer<typeof segmentSchema>;

export const groupSchema = z.object({
  code,
  name: localizedText,
  /** Entries that name no group land here. */
  isDefault: z.boolean(),
});
export type Group = z.infer<typeof groupSchema>;

export const penaltyRuleSchema = z.object({
  code,
  name: localizedText,
  /** Deduction in hundredths. */
  points: hundredths.min(1),
  /** When set, the deduction applies once per started period of this many seconds (overtime). */
  perSeconds: z.number().int().min(1).max(3600).nullable(),
});
export type PenaltyRule = z.infer<typeof penaltyRuleSchema>;

export const aggregationMethods = ['trimmedMean', 'mean', 'median'] as const;
export const smallPanelRules = ['mean', 'closestPair', 'median'] as const;
export const aggregationSchema = z.object({
  method: z.enum(aggregationMethods),
  /** How many of the highest and of the lowest judge totals a trimmed mean drops. */
  drop: z.number().int().min(0).max(5),
  /** Trimming applies from this many valid judges up. */
  minJudgesForTrim: z.number().int().min(1).max(50),
  /** Below minJudgesForTrim: how the panel score is formed. */
  smallPanel: z.enum(smallPanelRules),
  /** Fewer valid judges than this flags the entry instead of publishing silently. */
  minJudges: z.number().int().min(1).max(50),
});
export type Aggregation = z.infer<typeof aggregationSchema>;

export const tieBreakStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('untrimmedMean') }),
  z.object({ kind: z.literal('criterion'), code }),
  z.object({ kind: z.literal('segment'), code }),
]);
export type TieBreakStep = z.infer<typeof tieBreakStepSchema>;

export const awardTierSchema = z.object({
  code,
  name: localizedText,
  /** A percentage of the entries that finished (basis share) or a number of entries (count). */
  value: z.number().int().min(0).max(10_000),
});
export type AwardTier = z.infer<typeof awardTierSchema>;

/**
 * How a share becomes a number of entries. down: "不超过 X%", each award's count rounded down, so
 * no award ever exceeds its share; nearest: the cumulative count rounded half-up, so the awards
 * together are as close to their shares as whole entries allow.
 */
export const awardRoundings = ['down', 'nearest'] as const;
export type AwardRounding = (typeof awardRoundings)[number];

export const awardRulesSchema = z.object({
  basis: z.enum(['share', 'count']),
  /**
   * Absent in rubrics saved before the choice existed: they keep 'nearest', the rule they were
   * scored by. Never filled in on reading, so a locked version's input hash stays as it was.
   */
  rounding: z.enum(awardRoundings).optional(),
  tiers: z.array(awardTierSchema).max(10),
  /** The award of every finished entry below the tiers (优秀奖), or none. */
  rest: localizedText.nullable(),
  /** A tie across a tier boundary: both entries get the higher or the lower tier (flagged). */
  boundaryTie: z.enum(['higher', 'lower']),
});
export type AwardRules = z.infer<typeof awardRulesSchema>;

export const entryKinds = ['individual', 'team'] as const;

export const trackSchema = z.object({
  code,
  name: localizedText,
  /** Other names under which imports recognize this track (e.g. 科学表演). */
  aliases: z.array(z.string().trim().min(1).max(100)).max(20),
  entryKind: z.enum(entryKinds),
  teamSize: z.object({
    min: z.number().int().min(1).max(50),
    max: z.number().int().min(1).max(50),
  }),
  timeLimitSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  /** Decimals of published figures (rounded half-up). */
  decimals: z.number().int().min(0).max(2),
  aggregation: aggregationSchema,
  tieBreak: z.array(tieBreakStepSchema).max(10),
  awards: awardRulesSchema,
  penalties: z.array(penaltyRuleSchema).max(20),
  groups: z.array(groupSchema).min(1).max(20),
  segments: z.array(segmentSchema).min(1).max(20),
});
export type Track = z.infer<typeof trackSchema>;

/** Full marks of the judged segments, in hundredths. */
export function judgedTotal(track: Track): number {
  return sumMax(track.segments.filter((segment) => segment.kind === 'judged'));
}

/** Full marks of every segment, in hundredths. */
export function trackTotal(track: Track): number {
  return sumMax(track.segments);
}

export function segmentTotal(segment: Segment): number {
  return segment.criteria.reduce((sum, criterion) => sum + criterion.max, 0);
}

function sumMax(segments: Segment[]): number {
  return segments.reduce((sum, segment) => sum + segmentTotal(segment), 0);
}
