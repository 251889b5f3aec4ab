import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportJudgeFile,
  judgeFilesStatus,
  openJudgeFile,
} from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { removeEntry, saveEntry } from '../../electron/services/rosterService';
import { saveTrack } from '../../electron/services/rubricService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { readTracks } from '../../electron/store/tracksTable';
import {
  acceptKeyOf,
  criteria,
  organizerStore,
  refusedCode,
  TRACK,
} from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

const lateTeam = (no: string) => ({
  track: TRACK,
  group: 'main',
  no,
  name: `${no}队`,
  organization: '晚到馆',
  region: '江苏',
  title: '风的形状',
  status: 'competing' as const,
  members: [],
});

describe('identities that are never reused', () => {
  it('gives a new entry a new id after the last one was removed, so old marks never land on it', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const judgeFile = exportJudgeFile(db, judges[0]!.id).content;
    const last = entries.at(-1)!;
    removeEntry(db, last.id);
    const newcomer = saveEntry(db, lateTeam('D09'));
    expect(newcomer.id).not.toBe(last.id);

    // The judge still has the file that lists the removed team, and scores it.
    const judge = openStore(openJudgeFile(tempDir(), judgeFile));
    acceptKeyOf(db, judge);
    const [c] = criteria(judge);
    setSheetScore(judge, { entryId: last.id, criterion: c!.code, value: c!.step });
    const [summary] = mergeScoreFiles(db, [
      { name: 'a.scoredesk-scores', ...exportScoreFile(judge) },
    ]);
    expect(summary!.status).toBe('refused');
    expect(summary!.reason?.code).toBe('merge.unknownEntry');
    expect(db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 0 });
  });

  it('refuses a mark whose entry was renumbered since the judge file, naming both numbers', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const judge = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judges[0]!.id).content));
    acceptKeyOf(db, judge);
    const [c] = criteria(judge);
    setSheetScore(judge, { entryId: entries[1]!.id, criterion: c!.code, value: c!.step });
    saveEntry(db, { ...entries[1]!, no: 'D22' });
    const [summary] = mergeScoreFiles(db, [
      { name: 'b.scoredesk-scores', ...exportScoreFile(judge) },
    ]);
    expect(summary!.status).toBe('refused');
    expect(summary!.reason).toEqual({
      code: 'merge.entryRenumbered',
      params: { no: 'D02', current: 'D22', name: entries[1]!.name },
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM scores').get()).toEqual({ n: 0 });
  });

  it('gives two score files exported in the same minute two names', () => {
    const { db, judges } = organizerStore(tempDir());
    const judge = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judges[0]!.id).content));
    acceptKeyOf(db, judge);
    const names = new Set([1, 2, 3].map(() => exportScoreFile(judge).fileName));
    expect(names.size).toBe(3);
  });
});

describe('the judge’s continuity', () => {
  it('opens a re-issued judge file into the judge’s existing sheet, marks kept and late entries added', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = tempDir();
    const first = openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content);
    const judge = openStore(first);
    const [c] = criteria(judge);
    setSheetScore(judge, { entryId: entries[0]!.id, criterion: c!.code, value: c!.step });
    setSheetScore(judge, { entryId: entries[0]!.id, criterion: c!.code, value: 2 * c!.step });
    judge.close();

    const late = saveEntry(db, lateTeam('D05'));
    const again = openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content);
    expect(again).toBe(first);
    expect(readdirSync(laptop).filter((f) => f.endsWith('.scoredesk'))).toHaveLength(1);
    const reopened = openStore(again);
    const sheet = readSheet(reopened);
    expect(sheet.entries.map((e) => e.no)).toEqual(['D01', 'D02', 'D03', 'D04', 'D05']);
    expect(sheet.entries.find((e) => e.id === late.id)).toBeDefined();
    expect(sheet.scores).toEqual([
      { entryId: entries[0]!.id, criterion: c!.code, value: 2 * c!.step, revision: 2 },
    ]);
    // What the judge types after the re-issue carries on the revisions, so it wins at the merge.
    expect(
      setSheetScore(reopened, { entryId: entries[0]!.id, criterion: c!.code, value: c!.step }),
    ).toEqual({ revision: 3 });
  });

  it('shows an entry the newer judge file no longer lists as withdrawn, its marks kept but not sent', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = tempDir();
    const judge = openStore(openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content));
    acceptKeyOf(db, judge);
    const [c] = criteria(judge);
    setSheetScore(judge, { entryId: entries[2]!.id, criterion: c!.code, value: c!.step });
    setSheetScore(judge, { entryId: entries[1]!.id, criterion: c!.code, value: c!.step });
    judge.close();
    // The organizer has no marks for D02 yet, so may remove it; the judge's mark must not be lost.
    removeEntry(db, entries[1]!.id);
    const reopened = openStore(openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content));
    const sheet = readSheet(reopened);
    const removed = sheet.entries.find((e) => e.id === entries[1]!.id)!;
    expect(removed.status).toBe('withdrawn');
    expect(removed.removed).toBe(true);
    expect(sheet.scores.map((s) => s.entryId).sort()).toEqual(
      [entries[1]!.id, entries[2]!.id].sort(),
    );
    const [summary] = mergeScoreFiles(db, [
      { name: 'c.scoredesk-scores', ...exportScoreFile(reopened) },
    ]);
    expect(summary!.status).toBe('applied');
    expect(summary!.applied).toBe(1);
  });
});

describe('a re-issued judge file with a changed rubric', () => {
  it('brings the new maxima to the judge’s sheet when every mark still fits, and refuses when one does not', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = tempDir();
    const judge = openStore(openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content));
    const [c] = criteria(judge);
    setSheetScore(judge, { entryId: entries[0]!.id, criterion: c!.code, value: c!.max });
    judge.close();

    const track = readTracks(db).find((t) => t.code === TRACK)!;
    const lowered = (max: number) => ({
      ...track,
      segments: track.segments.map((s) => ({
        ...s,
        criteria: s.criteria.map((x) => (x.code === c!.code ? { ...x, max } : x)),
      })),
    });
    // Raising the maximum keeps the mark; the judge's sheet shows the new one.
    saveTrack(db, TRACK, lowered(c!.max + c!.step * 2));
    const path = openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content);
    const raised = openStore(path);
    expect(criteria(raised).find((x) => x.code === c!.code)!.max).toBe(c!.max + c!.step * 2);
    expect(readSheet(raised).scores).toHaveLength(1);
    raised.close();

    // Lowering it under the judge's mark would lose the mark: the file is not opened.
    saveTrack(db, TRACK, lowered(c!.max - c!.step));
    const file = exportJudgeFile(db, judges[0]!.id).content;
    expect(refusedCode(() => openJudgeFile(laptop, file))).toBe('judgeFile.marksOffRubric');
    const unchanged = openStore(path);
    expect(criteria(unchanged).find((x) => x.code === c!.code)!.max).toBe(c!.max + c!.step * 2);
    expect(readSheet(unchanged).scores[0]!.value).toBe(c!.max);
  });
});

describe('stale judge files', () => {
  it('lists which judges’ files a change has made stale, and why', () => {
    const { db, judges } = organizerStore(tempDir());
    for (const j of judges.slice(0, 3)) exportJudgeFile(db, j.id);
    const status = () =>
      Object.fromEntries(judgeFilesStatus(db).map((s) => [s.judge, [s.status, ...s.changed]]));
    expect(status()).toEqual({
      评委1: ['current'],
      评委2: ['current'],
      评委3: ['current'],
      评委4: ['never'],
      评委5: ['never'],
    });
    saveEntry(db, lateTeam('D05'));
    expect(status().评委1).toEqual(['stale', 'entries']);
    exportJudgeFile(db, judges[0]!.id);
    expect(status().评委1).toEqual(['current']);
    const track = readTracks(db).find((t) => t.code === TRACK)!;
    saveTrack(db, TRACK, {
      ...track,
      segments: track.segments.map((s) => ({
        ...s,
        criteria: s.criteria.map((x, i) => (i === 0 ? { ...x, max: x.max + x.step } : x)),
      })),
    });
    expect(status().评委1).toEqual(['stale', 'rubric']);
    expect(judgeFilesStatus(db).find((s) => s.judge === '评委1')!.times).toBe(2);
  });
});
