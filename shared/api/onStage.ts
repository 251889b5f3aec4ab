import { z } from 'zod';
import { code } from '../domain/text';
import type { JudgeStatus } from '../scoring';
import { appealDecisions } from '../stage/appeals';
import type { ReviewFlag, ReviewState } from '../stage/review';
import { reviewActions } from '../stage/review';
import { type ScreenView, screenModes } from '../stage/screenView';
import type { ProposedDeduction, TimerState } from '../stage/timer';
import { defineCalls } from './define';

// On stage: the head judge's review queue and release, the big screen (亮分屏) the head table
// drives, and the performance timer. The display role reads `screen.view` and nothing else.

const id = z.number().int().positive();

export interface ReviewQueueEntry {
  entryId: number;
  no: string;
  name: string;
  organization: string;
  drawOrder: number | null;
  /** Some judge's total is in. */
  inQueue: boolean;
  complete: boolean;
  releasable: boolean;
  state: ReviewState;
  changedSinceRelease: boolean;
  decision: { by: string; at: string; note: string } | null;
  flags: Array<ReviewFlag & { seat: number | null }>;
  final: string | null;
  /** By seat; hundredths. */
  marks: Array<{ seat: number | null; total: number | null; status: JudgeStatus }>;
  time: {
    elapsedMs: number;
    startedAt: number | null;
    measuredMs: number | null;
    deductionAccepted: boolean;
  } | null;
}

export interface ReviewQueue {
  track: string;
  thresholdPercent: number;
  /** Hundredths. */
  threshold: number;
  timeLimitSeconds: number;
  entries: ReviewQueueEntry[];
}

export const screenSettingsSchema = z.object({
  track: code.nullable(),
  mode: z.enum(screenModes),
  shownEntryId: id.nullable(),
  onStageEntryId: id.nullable(),
  /** Ranks withheld until the awards. */
  ceremony: z.boolean(),
  /** English under the Chinese. */
  english: z.boolean(),
  showTimer: z.boolean(),
});
export type ScreenSettings = z.infer<typeof screenSettingsSchema>;

export interface TimerAnswer {
  time: TimerState & { entryId: number; deductionPenaltyId: number | null };
  proposal: ProposedDeduction | null;
}

export interface Appeal {
  id: number;
  entryId: number;
  no: string;
  name: string;
  filedAt: string;
  filedBy: string;
  what: string;
  /** The final as released, and as decided (null until decided). */
  finalBefore: string;
  decision: (typeof appealDecisions)[number] | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  finalAfter: string | null;
  /** The version a locked track published for it. */
  version: number | null;
}

export interface AppealsView {
  /** The window after a release, minutes. */
  minutes: number;
  open: Array<{ entryId: number; no: string; name: string; closesAt: string; open: boolean }>;
  appeals: Appeal[];
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const onStageCalls = defineCalls({
  /** Appeals (申诉) of a track, and the released entries with their windows. */
  'appeals.list': { input: z.object({ track: code }), output: z.custom<AppealsView>() },
  'appeals.setWindow': {
    input: z.object({
      track: code,
      minutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    }),
    output: z.object({}),
  },
  'appeals.file': {
    input: z.object({ entryId: id, by: text(100), what: text(1000) }),
    output: z.custom<Appeal>(),
  },
  'appeals.decide': {
    input: z.object({
      appealId: id,
      decision: z.enum(appealDecisions),
      reason: text(500),
      /** Kinds of lock flag the head judge confirmed, when a locked track publishes anew. */
      acknowledged: z.array(z.string().max(40)).max(20).default([]),
    }),
    output: z.custom<Appeal>(),
  },
  /** The head judge's queue of a track: every competing entry in running order, with flags. */
  'review.queue': { input: z.object({ track: code }), output: z.custom<ReviewQueue>() },
  /** The deviation threshold of a track's queue, percent of the judged full marks. */
  'review.setThreshold': {
    input: z.object({ track: code, percent: z.number().min(1).max(50).multipleOf(0.5) }),
    output: z.object({}),
  },
  'review.decide': {
    input: z.object({
      entryId: id,
      action: z.enum(reviewActions),
      /** Why (a hold), or what to look at again and which judge (look again). */
      note: z.string().trim().max(500).default(''),
    }),
    output: z.object({ state: z.custom<ReviewState>() }),
  },
  'screen.settings': {
    input: z.object({}),
    output: z.custom<ScreenSettings & { version: number }>(),
  },
  'screen.set': {
    input: screenSettingsSchema,
    output: z.custom<ScreenSettings & { version: number }>(),
  },
  /** What the big screen shows: released entries only. The display role's one call. */
  'screen.view': { input: z.object({}), output: z.custom<ScreenView>() },
  /**
   * Where the big screen opens: in the desktop app a second window (full screen on a second
   * display); in a browser the display address on this computer, with a display-only token.
   */
  'screen.open': {
    input: z.object({}),
    output: z.object({ window: z.boolean(), path: z.string().nullable() }),
  },
  'timer.get': { input: z.object({ entryId: id }), output: z.custom<TimerAnswer>() },
  'timer.run': {
    input: z.object({ entryId: id, command: z.enum(['start', 'pause', 'stop', 'reset']) }),
    output: z.custom<TimerAnswer>(),
  },
  /** The head judge accepts the overtime deduction the measured time proposes. */
  'timer.acceptDeduction': {
    input: z.object({ entryId: id, reason: z.string().trim().min(1).max(500) }),
    output: z.custom<TimerAnswer>(),
  },
});
