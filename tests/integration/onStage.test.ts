import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../electron/host/security';
import { type Host, startHost } from '../../electron/host/server';
import { createBackend } from '../../electron/ipc/backend';
import { decideAppeal, fileAppeal, trackAppeals } from '../../electron/services/appealService';
import { resolveConflict } from '../../electron/services/conflictService';
import { addPenalty } from '../../electron/services/marksService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { decideEntry, reviewQueue } from '../../electron/services/reviewService';
import { saveTrack } from '../../electron/services/rubricService';
import {
  acceptTimeDeduction,
  runTimer,
  screenView,
  setScreen,
} from '../../electron/services/screenService';
import { confSettings } from '../../electron/services/settings';
import { asActor } from '../../electron/store/auditActor';
import { readAudit } from '../../electron/store/auditTable';
import { insertConflict, readOpenConflicts } from '../../electron/store/conflictsTable';
import { type Db, openStore } from '../../electron/store/database';
import { criterionId } from '../../electron/store/marksTable';
import { writeCell } from '../../electron/store/scoreCellsTable';
import { writeDeviationPercent } from '../../electron/store/stageTable';
import { readTracks, trackId } from '../../electron/store/tracksTable';
import { callNames } from '../../shared/api/contract';
import { AppFailure } from '../../shared/errors';
import { seedCourseResults } from '../e2e/seedResults';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

// seedCourseResults: five judges (seats 1–5), four teams:
//   001: 80 82 84 78 81 → 81.00   002: 83 79 81 81 80 → 80.67
//   003: 75 84 80 81 82 → 81.00 (second on the tie-break)   004: 70 72 71 73 69 → 71.00
function withStore(work: (db: Db) => void) {
  const db = openStore(seedCourseResults(tempDir()));
  try {
    work(db);
  } finally {
    db.close();
  }
}

const idOf = (db: Db, no: string) =>
  reviewQueue(db, 'course').entries.find((e) => e.no === no)!.entryId;

/** The judge in seat 1 of a track's panel. */
const seatOne = (db: Db, trackId: number) =>
  (
    db
      .prepare('SELECT judge_id AS id FROM panel_members WHERE track_id = ? AND seat = 1')
      .get(trackId) as { id: number }
  ).id;

function refusal(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error.errors[0]?.code;
    throw error;
  }
  return undefined;
}

describe('review, then release', () => {
  it('queues complete entries with their flags; completion is not release', () => {
    withStore((db) => {
      const queue = reviewQueue(db, 'course');
      expect(queue.entries.map((e) => [e.no, e.inQueue, e.complete, e.state])).toEqual([
        ['001', true, true, 'waiting'],
        ['002', true, true, 'waiting'],
        ['003', true, true, 'waiting'],
        ['004', true, true, 'waiting'],
      ]);
      // 10 % of 100: no judge is 10 points from the others. At 5 %, 1号 on 003 (75 against 81.75).
      expect(queue.entries.flatMap((e) => e.flags)).toEqual([]);
      writeDeviationPercent(db, trackId(db, 'course')!, 5);
      const tighter = reviewQueue(db, 'course').entries.find((e) => e.no === '003')!;
      expect(tighter.flags).toEqual([
        {
          kind: 'deviation',
          judgeId: expect.any(Number),
          seat: 1,
          total: 7500,
          othersMean: 8175,
          difference: -675,
        },
      ]);
      // Nothing is on the big screen until the head judge releases it.
      expect(screenView(db).entry).toBeNull();
    });
  });

  it('puts a released entry up, its highest and lowest struck, the final and the rank so far', () => {
    withStore((db) => {
      asActor('headJudge:张裁判', () =>
        decideEntry(db, { entryId: idOf(db, '002'), action: 'release', note: '' }),
      );
      let view = screenView(db);
      expect(view.mode).toBe('entry');
      expect(view.entry?.no).toBe('002');
      expect(view.entry?.marks.map((m) => [m.seat, m.total, m.struck])).toEqual([
        [1, '83.00', 'high'],
        [2, '79.00', 'low'],
        [3, '81.00', null],
        [4, '81.00', null],
        [5, '80.00', null],
      ]);
      expect([view.entry?.final, view.entry?.rank, view.entry?.releasedInGroup]).toEqual([
        '80.67',
        1,
        1,
      ]);

      decideEntry(db, { entryId: idOf(db, '001'), action: 'release', note: '' });
      view = screenView(db);
      expect([
        view.entry?.no,
        view.entry?.final,
        view.entry?.rank,
        view.entry?.releasedInGroup,
      ]).toEqual(['001', '81.00', 1, 2]);
      // Who and when, in the audit.
      const audit = readAudit(db).filter((a) => a.action === 'stage.release');
      expect(audit.map((a) => [a.subject, a.actor])).toEqual([
        [`entry:${idOf(db, '001')}`, 'organizer'],
        [`entry:${idOf(db, '002')}`, 'headJudge:张裁判'],
      ]);
      expect(audit[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });
  });

  it('keeps an entry the head judge has not released off the screen, and a hold takes one down', () => {
    withStore((db) => {
      const screen = {
        track: 'course',
        mode: 'entry' as const,
        onStageEntryId: null,
        ceremony: false,
        english: false,
        showTimer: false,
      };
      expect(refusal(() => setScreen(db, { ...screen, shownEntryId: idOf(db, '003') }))).toBe(
        'stage.notReleased',
      );
      decideEntry(db, { entryId: idOf(db, '003'), action: 'release', note: '' });
      expect(screenView(db).entry?.no).toBe('003');
      decideEntry(db, { entryId: idOf(db, '003'), action: 'hold', note: '1号评委要核对' });
      const view = screenView(db);
      expect([view.mode, view.entry]).toEqual(['queue', null]);
      expect(reviewQueue(db, 'course').entries.find((e) => e.no === '003')?.decision?.note).toBe(
        '1号评委要核对',
      );
      expect(
        refusal(() =>
          decideEntry(db, { entryId: idOf(db, '003'), action: 'lookAgain', note: ' ' }),
        ),
      ).toBe('stage.lookAgainNeedsNote');
    });
  });

  it('withholds ranks in ceremony mode, and the queue lists 当前 / 下一位 / 准备', () => {
    withStore((db) => {
      decideEntry(db, { entryId: idOf(db, '001'), action: 'release', note: '' });
      setScreen(db, {
        track: 'course',
        mode: 'entry',
        shownEntryId: idOf(db, '001'),
        onStageEntryId: null,
        ceremony: true,
        english: false,
        showTimer: false,
      });
      expect(screenView(db).entry?.rank).toBeNull();
      setScreen(db, {
        track: 'course',
        mode: 'queue',
        shownEntryId: null,
        onStageEntryId: null,
        ceremony: true,
        english: false,
        showTimer: false,
      });
      const { queue } = screenView(db);
      expect([queue.current?.no, queue.next?.no, queue.prepare?.no]).toEqual(['002', '003', '004']);
    });
  });

  it('shows the rank again once ceremony mode is off, for an entry released during it', () => {
    withStore((db) => {
      const screen = (ceremony: boolean, shown: number | null) =>
        setScreen(db, {
          track: 'course',
          mode: shown === null ? 'queue' : 'entry',
          shownEntryId: shown,
          onStageEntryId: null,
          ceremony,
          english: false,
          showTimer: false,
        });
      screen(true, null);
      decideEntry(db, { entryId: idOf(db, '001'), action: 'release', note: '' });
      expect(screenView(db).entry?.rank).toBeNull();
      screen(false, idOf(db, '001'));
      expect(screenView(db).entry?.rank).toBe(1);
    });
  });

  it('releases an unchanged entry once: pressing again neither restarts its appeal window nor logs it twice', () => {
    withStore((db) => {
      const entryId = idOf(db, '001');
      decideEntry(db, { entryId, action: 'release', note: '' });
      const closes = trackAppeals(db, 'course').open[0]?.closesAt;
      const releases = () => readAudit(db).filter((a) => a.action === 'stage.release').length;
      expect(releases()).toBe(1);
      // A moment later, so that a second release would carry a later time.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      expect(decideEntry(db, { entryId, action: 'release', note: '' }).state).toBe('released');
      expect(trackAppeals(db, 'course').open[0]?.closesAt).toBe(closes);
      expect(releases()).toBe(1);
      expect(screenView(db).entry?.no).toBe('001');
    });
  });

  it('sends a released entry back to the queue when its marks change, the screen keeping what it showed', () => {
    withStore((db) => {
      const entryId = idOf(db, '004');
      decideEntry(db, { entryId, action: 'release', note: '' });
      const tId = trackId(db, 'course')!;
      const judge = reviewQueue(db, 'course').entries.find((e) => e.no === '004')!;
      expect(judge.changedSinceRelease).toBe(false);
      const firstJudge = seatOne(db, tId);
      writeCell(db, {
        judgeId: firstJudge,
        entryId,
        criterionId: criterionId(db, tId, 'answers')!,
        value: 150,
        revision: 2,
        updatedAt: new Date().toISOString(),
      });
      expect(
        reviewQueue(db, 'course').entries.find((e) => e.no === '004')?.changedSinceRelease,
      ).toBe(true);
      expect(screenView(db).entry?.final).toBe('71.00');
    });
  });
});

describe('the timer', () => {
  it('records the measured time and proposes the overtime deduction the head judge accepts', () => {
    withStore((db) => {
      const course = readTracks(db).find((t) => t.code === 'course')!;
      saveTrack(db, 'course', {
        ...course,
        timeLimitSeconds: 60,
        penalties: [
          { code: 'overtime', name: { zh: '超时', en: 'Overtime' }, points: 100, perSeconds: 30 },
        ],
      });
      const entryId = idOf(db, '001');
      const t0 = 1_000_000;
      runTimer(db, entryId, 'start', t0);
      runTimer(db, entryId, 'pause', t0 + 40_000);
      runTimer(db, entryId, 'start', t0 + 100_000);
      // 40 s + 51.9 s = 91.9 s: 91 s on the stopwatch, 31 s over, two started periods of 30 s.
      const stopped = runTimer(db, entryId, 'stop', t0 + 151_900);
      expect(stopped.time.measuredMs).toBe(91_900);
      expect([stopped.proposal?.overtimeSeconds, stopped.proposal?.points]).toEqual([31, 200]);
      expect(trackResults(db, 'course').results.entries.find((e) => e.no === '001')?.final).toBe(
        '81.00',
      );
      acceptTimeDeduction(db, entryId, '计时 1:31，限时 1:00，超时 31 秒');
      const result = trackResults(db, 'course').results.entries.find((e) => e.no === '001')!;
      expect([result.final, result.penalties.lines]).toEqual([
        '79.00',
        [{ points: 200, reason: '计时 1:31，限时 1:00，超时 31 秒' }],
      ]);
      expect(refusal(() => acceptTimeDeduction(db, entryId, 'again'))).toBe(
        'stage.timeDeductionAccepted',
      );
      expect(refusal(() => runTimer(db, entryId, 'reset'))).toBe('stage.timeDeductionAccepted');
      // Under the limit: nothing to accept.
      const other = idOf(db, '002');
      runTimer(db, other, 'start', t0);
      expect(runTimer(db, other, 'stop', t0 + 60_900).proposal).toBeNull();
      expect(refusal(() => acceptTimeDeduction(db, other, 'x'))).toBe('stage.noTimeDeduction');
    });
  });
});

describe('appeals', () => {
  it('are heard within the window after a release; one upheld publishes a new version with the reason', () => {
    withStore((db) => {
      const entryId = idOf(db, '001');
      expect(refusal(() => fileAppeal(db, { entryId, by: '001队领队', what: '计时有误' }))).toBe(
        'appeal.notReleased',
      );
      decideEntry(db, { entryId, action: 'release', note: '' });
      const later = Date.now() + 21 * 60_000;
      expect(
        refusal(() => fileAppeal(db, { entryId, by: '001队领队', what: '计时有误' }, later)),
      ).toBe('appeal.windowClosed');
      expect(trackAppeals(db, 'course').open).toMatchObject([{ no: '001', open: true }]);
      lockResults(db, 'course', '张裁判', '');
      const rejected = fileAppeal(db, { entryId, by: '001队领队', what: '3号评委打分偏低' });
      const kept = decideAppeal(db, {
        appealId: rejected.id,
        decision: 'rejected',
        reason: '评分在评委裁量范围内',
      });
      expect([kept.finalBefore, kept.finalAfter, kept.version]).toEqual(['81.00', '81.00', null]);
      expect(
        refusal(() => decideAppeal(db, { appealId: rejected.id, decision: 'upheld', reason: 'x' })),
      ).toBe('appeal.decided');

      const upheld = fileAppeal(db, { entryId, by: '002队领队', what: '001 超时未扣分' });
      // The head judge makes the change, then decides the appeal.
      addPenalty(db, { entryId, rule: null, points: 50, reason: '申诉：超时未扣分' });
      const decided = asActor('headJudge:张裁判', () =>
        decideAppeal(db, { appealId: upheld.id, decision: 'upheld', reason: '录像核实超时 12 秒' }),
      );
      expect([decided.finalBefore, decided.finalAfter, decided.version, decided.decidedBy]).toEqual(
        ['81.00', '80.50', 2, 'headJudge:张裁判'],
      );
      const lock = trackResults(db, 'course').lock!;
      expect([lock.version, lock.reason, lock.current]).toEqual([
        2,
        '申诉 001：录像核实超时 12 秒',
        true,
      ]);
      // Released again: the screen shows the result after the appeal.
      expect(screenView(db).entry?.final).toBe('80.50');
      expect(readAudit(db).filter((a) => a.action === 'appeal.decide')).toHaveLength(2);
    });
  });
  it('decides an upheld appeal all at once: a refused release leaves no new version behind', () => {
    withStore((db) => {
      const entryId = idOf(db, '001');
      decideEntry(db, { entryId, action: 'release', note: '' });
      lockResults(db, 'course', '张裁判', '');
      const appeal = fileAppeal(db, { entryId, by: '002队领队', what: '001 超时未扣分' });
      addPenalty(db, { entryId, rule: null, points: 50, reason: '申诉：超时未扣分' });
      // A file brought a second value for one of 001's marks: 001 cannot be shown until decided.
      const tId = trackId(db, 'course')!;
      const firstJudge = seatOne(db, tId);
      insertConflict(db, {
        judgeId: firstJudge,
        entryId,
        criterionId: criterionId(db, tId, 'answers')!,
        revision: 1,
        storedValue: 800,
        incomingValue: 700,
        source: '1号评委.json',
        storedSource: null,
        storedSavedAt: null,
        incomingSavedAt: new Date().toISOString(),
      });
      const decide = () =>
        decideAppeal(db, {
          appealId: appeal.id,
          decision: 'upheld',
          reason: '录像核实超时 12 秒',
          acknowledged: ['openConflicts'],
        });
      expect(refusal(decide)).toBe('stage.notReleasable');
      expect(trackResults(db, 'course').lock?.version).toBe(1);
      expect(trackAppeals(db, 'course').appeals[0]?.decision).toBeNull();
      // Once the conflict is decided, deciding again publishes one new version, not two.
      resolveConflict(db, readOpenConflicts(db)[0]!.id, 800, {
        by: '张裁判',
        reason: '以原值为准',
      });
      expect(decide().version).toBe(2);
      expect(trackResults(db, 'course').lock?.version).toBe(2);
    });
  });
});

describe('the display token', () => {
  let host: Host | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('reads what the big screen shows and can make no other call', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'), { recursive: true });
    const store = seedCourseResults(join(dir, 'data'));
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      settings: confSettings(join(dir, 'config')),
      shell: 'browser',
      version: 'test',
    });
    host = await startHost({
      dispatch: backend.dispatch,
      staticDir: join(dir, 'no-renderer'),
      display: backend.display,
      liveFeed: backend.liveFeed,
    });
    const base = new URL(host.url);
    const token = base.searchParams.get('token')!;
    const call = async (name: string, input: unknown, with_: string) => {
      const response = await fetch(`${base.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: with_ },
        body: JSON.stringify(input),
      });
      return {
        status: response.status,
        body: (await response.json()) as { ok: boolean; errors?: Array<{ code: string }> },
      };
    };
    expect((await call('competitions.open', { path: store }, token)).body.ok).toBe(true);
    const display = backend.display.token;
    expect((await call('screen.view', {}, display)).body.ok).toBe(true);
    // Every other call of the contract, 'anyone' calls included, is refused before its handler.
    for (const name of callNames.filter((n) => n !== 'screen.view')) {
      const answer = await call(name, {}, display);
      expect([name, answer.body.ok, answer.body.errors?.[0]?.code]).toEqual([
        name,
        false,
        'error.notAllowed',
      ]);
    }
    // Nor does it hear the head table's live feed.
    const events = await fetch(`${base.origin}/api/events`, {
      headers: { [TOKEN_HEADER]: display },
    });
    expect(events.status).toBe(401);
    await events.body?.cancel();
    // The head table's own token is unchanged.
    expect((await call('review.queue', { track: 'course' }, token)).body.ok).toBe(true);
    // The head table finds the display address to open.
    const open = await call('screen.open', {}, token);
    expect(open.body).toMatchObject({
      ok: true,
      value: { window: false, path: `screen.html?token=${display}` },
    });
  });
});
