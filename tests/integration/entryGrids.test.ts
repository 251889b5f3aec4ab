import { describe, expect, it } from 'vitest';
import { typeDoubleEntryCell } from '../../electron/services/doubleEntryService';
import { listConflicts, mergeScoreFiles } from '../../electron/services/mergeService';
import { setRulePenalty } from '../../electron/services/penaltyCellService';
import { lockResults } from '../../electron/services/resultsService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readAudit } from '../../electron/store/auditTable';
import { readPenalties } from '../../electron/store/marksTable';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import { trackId } from '../../electron/store/tracksTable';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { blockingFlags } from '../../shared/scoring';
import { judgeLaptop, organizerStore, refusedCode, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    const [first] = error.errors;
    return translate('zh-CN', first!.code as MessageKey, first!.params);
  }
  throw new Error('not refused');
}

describe('double entry never silently replaces a judge’s signed mark', () => {
  it('holds two scorekeepers’ agreement against a signed mark as a conflict', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const judge = judges[0]!;
    const laptop = judgeLaptop(db, judge.id, tempDir());
    mergeScoreFiles(db, [{ name: 'app', content: exportScoreFile(laptop.db).content }]);
    laptop.db.close();
    const signed = readJudgeCells(db, judge.id).find(
      (c) => c.entryId === entries[0]!.id && c.criterion === 'content',
    )!;
    const paper = signed.value === 3000 ? 2900 : 3000;
    for (const [pass, typist] of [
      [1, '王芳'],
      [2, '李明'],
    ] as const) {
      typeDoubleEntryCell(db, {
        track: TRACK,
        judgeId: judge.id,
        pass,
        typist,
        entryId: entries[0]!.id,
        criterion: 'content',
        value: paper,
      });
    }
    const after = readJudgeCells(db, judge.id).find(
      (c) => c.entryId === entries[0]!.id && c.criterion === 'content',
    )!;
    expect(after.value).toBe(signed.value);
    expect(listConflicts(db)).toEqual([
      expect.objectContaining({ entryNo: 'D01', storedValue: signed.value, incomingValue: paper }),
    ]);
  });
});

describe('deductions typed in the grid, one figure per entry and rule', () => {
  it('replaces the rule’s deductions with the figure typed, and a blank removes them', () => {
    const { db, entries } = organizerStore(tempDir());
    const entry = entries[1]!;
    const tId = trackId(db, TRACK)!;
    const of = () =>
      readPenalties(db, tId)
        .filter((p) => p.entryId === entry.id)
        .map((p) => [p.rule, p.points, p.reason]);
    setRulePenalty(db, { entryId: entry.id, rule: 'overtime', points: 200 });
    expect(of()).toEqual([['overtime', 200, '超时']]);
    setRulePenalty(db, { entryId: entry.id, rule: 'overtime', points: 300 });
    expect(of()).toEqual([['overtime', 300, '超时']]);
    // The same figure again changes nothing (no remove and add in the audit).
    const audited = readAudit(db).length;
    setRulePenalty(db, { entryId: entry.id, rule: 'overtime', points: 300 });
    expect(readAudit(db)).toHaveLength(audited);
    setRulePenalty(db, { entryId: entry.id, rule: 'overtime', points: null });
    expect(of()).toEqual([]);
  });

  it('refuses a figure off the rule’s step, naming the contestant', () => {
    const { db, entries } = organizerStore(tempDir());
    expect(
      refusal(() => setRulePenalty(db, { entryId: entries[0]!.id, rule: 'overtime', points: 150 })),
    ).toBe('D01 第1队 · 超时：扣分 1.5 不是 1 的整数倍');
  });

  it('after a lock, changes a deduction only with a reason, as the results screen does', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const files = judges.slice(0, 3).map((judge, n) => {
      const laptop = judgeLaptop(db, judge.id, tempDir());
      const content = exportScoreFile(laptop.db).content;
      laptop.db.close();
      return { name: `j${n + 1}.scoredesk-scores`, content };
    });
    mergeScoreFiles(db, files);
    lockResults(db, TRACK, '裁判长', '', blockingFlags);
    const entryId = entries[0]!.id;
    expect(refusedCode(() => setRulePenalty(db, { entryId, rule: 'overtime', points: 100 }))).toBe(
      'results.lockedReasonRequired',
    );
    setRulePenalty(db, {
      entryId,
      rule: 'overtime',
      points: 100,
      reason: '计时员更正：超时 20 秒',
    });
    const audit = readAudit(db).find((a) => a.action === 'penalty.add')!;
    expect(audit.reason).toBe('计时员更正：超时 20 秒');
  });
});
