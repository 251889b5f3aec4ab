import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../shared/api/contract';
import { callRoles, displayMayCall } from '../../shared/api/roles';
import { inQueue, rankSoFar, reviewItem } from '../../shared/stage/review';
import { screenMarks } from '../../shared/stage/screenView';
import {
  applyTimer,
  clockText,
  elapsed,
  idleTimer,
  proposedDeduction,
  type TimerCommand,
  timerStage,
} from '../../shared/stage/timer';
import { entry, makeTrack, overall, panelOf, resultOf, run } from './scoring/fixtures';

const track = makeTrack();

function resultsFor(
  rows: Record<number, ReadonlyArray<number | null>>,
  recusals: Array<{ judgeId: number; entryId: number }> = [],
) {
  const ids = Object.keys(rows).map(Number);
  return run({
    track,
    entries: ids.map((id) => entry(id)),
    judges: panelOf(5),
    recusals,
    scores: ids.flatMap((id) => overall(id, rows[id]!)),
  });
}

describe('the review queue’s flags', () => {
  it('flags a total farther than the threshold from the others’ mean, missing and recused judges, conflicts', () => {
    const results = resultsFor(
      { 1: [80, 82, 84, 78, 95], 2: [80, 81, null, 79, 80], 3: [70, 70, 70, 70, 70] },
      [{ judgeId: 2, entryId: 3 }],
    );
    const first = reviewItem(results, resultOf(results, 1), {
      threshold: 1000,
      conflictJudges: new Set(),
    });
    // 95 against (80+82+84+78)/4 = 81: 14 apart, over 10.
    expect(first.flags).toEqual([
      { kind: 'deviation', judgeId: 5, total: 9500, othersMean: 8100, difference: 1400 },
    ]);
    expect([first.complete, first.releasable]).toEqual([true, true]);
    const second = reviewItem(results, resultOf(results, 2), {
      threshold: 1000,
      conflictJudges: new Set([4]),
    });
    expect(second.flags).toEqual([
      { kind: 'missing', judgeId: 3 },
      { kind: 'conflict', judgeId: 4 },
    ]);
    // A conflict undecided: not on the screen until it is.
    expect([second.complete, second.releasable]).toEqual([false, false]);
    const third = reviewItem(results, resultOf(results, 3), {
      threshold: 1000,
      conflictJudges: new Set(),
    });
    expect(third.flags).toEqual([{ kind: 'recused', judgeId: 2 }]);
    expect(third.complete).toBe(true);
  });

  it('holds back an entry with a mark beyond its criterion’s scale, naming the judge', () => {
    // Judge 3's 120 is off the 0–100 scale (a rubric changed after marking): left out of the
    // final, so the final is no one's to show until it is fixed.
    const results = resultsFor({ 1: [80, 82, 120, 78, 81] });
    const item = reviewItem(results, resultOf(results, 1), {
      threshold: 10_000,
      conflictJudges: new Set(),
    });
    expect(item.flags).toEqual([{ kind: 'offScale', judgeId: 3 }]);
    expect(item.releasable).toBe(false);
  });

  it('queues an entry once some judge’s total is in, not before', () => {
    const results = resultsFor({
      1: [null, null, null, null, null],
      2: [80, null, null, null, null],
    });
    expect(inQueue(resultOf(results, 1))).toBe(false);
    expect(inQueue(resultOf(results, 2))).toBe(true);
    expect(
      reviewItem(results, resultOf(results, 2), { threshold: 1000, conflictJudges: new Set() })
        .releasable,
    ).toBe(false);
  });
});

describe('what the big screen shows', () => {
  it('strikes out exactly the marks the rule dropped, by seat', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 60, max: 99 }), { minLength: 5, maxLength: 5 }),
        (totals) => {
          const results = resultsFor({ 1: totals });
          const result = resultOf(results, 1);
          // Seats in the reverse of the ids: the screen orders by seat, not by id.
          const seats = new Map(panelOf(5).map((j) => [j.id, 6 - j.id]));
          const marks = screenMarks(result, seats, 2);
          expect(marks.map((m) => m.seat)).toEqual([1, 2, 3, 4, 5]);
          expect(marks.filter((m) => m.struck === 'high')).toHaveLength(1);
          expect(marks.filter((m) => m.struck === 'low')).toHaveLength(1);
          const high = marks.find((m) => m.struck === 'high')!;
          const low = marks.find((m) => m.struck === 'low')!;
          expect(Number(high.total)).toBe(Math.max(...totals));
          expect(Number(low.total)).toBe(Math.min(...totals));
        },
      ),
    );
  });

  it('the rank so far counts only released entries of the group ranked ahead', () => {
    const results = resultsFor({
      1: [80, 80, 80, 80, 80],
      2: [90, 90, 90, 90, 90],
      3: [70, 70, 70, 70, 70],
    });
    const [e1, e2, e3] = [1, 2, 3].map((id) => resultOf(results, id));
    expect(rankSoFar(e1!, [e1!])).toBe(1);
    expect(rankSoFar(e3!, [e1!, e3!])).toBe(2);
    expect(rankSoFar(e2!, [e1!, e3!, e2!])).toBe(1);
    // 2 is not released: 1 stays first so far, although 2 will rank ahead.
    expect(rankSoFar(e1!, [e1!, e3!])).toBe(1);
  });
});

describe('the timer', () => {
  const commands = fc.array(
    fc.tuple(
      fc.constantFrom<TimerCommand>('start', 'pause', 'stop'),
      fc.integer({ min: 0, max: 120_000 }),
    ),
    { maxLength: 12 },
  );

  it('never runs backwards, and a stopped timer keeps its time', () => {
    fc.assert(
      fc.property(commands, (steps) => {
        let now = 0;
        let timer = idleTimer;
        let last = 0;
        for (const [command, wait] of steps) {
          now += wait;
          const before = elapsed(timer, now);
          expect(before).toBeGreaterThanOrEqual(last);
          timer = applyTimer(timer, command, now);
          expect(elapsed(timer, now)).toBe(before);
          last = before;
        }
        if (timer.measuredMs !== null) expect(elapsed(timer, now + 99_999)).toBe(timer.measuredMs);
      }),
    );
  });

  it('goes green, yellow for the last minute, red at the limit', () => {
    expect(timerStage(239_999, 300)).toBe('green');
    expect(timerStage(240_000, 300)).toBe('yellow');
    expect(timerStage(299_999, 300)).toBe('yellow');
    expect(timerStage(300_000, 300)).toBe('red');
    // A 60 s limit warns for its last fifth; no limit stays green.
    expect(timerStage(47_999, 60)).toBe('green');
    expect(timerStage(48_000, 60)).toBe('yellow');
    expect(timerStage(9_999_000, 0)).toBe('green');
    expect(clockText(91_900)).toBe('1:31');
  });

  it('proposes the track’s overtime rule for whole seconds over the limit', () => {
    const timed = makeTrack({
      timeLimitSeconds: 300,
      penalties: [
        { code: 'late', name: { zh: '迟到', en: 'Late' }, points: 50, perSeconds: null },
        { code: 'overtime', name: { zh: '超时', en: 'Overtime' }, points: 100, perSeconds: 30 },
      ],
    });
    expect(proposedDeduction(timed, 300_900)).toBeNull();
    expect(proposedDeduction(timed, 301_000)).toMatchObject({ overtimeSeconds: 1, points: 100 });
    expect(proposedDeduction(timed, 360_999)).toMatchObject({ overtimeSeconds: 60, points: 200 });
    expect(proposedDeduction(timed, 361_000)).toMatchObject({
      overtimeSeconds: 61,
      points: 300,
      rule: { code: 'overtime' },
    });
    expect(proposedDeduction(makeTrack({ timeLimitSeconds: 300 }), 400_000)).toBeNull();
  });
});

describe('the display role', () => {
  it('names one call, screen.view, and no call open to anyone', () => {
    expect(callNames.filter(displayMayCall)).toEqual(['screen.view']);
    expect(callNames.filter((n) => callRoles[n] === 'anyone').some(displayMayCall)).toBe(false);
  });
});
