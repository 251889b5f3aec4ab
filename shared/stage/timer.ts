import { deductionFor } from '../domain/penalties';
import type { PenaltyRule, Track } from '../domain/rubric';

// The performance timer at the head table, and what its measured time proposes.
//
// Choices the issue left open:
// - Time is measured in whole seconds, as a stopwatch shows it: 5:00.9 is 5:00, not over a
//   5-minute limit. The overtime is the whole seconds beyond the track's limit.
// - Colour stages: green, then yellow for the last minute (or the last fifth of a limit shorter
//   than five minutes), red once the limit is reached. A track with no limit stays green.
// - The proposed deduction is the track's first rule counted per period of seconds (the
//   overtime rule), through the one rule of deductions (deductionFor). A track without one
//   proposes nothing; the head judge accepts a proposal, never the timer alone.

export interface TimerState {
  /** Epoch ms since which it runs; null when paused or stopped. */
  startedAt: number | null;
  /** Time run before startedAt, ms. */
  elapsedMs: number;
  /** Set once stopped: the measured time, ms. */
  measuredMs: number | null;
}

export const idleTimer: TimerState = { startedAt: null, elapsedMs: 0, measuredMs: null };

export type TimerCommand = 'start' | 'pause' | 'stop' | 'reset';

export function elapsed(timer: TimerState, now: number): number {
  if (timer.measuredMs !== null) return timer.measuredMs;
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** The next state; a command that does not apply (pause when paused) changes nothing. */
export function applyTimer(timer: TimerState, command: TimerCommand, now: number): TimerState {
  switch (command) {
    case 'start':
      if (timer.measuredMs !== null || timer.startedAt !== null) return timer;
      return { ...timer, startedAt: now };
    case 'pause':
      if (timer.startedAt === null) return timer;
      return { startedAt: null, elapsedMs: elapsed(timer, now), measuredMs: null };
    case 'stop':
      if (timer.measuredMs !== null) return timer;
      return { startedAt: null, elapsedMs: elapsed(timer, now), measuredMs: elapsed(timer, now) };
    case 'reset':
      return idleTimer;
  }
}

export type TimerStage = 'green' | 'yellow' | 'red';

export function timerStage(elapsedMs: number, limitSeconds: number): TimerStage {
  if (limitSeconds <= 0) return 'green';
  const seconds = Math.floor(elapsedMs / 1000);
  if (seconds >= limitSeconds) return 'red';
  const warning = Math.min(60, Math.floor(limitSeconds / 5));
  return seconds >= limitSeconds - warning ? 'yellow' : 'green';
}

export function overtimeSeconds(measuredMs: number, limitSeconds: number): number {
  if (limitSeconds <= 0) return 0;
  return Math.max(0, Math.floor(measuredMs / 1000) - limitSeconds);
}

export interface ProposedDeduction {
  rule: PenaltyRule;
  measuredSeconds: number;
  overtimeSeconds: number;
  /** Hundredths. */
  points: number;
}

export function proposedDeduction(track: Track, measuredMs: number): ProposedDeduction | null {
  const rule = track.penalties.find((p) => p.perSeconds !== null);
  const over = overtimeSeconds(measuredMs, track.timeLimitSeconds);
  if (!rule || over === 0) return null;
  const points = deductionFor(rule, over);
  if (points === 0) return null;
  return { rule, measuredSeconds: Math.floor(measuredMs / 1000), overtimeSeconds: over, points };
}

/** m:ss, as the timer shows it. */
export function clockText(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
