import { describe, expect, it } from 'vitest';
import { currentDraw, runDraw } from '../../electron/services/drawService';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { exportPaperSheets } from '../../electron/services/paperSheetService';
import { readRecusals, setRecusal } from '../../electron/services/recusalService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { saveTrack } from '../../electron/services/rubricService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { listSnapshots } from '../../electron/store/snapshots';
import { readTracks } from '../../electron/store/tracksTable';
import type { Track } from '../../shared/domain/rubric';
import { AppFailure } from '../../shared/errors';
import { judgeLaptop, organizerStore, refusedCode, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Issue 11, "Nothing lost at a real event": the changes that would silently invalidate marks or
// results, each refused or made explicit.

const tempDir = tempDirsForEachTest();

function refusal(work: () => unknown): AppFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The organizer's store with the score files of the first `merged` judges merged. */
function scored(merged: number) {
  const organizer = organizerStore(tempDir());
  const files = organizer.judges.slice(0, merged).map((j, n) => {
    const laptop = judgeLaptop(organizer.db, j.id, tempDir());
    const file = {
      name: `judge${n + 1}.scoredesk-scores`,
      content: exportScoreFile(laptop.db).content,
    };
    laptop.db.close();
    return file;
  });
  mergeScoreFiles(organizer.db, files);
  return organizer;
}

const drama = (db: ReturnType<typeof organizerStore>['db']) =>
  readTracks(db).find((t) => t.code === TRACK)!;

/** The track with one judged criterion's maximum (and nothing else) changed. */
function withMax(track: Track, code: string, max: number): Track {
  return {
    ...track,
    segments: track.segments.map((s) => ({
      ...s,
      criteria: s.criteria.map((c) => (c.code === code ? { ...c, max } : c)),
    })),
  };
}

/** The highest merged mark of a criterion, in hundredths. */
function highestMark(db: ReturnType<typeof organizerStore>['db'], code: string): number {
  return (
    db
      .prepare(
        'SELECT MAX(s.value) AS v FROM scores s JOIN criteria c ON c.id = s.criterion_id WHERE c.code = ?',
      )
      .get(code) as { v: number }
  ).v;
}

describe('a rubric change that would leave marks off their scale', () => {
  it('is refused with every affected mark: entry, name, judge, criterion, mark', () => {
    const { db } = scored(5);
    const track = drama(db);
    const criterion = track.segments[0]!.criteria.at(-1)!;
    const top = highestMark(db, criterion.code);
    const lowered = withMax(track, criterion.code, top - criterion.step);
    const failure = refusal(() => saveTrack(db, TRACK, lowered));
    expect(failure.errors.every((e) => e.code === 'track.markOffScale')).toBe(true);
    const first = failure.errors[0]!.params!;
    expect(Object.keys(first).sort()).toEqual(
      ['criterion', 'entry', 'judge', 'mark', 'max', 'name', 'step'].sort(),
    );
    expect(first.mark).toBe((top / 100).toString());
    // Nothing was saved: the maximum is what it was.
    expect(drama(db).segments[0]!.criteria.at(-1)!.max).toBe(criterion.max);
  });

  it('applied anyway only with a reason: snapshot first, and those marks flagged and not counted', () => {
    const { db } = scored(5);
    const track = drama(db);
    const criterion = track.segments[0]!.criteria.at(-1)!;
    const top = highestMark(db, criterion.code);
    const lowered = withMax(track, criterion.code, top - criterion.step);
    expect(refusedCode(() => saveTrack(db, TRACK, lowered, { force: { reason: ' ' } }))).toBe(
      'track.forceReasonRequired',
    );
    const saved = saveTrack(db, TRACK, lowered, { force: { reason: '组委会更正满分' } });
    expect(saved.offScale.length).toBeGreaterThan(0);
    expect(listSnapshots(db.name).map((s) => s.reason)).toContain('rubric-change');
    const results = trackResults(db, TRACK).results;
    const flagged = results.entries.filter((e) => e.flags.includes('offScale'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const entry of flagged) {
      expect(entry.judges.some((j) => j.status === 'offScale' && j.total === null)).toBe(true);
    }
  });

  it('says which judges’ files must be issued again when the fingerprint changes', () => {
    const { db, judges } = organizerStore(tempDir());
    exportJudgeFile(db, judges[0]!.id);
    exportJudgeFile(db, judges[1]!.id);
    const track = drama(db);
    const c = track.segments[0]!.criteria[0]!;
    const saved = saveTrack(db, TRACK, withMax(track, c.code, c.max + c.step));
    expect(saved.reissue.map((j) => j.judge)).toEqual(['评委1', '评委2']);
    const renamed = saveTrack(db, TRACK, { ...drama(db), aliases: ['科学表演'] });
    expect(renamed.reissue).toEqual([]);
  });
});

describe('locking a track', () => {
  it('is refused while nothing is publishable', () => {
    const { db } = scored(1);
    expect(
      refusedCode(() => lockResults(db, TRACK, '裁判长', '', ['tooFewJudges', 'missingScores'])),
    ).toBe('results.nothingToPublish');
  });

  it('lists every blocking flag, and locks only once each is acknowledged', () => {
    const { db } = scored(4);
    const flags = trackResults(db, TRACK).blockers.map((b) => b.flag);
    expect(flags).toContain('missingScores');
    const failure = refusal(() => lockResults(db, TRACK, '裁判长', ''));
    expect(failure.errors.map((e) => e.code)).toEqual(flags.map(() => 'results.lockUnconfirmed'));
    expect(failure.errors[0]!.params).toMatchObject({
      flag: { zh: '有评委未评分或未评完' },
      // Judge 5 is missing on D01–D03; D04 is theirs to skip (recused).
      count: 3,
      entries: { zh: 'D01、D02、D03', en: 'D01, D02, D03' },
    });
    // One kind left unconfirmed is enough to refuse, and the refusal names it.
    const partly = refusal(() => lockResults(db, TRACK, '裁判长', '', flags.slice(1)));
    expect(partly.errors).toHaveLength(1);
    expect(trackResults(db, TRACK).lock).toBeNull();
    const version = lockResults(db, TRACK, '裁判长', '', flags);
    expect(version.version).toBe(1);
  });
});

describe('an entry with marks', () => {
  it('cannot move to another track', () => {
    const { db, entries } = scored(2);
    const entry = readEntries(db, TRACK)[0]!;
    expect(entry.id).toBe(entries[0]!.id);
    const { id: _id, drawOrder: _d, ...rest } = entry;
    const code = refusedCode(() =>
      saveEntry(db, { ...rest, id: entry.id, track: 'experiment', group: 'main' }),
    );
    expect(code).toBe('entry.moveHasMarks');
  });
});

describe('a judge joining a panel', () => {
  it('is warned first when the panel has marks, and joins once confirmed', () => {
    const { db } = scored(2);
    const newcomer = { name: '评委6', organization: '6号馆', region: '北京', tracks: [TRACK] };
    expect(refusedCode(() => saveJudge(db, newcomer))).toBe('judge.joinsScoredPanel');
    const judge = saveJudge(db, newcomer, { confirmJoin: true });
    expect(judge.tracks).toEqual([TRACK]);
  });
});

describe('recusal by organization', () => {
  const sameMuseum = (db: ReturnType<typeof organizerStore>['db']) =>
    saveJudge(db, { name: '评委6', organization: '馆２', region: '浙江', tracks: [TRACK] });

  it('is applied when the panel is saved, and marks the judge’s museum 回避 on files and sheets', async () => {
    const { db, entries } = organizerStore(tempDir());
    const judge = sameMuseum(db);
    const auto = readRecusals(db, TRACK).filter((r) => r.judgeId === judge.id);
    expect(auto).toEqual([
      { judgeId: judge.id, entryId: entries[1]!.id, reason: '同单位', source: 'auto' },
    ]);
    const laptop = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judge.id).content));
    const scored = (l: typeof laptop) =>
      readSheet(l)
        .entries.filter((e) => e.recusal === null)
        .map((e) => e.no);
    expect(scored(laptop)).toEqual(['D01', 'D03', 'D04']);
    expect(readSheet(laptop).entries[1]).toMatchObject({
      no: 'D02',
      recusal: { reason: '同单位' },
    });
    laptop.close();
    expect((await exportPaperSheets(db, judge.id)).length).toBe(1);
  });

  it('applies at the judge file even when the entry came after the panel', () => {
    const { db } = organizerStore(tempDir());
    const judge = saveJudge(db, {
      name: '评委6',
      organization: '新馆',
      region: '',
      tracks: [TRACK],
    });
    db.prepare("UPDATE entries SET organization = '新馆' WHERE no = 'D03'").run();
    const laptop = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judge.id).content));
    const scored = readSheet(laptop).entries.filter((e) => e.recusal === null);
    expect(scored.map((e) => e.no)).toEqual(['D01', 'D02', 'D04']);
    laptop.close();
  });

  it('once cleared with a reason, is not applied again', () => {
    const { db, entries } = organizerStore(tempDir());
    const judge = sameMuseum(db);
    expect(
      refusedCode(() =>
        setRecusal(db, { judgeId: judge.id, entryId: entries[1]!.id, recused: false, reason: '' }),
      ),
    ).toBe('recusal.clearReasonRequired');
    setRecusal(db, {
      judgeId: judge.id,
      entryId: entries[1]!.id,
      recused: false,
      reason: '同名不同馆，已核实',
    });
    exportJudgeFile(db, judge.id);
    saveJudge(db, {
      id: judge.id,
      name: '评委6',
      organization: '馆２',
      region: '浙江',
      tracks: [TRACK],
    });
    expect(readRecusals(db, TRACK).filter((r) => r.judgeId === judge.id)).toEqual([]);
  });
});

describe('late entries after the draw', () => {
  it('are appended after the last drawn order, and the draw says so', () => {
    const { db } = organizerStore(tempDir());
    runDraw(db, TRACK, 42);
    const late = saveEntry(db, {
      track: TRACK,
      group: 'main',
      no: 'D05',
      name: '第5队',
      organization: '馆5',
      region: '浙江',
      title: '水的旅行',
      status: 'competing',
      members: [],
    });
    expect(late.drawOrder).toBe(5);
    expect(readEntries(db, TRACK).map((e) => e.drawOrder)).toEqual([1, 2, 3, 4, 5]);
    expect(currentDraw(db, TRACK)!.late).toEqual([
      { entryId: late.id, no: 'D05', name: '第5队', order: 5, at: expect.any(String) },
    ]);
  });
});

describe('snapshots before the organizer’s operations', () => {
  it('takes one before a draw, and before a recusal change once judging has started', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const reasons = () => listSnapshots(db.name).map((s) => s.reason);
    runDraw(db, TRACK, 7);
    expect(reasons()).toContain('draw');
    const recusal = { judgeId: judges[0]!.id, entryId: entries[0]!.id, reason: '亲属' };
    // Before any judge file is out, a recusal changes nobody's sheet: no copy is needed.
    setRecusal(db, { ...recusal, recused: true });
    expect(reasons()).not.toContain('recusal');
    exportJudgeFile(db, judges[0]!.id);
    setRecusal(db, { ...recusal, recused: false });
    expect(reasons()).toContain('recusal');
  });
});
