import { describe, expect, it } from 'vitest';
import { runDraw } from '../../electron/services/drawService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { addPenalty, setObjective } from '../../electron/services/marksService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveEntry } from '../../electron/services/rosterService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { statusBoard, versionHistory } from '../../electron/services/trackStatusService';
import type { Db } from '../../electron/store/database';
import { judgeLaptop, organizerStore, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

/** Each judge scores on their own laptop; their score files are merged at the head table. */
function mergeJudges(db: Db, judges: ReadonlyArray<{ id: number }>) {
  const files = judges.map((j, n) => {
    const laptop = judgeLaptop(db, j.id, tempDir());
    const file = { name: `${n}.scoredesk-scores`, content: exportScoreFile(laptop.db).content };
    laptop.db.close();
    return file;
  });
  mergeScoreFiles(db, files);
}

const drama = (db: Parameters<typeof statusBoard>[0]) =>
  statusBoard(db).find((t) => t.code === TRACK)!;

describe('the status board', () => {
  it('follows a track through the day, one next step at a time', () => {
    const { db, judges } = organizerStore(tempDir());
    expect(drama(db)).toMatchObject({
      entries: 4,
      judges: 5,
      drawn: false,
      judgeFiles: { issued: 0, stale: 0, panel: 5 },
      marks: { complete: 0, partial: 0, panel: 5 },
      lock: null,
      next: 'draw',
    });
    runDraw(db, TRACK, 1);
    expect(drama(db).next).toBe('judgeFiles');
    for (const judge of judges) exportJudgeFile(db, judge.id);
    expect(drama(db)).toMatchObject({ judgeFiles: { issued: 5, stale: 0 }, next: 'marks' });

    // Three judges' files merged (judge 5, recused from D04, counts complete without it).
    mergeJudges(db, [judges[0]!, judges[1]!, judges[4]!]);
    expect(drama(db)).toMatchObject({
      marks: { complete: 3, partial: 0, panel: 5 },
      next: 'marks',
    });

    // A late team: every file is stale now, and the board says so.
    saveEntry(db, {
      track: TRACK,
      group: 'main',
      no: 'D05',
      name: '第5队',
      organization: '馆5',
      region: '',
      title: '',
      status: 'competing',
      members: [],
    });
    expect(drama(db)).toMatchObject({
      entries: 5,
      judgeFiles: { issued: 5, stale: 5 },
      marks: { complete: 0, partial: 3 },
    });
  });

  it('counts quiz points and deductions, and says when a lock is out of date', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    runDraw(db, TRACK, 1);
    mergeJudges(db, judges);
    expect(drama(db)).toMatchObject({ marks: { complete: 5 }, quiz: { needed: 0 }, next: 'lock' });
    lockResults(
      db,
      TRACK,
      '裁判长 李明',
      '',
      trackResults(db, TRACK).blockers.map((b) => b.flag),
    );
    expect(drama(db)).toMatchObject({
      lock: { version: 1, lockedBy: '裁判长 李明', current: true },
      next: 'done',
    });
    addPenalty(db, { entryId: entries[2]!.id, rule: null, points: 100, reason: '超时 40 秒' });
    expect(drama(db)).toMatchObject({ deductions: 1, lock: { current: false }, next: 'relock' });

    // The exhibit track has a knowledge quiz of two questions: an entry counts once both are in.
    const guide = saveEntry(db, {
      track: 'exhibit',
      group: 'counselor',
      no: 'E01',
      name: '王芳',
      organization: '',
      region: '',
      title: '',
      status: 'competing',
      members: [],
    });
    const quiz = () => statusBoard(db).find((t) => t.code === 'exhibit')!.quiz;
    expect(quiz()).toEqual({ entered: 0, needed: 1 });
    setObjective(db, { entryId: guide.id, criterion: 'quiz-1', value: 100 });
    expect(quiz()).toEqual({ entered: 0, needed: 1 });
    setObjective(db, { entryId: guide.id, criterion: 'quiz-2', value: 0 });
    expect(quiz()).toEqual({ entered: 1, needed: 1 });
  });

  it('keeps each version: who locked it, when, why, and what changed for the public', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    mergeJudges(db, judges);
    const flags = () => trackResults(db, TRACK).blockers.map((b) => b.flag);
    lockResults(db, TRACK, '裁判长 李明', '', flags());
    const before = trackResults(db, TRACK).results.entries.find(
      (e) => e.entryId === entries[2]!.id,
    )!;
    addPenalty(db, { entryId: entries[2]!.id, rule: null, points: 100, reason: '超时 40 秒' });
    lockResults(db, TRACK, '裁判长 李明', '申诉后更正：D03 超时扣分', flags());

    const history = versionHistory(db, TRACK);
    expect(history.map((v) => [v.version, v.lockedBy, v.reason])).toEqual([
      [2, '裁判长 李明', '申诉后更正：D03 超时扣分'],
      [1, '裁判长 李明', ''],
    ]);
    expect(history[1]!.changes).toEqual([]);
    const d03 = history[0]!.changes.find((c) => c.no === 'D03')!;
    expect(d03.before!.final).toBe(before.final);
    expect(Number(d03.after!.final)).toBeCloseTo(Number(before.final) - 1, 2);
    // Only entries whose rank, final or award changed are listed.
    for (const change of history[0]!.changes) {
      expect(change.before).not.toEqual(change.after);
    }
  });
});
