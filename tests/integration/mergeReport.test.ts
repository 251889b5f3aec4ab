import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeness } from '../../electron/services/completenessService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import {
  listConflicts,
  listDecidedConflicts,
  mergeHistory,
  mergeScoreFiles,
  resolveConflict,
} from '../../electron/services/mergeService';
import { competitionOnThisMachine } from '../../electron/services/otherCompetitions';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { setSheetScore } from '../../electron/services/sheetService';
import { signWith } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import type { Language } from '../../shared/api/app';
import type { MergeFileSummary } from '../../shared/api/judging';
import type { MessageParam } from '../../shared/errors';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { criteria, judgeLaptop, organizerStore, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// The merge report as the organizer reads it: real stores, real signed files, the messages in
// both languages as the screen shows them.

const tempDir = tempDirsForEachTest();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The reason column of each refused file, as the screen writes it. */
function reasons(summary: MergeFileSummary[], language: Language): string[] {
  return summary.map((s) =>
    s.reason
      ? translate(
          language,
          s.reason.code as MessageKey,
          s.reason.params as Record<string, MessageParam>,
        )
      : '',
  );
}

function expectUsersWords(texts: string[]) {
  for (const text of texts) {
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/JSON|版|scoredesk\./i);
    expect(text).not.toMatch(/\{\w+\}/);
  }
}

describe('the merge report in the organizer’s words', () => {
  it('names a judge file, another competition and the criterion, never an id or a format', () => {
    const dataDir = tempDir();
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = judgeLaptop(db, judges[0]!.id, tempDir());
    // Another competition on this machine, and one that is not (its file keeps ScoreDesk's name).
    const other = organizerStore(dataDir, '2026年浙江省科技馆辅导员大赛');
    const otherFile = exportScoreFile(judgeLaptop(other.db, other.judges[1]!.id, tempDir()).db);
    const away = organizerStore(tempDir(), '江苏赛区选拔赛');
    const awayFile = exportScoreFile(judgeLaptop(away.db, away.judges[2]!.id, tempDir()).db);
    // Judge 1's file with a mark above the criterion's maximum, signed on judge 1's device.
    const file = JSON.parse(exportScoreFile(laptop.db).content);
    const first = criteria(db)[0]!;
    file.scores[0].value = first.max + first.step;
    const key = readOwnKey(laptop.db)!.sealedPrivateKey;
    const overMax = encodeSignedFile({ ...file, signature: signWith(key, signedPayload(file)) });

    const summary = mergeScoreFiles(
      db,
      [
        { name: '评委1.scoredesk-judge', content: exportJudgeFile(db, judges[0]!.id).content },
        { name: 'from-zhejiang.scoredesk-scores', content: otherFile.content },
        { name: awayFile.fileName, content: awayFile.content },
        { name: 'over-max.scoredesk-scores', content: overMax },
        { name: 'broken.scoredesk-scores', content: '{"format":' },
      ],
      { competitionName: (id) => competitionOnThisMachine(dataDir, id) },
    );
    expect(summary.map((s) => s.status)).toEqual(Array(5).fill('refused'));

    const zh = reasons(summary, 'zh-CN');
    expectUsersWords(zh);
    expect(zh[0]).toContain('这是评委文件');
    expect(zh[0]).not.toContain('这不是评分文件');
    expect(zh[1]).toContain('“2026年浙江省科技馆辅导员大赛 第九届”');
    expect(zh[1]).toContain('评委“评委2”');
    expect(zh[2]).toContain('文件名显示这是赛事“江苏赛区选拔赛”');
    expect(zh[3]).toContain(`“${first.name.zh}”`);
    expect(zh[3]).toContain(entries[0]!.no);
    expect(zh[4]).toContain('无法读取');

    const en = reasons(summary, 'en');
    expectUsersWords(en);
    expect(en[0]).toContain('This is a judge file');
    expect(en[3]).toContain(`“${first.name.en}”`);
    expect(en[3]).not.toContain(`“${first.code}”`);
  });

  it('keeps every merge in the store: when, which file, what came of it, after reopening', () => {
    const { db, judges } = organizerStore(tempDir());
    const laptops = [0, 1].map((j) => judgeLaptop(db, judges[j]!.id, tempDir()));
    const older = exportScoreFile(laptops[0]!.db);
    const c = criteria(db)[0]!;
    const entryId = (db.prepare(`SELECT id FROM entries WHERE no = 'D01'`).get() as { id: number })
      .id;
    setSheetScore(laptops[0]!.db, { entryId, criterion: c.code, value: c.max - c.step });
    const newer = exportScoreFile(laptops[0]!.db);
    const second = exportScoreFile(laptops[1]!.db);

    mergeScoreFiles(db, [
      { name: '评委1-新.scoredesk-scores', content: newer.content },
      { name: '评委2.scoredesk-scores', content: second.content },
    ]);
    mergeScoreFiles(db, [
      { name: '评委1-新-副本.scoredesk-scores', content: newer.content },
      { name: '评委1-旧.scoredesk-scores', content: older.content },
      { name: '评委文件.scoredesk-judge', content: exportJudgeFile(db, judges[0]!.id).content },
    ]);
    const path = db.name;
    db.close();

    const reopened = openStore(path);
    const history = mergeHistory(reopened);
    expect(history.map((h) => [h.batch, h.fileName, h.judge, h.outcome])).toEqual([
      [2, '评委1-新-副本.scoredesk-scores', '评委1', 'duplicate'],
      [2, '评委1-旧.scoredesk-scores', '评委1', 'older'],
      [2, '评委文件.scoredesk-judge', null, 'refused'],
      [1, '评委1-新.scoredesk-scores', '评委1', 'merged'],
      [1, '评委2.scoredesk-scores', '评委2', 'merged'],
    ]);
    expect(history[2]!.reason).toEqual({ code: 'merge.judgeFileGiven' });
    expect(history[1]).toMatchObject({ applied: 0, older: 1 });
    expect(history[3]!.applied).toBeGreaterThan(0);
    expect(Date.parse(history[0]!.mergedAt)).toBeGreaterThanOrEqual(
      Date.parse(history[3]!.mergedAt),
    );
    reopened.close();
  });

  it('names both sides of a conflict and records who decided it and why', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = judgeLaptop(db, judges[1]!.id, tempDir());
    mergeScoreFiles(db, [
      { name: '评委2-第一次.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    // The sheet copied to a second laptop, one mark typed differently on each.
    const copy = join(tempDir(), 'copy.scoredesk');
    laptop.db.exec(`VACUUM INTO '${copy}'`);
    const second = openStore(copy);
    const c = criteria(db)[0]!;
    setSheetScore(laptop.db, { entryId: entries[0]!.id, criterion: c.code, value: c.max });
    setSheetScore(second, { entryId: entries[0]!.id, criterion: c.code, value: c.max - c.step });
    mergeScoreFiles(db, [
      { name: '评委2-笔记本.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    const summary = mergeScoreFiles(db, [
      { name: '评委2-平板.scoredesk-scores', content: exportScoreFile(second).content },
    ]);
    expect(summary[0]).toMatchObject({ status: 'unchanged', conflicts: 1 });

    const [conflict] = listConflicts(db);
    expect(conflict).toMatchObject({
      judge: '评委2',
      entryNo: 'D01',
      entryName: '第1队',
      criterionName: c.name,
      storedValue: c.max,
      storedSource: '评委2-笔记本.scoredesk-scores',
      incomingValue: c.max - c.step,
      source: '评委2-平板.scoredesk-scores',
    });
    expect(Date.parse(conflict!.storedSavedAt!)).not.toBeNaN();
    expect(Date.parse(conflict!.incomingSavedAt!)).not.toBeNaN();
    expect(mergeHistory(db)[0]!.outcome).toBe('conflict');

    // Who and why are required, and nothing changes without them.
    expect(() => resolveConflict(db, conflict!.id, c.max, { by: ' ', reason: '' })).toThrow();
    expect(listConflicts(db)).toHaveLength(1);
    resolveConflict(db, conflict!.id, c.max - c.step, {
      by: '王裁判长',
      reason: '评委本人确认平板上的分数为准',
    });
    expect(listConflicts(db)).toEqual([]);
    expect(listDecidedConflicts(db)).toEqual([
      expect.objectContaining({
        value: c.max - c.step,
        decidedBy: '王裁判长',
        reason: '评委本人确认平板上的分数为准',
        storedSource: '评委2-笔记本.scoredesk-scores',
        source: '评委2-平板.scoredesk-scores',
      }),
    ]);
  });

  it('tells submitted, saved but not submitted, partial and recused apart', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptops = judges.map((j) => judgeLaptop(db, j.id, tempDir()));
    const c = criteria(db)[0]!;
    // Judge 2 changes a mark after submitting and hands in that file without submitting again.
    setSheetScore(laptops[1]!.db, { entryId: entries[0]!.id, criterion: c.code, value: c.step });
    // Judge 3 clears a mark: that entry has a blank now.
    setSheetScore(laptops[2]!.db, { entryId: entries[1]!.id, criterion: c.code, value: null });
    mergeScoreFiles(
      db,
      laptops
        .slice(0, 4)
        .map((l, n) => ({ name: `j${n}`, content: exportScoreFile(l.db).content })),
    );
    const { cells } = completeness(db, TRACK);
    const at = (entry: number, judge: number) =>
      cells[`${entries[entry]!.id}:${judges[judge]!.id}`];
    expect(at(0, 0)).toBe('submitted');
    expect(at(0, 1)).toBe('scored');
    expect(at(1, 1)).toBe('submitted');
    expect(at(1, 2)).toBe('partial');
    expect(at(0, 4)).toBe('missing');
    expect(at(3, 4)).toBe('recused');
  });
});
