import { describe, expect, it } from 'vitest';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { setRecusal } from '../../electron/services/recusalService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { acceptKeyOf, criteria, organizerStore, refusedCode } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

// A judge sees the entries they are recused from, greyed as 回避, in their place in the order:
// a row that is simply missing reads as a mistake of the organizer's.
describe('recused entries on the judge’s sheet', () => {
  it('lists the recused entry in draw order, with its reason, and takes no mark for it', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judges[4]!.id).content));
    const sheet = readSheet(laptop);
    expect(sheet.entries.map((e) => [e.no, e.recusal])).toEqual([
      ['D01', null],
      ['D02', null],
      ['D03', null],
      ['D04', { reason: '同单位' }],
    ]);
    const c = criteria(laptop)[0]!;
    expect(
      refusedCode(() =>
        setSheetScore(laptop, { entryId: entries[3]!.id, criterion: c.code, value: 0 }),
      ),
    ).toBe('sheet.recused');
    expect(readSheet(laptop).scores).toEqual([]);
    laptop.close();
  });

  it('sends no mark for an entry recused after the judge scored it, so the file still merges', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const dir = tempDir();
    const path = openJudgeFile(dir, exportJudgeFile(db, judges[0]!.id).content);
    let laptop = openStore(path);
    acceptKeyOf(db, laptop);
    const c = criteria(laptop)[0]!;
    setSheetScore(laptop, { entryId: entries[0]!.id, criterion: c.code, value: c.max });
    setSheetScore(laptop, { entryId: entries[1]!.id, criterion: c.code, value: c.max });
    laptop.close();
    // The head table learns the judge knows team 2 and recuses them; a new judge file goes out.
    setRecusal(db, {
      judgeId: judges[0]!.id,
      entryId: entries[1]!.id,
      recused: true,
      reason: '亲属',
    });
    expect(openJudgeFile(dir, exportJudgeFile(db, judges[0]!.id).content)).toBe(path);
    laptop = openStore(path);
    const row = readSheet(laptop).entries.find((e) => e.id === entries[1]!.id)!;
    expect(row.recusal).toEqual({ reason: '亲属' });
    // The mark stays on the judge's screen, but it no longer travels.
    expect(readSheet(laptop).scores.map((s) => s.entryId)).toContain(entries[1]!.id);
    const file = exportScoreFile(laptop);
    const merged = mergeScoreFiles(db, [{ name: 'a.scoredesk-scores', content: file.content }]);
    expect(merged[0]).toMatchObject({ status: 'applied', applied: 1 });
    laptop.close();
  });

  it('makes a recused entry scoreable again when the recusal is lifted', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const dir = tempDir();
    const path = openJudgeFile(dir, exportJudgeFile(db, judges[4]!.id).content);
    setRecusal(db, {
      judgeId: judges[4]!.id,
      entryId: entries[3]!.id,
      recused: false,
      reason: '核实后不同单位',
    });
    openJudgeFile(dir, exportJudgeFile(db, judges[4]!.id).content);
    const laptop = openStore(path);
    expect(readSheet(laptop).entries.every((e) => e.recusal === null)).toBe(true);
    const c = criteria(laptop)[0]!;
    expect(
      setSheetScore(laptop, { entryId: entries[3]!.id, criterion: c.code, value: c.max }),
    ).toEqual({ revision: 1 });
    laptop.close();
  });
});
