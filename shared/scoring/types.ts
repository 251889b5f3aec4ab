import type { Entry } from '../domain/people';
import type { TieBreakStep, Track } from '../domain/rubric';
import type { LocalizedText } from '../domain/text';
import type { ExactNumber } from './rounding';

export type { ExactNumber } from './rounding';

/** The arithmetic actually applied to an entry's valid judge totals. */
export const panelRules = ['trimmedMean', 'mean', 'median', 'closestPair'] as const;
export type PanelRule = (typeof panelRules)[number];

/**
 * counted: a complete, non-recused mark the rule kept (also when the entry has too few judges
 * to publish). droppedHigh / droppedLow: complete but set aside by trimming, the median or the
 * closest pair. recused / missing / incomplete: not a mark at all; blank is never zero.
 * offScale: a mark no longer on its criterion's scale (the rubric was changed after it came in,
 * with a reason): the judge's whole line is left out, never clipped to the new maximum.
 */
export const judgeStatuses = [
  'counted',
  'droppedHigh',
  'droppedLow',
  'recused',
  'missing',
  'incomplete',
  'offScale',
] as const;
export type JudgeStatus = (typeof judgeStatuses)[number];

/** In the order they are listed on an entry. */
export const resultFlags = [
  'notCompeting',
  'tooFewJudges',
  'missingScores',
  'offScale',
  'recused',
  'objectiveMissing',
  'unresolvedTie',
  'boundaryTie',
] as const;
export type ResultFlag = (typeof resultFlags)[number];

/** A blank cell in MarkTable.values: blank is not zero, and no mark is negative. */
export const BLANK = -1;

/**
 * The judged marks of a track, one row per judge and entry, as columns of numbers: row r is
 * judge judgeIds[r] on entry entryIds[r], its values values[r·width … r·width + width − 1] in
 * the order of judgedCriteria(track), hundredths, BLANK where blank. Columns, not an object per
 * row or per cell: at national scale a track holds 300,000 cells, and the objects alone cost
 * more than the arithmetic. markTable builds one from rows or cells.
 */
export interface MarkTable {
  width: number;
  judgeIds: ArrayLike<number>;
  entryIds: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface TrackResultsInput {
  track: Track;
  entries: Array<Pick<Entry, 'id' | 'group' | 'no' | 'name' | 'status'>>;
  /** The track's panel. */
  judges: Array<{ id: number; name: string }>;
  recusals: Array<{ judgeId: number; entryId: number }>;
  /** Judged segments. */
  marks: MarkTable;
  /** Objective segments, hundredths. */
  objective: Array<{ entryId: number; criterion: string; value: number }>;
  /** Hundredths. */
  penalties: Array<{ entryId: number; points: number; reason: string }>;
}

export interface JudgeLine {
  judgeId: number;
  name: string;
  /** Sum over the judged criteria, hundredths; null unless every criterion was scored. */
  total: number | null;
  /** How many of the judged criteria this judge scored (explains 'incomplete'). */
  criteriaScored: number;
  status: JudgeStatus;
}

export interface ObjectiveLine {
  criterion: string;
  /** Hundredths; null when nothing was recorded. */
  value: number | null;
}

export interface PenaltyLine {
  points: number;
  reason: string;
}

export interface TieBreakRecord {
  /** The last step of the chain that set this entry apart from entries with the same final. */
  step: TieBreakStep;
  /** This entry's value at that step (points); null when the step had nothing to measure. */
  value: ExactNumber | null;
  /** Ids of the other entries of the group that had the same rounded final. */
  tiedWith: number[];
}

export interface AwardResult {
  /** The tier's code, or 'rest' for the award of every ranked entry below the tiers. */
  code: string;
  name: LocalizedText;
  /** 1-based tier; null for the rest award. */
  tier: number | null;
}

export interface EntryResult {
  entryId: number;
  group: string;
  no: string;
  name: string;
  status: Entry['status'];
  /** Standard competition rank within the group; null for unranked entries. */
  rank: number | null;
  /** The published figure with exactly `decimals` places; null when it cannot be published. */
  final: string | null;
  /** The same figure as an integer of 10^-decimals points, for comparison. */
  finalUnits: number | null;
  /** Panel + objective − penalties before rounding. */
  unrounded: ExactNumber | null;
  /** Panel score before objective points and penalties. */
  panel: ExactNumber | null;
  /** Mean of every valid judge's total, nothing dropped (a tie-break). */
  untrimmedMean: ExactNumber | null;
  rule: PanelRule | null;
  validJudges: number;
  /** One line per panel judge, by judge id. */
  judges: JudgeLine[];
  objective: { lines: ObjectiveLine[]; sum: number };
  penalties: { lines: PenaltyLine[]; sum: number };
  tieBreak: TieBreakRecord | null;
  award: AwardResult | null;
  flags: ResultFlag[];
}

export interface GroupResult {
  code: string;
  /** Entries ranked in this group (n of the award shares). */
  ranked: number;
  /** Cumulative entry counts of tiers 1..i, as the awards applied them. */
  cutoffs: number[];
}

export interface TrackResults {
  track: string;
  decimals: number;
  groups: GroupResult[];
  /** By group (the track's order), then rank (unranked last), then entry number. */
  entries: EntryResult[];
}
