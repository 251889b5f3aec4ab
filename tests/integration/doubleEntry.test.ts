import { describe, expect, it } from 'vitest';
import {
  doubleEntrySheets,
  doubleEntryView,
  finishDoubleEntryPass,
  resolveDoubleEntryCell,
  typeDoubleEntryCell,
} from '../../electron/services/doubleEntryService';
import { readAudit } from '../../electron/store/auditTable';
import { openStore } from '../../electron/store/database';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const TRACK = 'drama';

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

function setup() {
  const store = organizerStore(tempDir());
  const judge = store.judges[0]!;
  const [d01, d02] = store.entries;
  const type = (
    pass: 1 | 2,
    typist: string,
    entryId: number,
    criterion: string,
    value: number | null,
  ) =>
    typeDoubleEntryCell(store.db, {
      track: TRACK,
      judgeId: judge.id,
      pass,
      typist,
      entryId,
      criterion,
      value,
    });
  const marks = () =>
    readJudgeCells(store.db, judge.id).map((c) => [c.entryId, c.criterion, c.value]);
  return { ...store, judge, d01: d01!, d02: d02!, type, marks };
}

describe('double entry of a paper sheet', () => {
  it('merges a cell once both passes typed it alike, naming both typists', () => {
    const { db, judge, d01, type, marks } = setup();
    type(1, '王芳', d01.id, 'content', 2800);
    expect(marks()).toEqual([]);
    const view = type(2, '李明', d01.id, 'content', 2800);
    expect(marks()).toEqual([[d01.id, 'content', 2800]]);
    expect(view.counts.agreed).toBe(1);
    expect(
      db.prepare('SELECT entered_by AS who FROM paper_cells WHERE judge_id = ?').all(judge.id),
    ).toEqual([{ who: '王芳 / 李明' }]);
    // Typing the same again changes nothing.
    type(2, '李明', d01.id, 'content', 2800);
    expect(readJudgeCells(db, judge.id)[0]!.revision).toBe(1);
  });

  it('merges nothing of a disagreement until a person chooses, and audits the choice', () => {
    const { db, judge, d01, type, marks } = setup();
    type(1, '王芳', d01.id, 'script', 2000);
    const view = type(2, '李明', d01.id, 'script', 2100);
    const cell = view.cells.find((c) => c.entryId === d01.id && c.criterion === 'script')!;
    expect(cell.state).toEqual({ kind: 'mismatch', first: 2000, second: 2100 });
    expect(cell.first).toMatchObject({ value: 2000, typist: '王芳' });
    expect(cell.second).toMatchObject({ value: 2100, typist: '李明' });
    expect(marks()).toEqual([]);

    resolveDoubleEntryCell(db, {
      track: TRACK,
      judgeId: judge.id,
      entryId: d01.id,
      criterion: 'script',
      value: 2100,
      by: '张主任',
      reason: '纸质表上是 21',
    });
    expect(marks()).toEqual([[d01.id, 'script', 2100]]);
    const audit = readAudit(db).find((a) => a.action === 'doubleEntry.resolve')!;
    expect(audit).toMatchObject({
      actor: '张主任',
      before: { first: 2000, second: 2100, typists: '王芳 / 李明' },
      after: { value: 2100 },
      reason: '纸质表上是 21',
    });
    // A figure changed after the decision is a new disagreement, not the old choice.
    const after = type(1, '王芳', d01.id, 'script', 1900);
    expect(
      after.cells.find((c) => c.criterion === 'script' && c.entryId === d01.id)!.state.kind,
    ).toBe('mismatch');
  });

  it('reads what a finished pass left empty as blank: a disagreement with a typed figure', () => {
    const { db, judge, d02, type, marks } = setup();
    type(1, '王芳', d02.id, 'acting', 2000);
    type(2, '李明', d02.id, 'script', 1500);
    let view = finishDoubleEntryPass(db, {
      track: TRACK,
      judgeId: judge.id,
      pass: 2,
      typist: '李明',
    });
    const acting = () => view.cells.find((c) => c.entryId === d02.id && c.criterion === 'acting')!;
    expect(acting().state).toEqual({ kind: 'mismatch', first: 2000, second: null });
    view = finishDoubleEntryPass(db, { track: TRACK, judgeId: judge.id, pass: 1, typist: '王芳' });
    expect(view.counts.mismatches).toBe(2);
    expect(marks()).toEqual([]);
  });

  it('refuses a figure off the scale in the paper’s words, writing nothing', () => {
    const { db, d01, type } = setup();
    expect(refusal(() => type(1, '王芳', d01.id, 'content', 3500))).toBe(
      'D01 第1队 · 科学内容与主题：35 超过满分 30',
    );
    expect(refusal(() => type(1, '王芳', d01.id, 'content', 2530))).toBe(
      'D01 第1队 · 科学内容与主题：25.3 不是 0.5 的整数倍',
    );
    expect(db.prepare('SELECT COUNT(*) AS n FROM double_entry_cells').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM double_entry_passes').get()).toEqual({ n: 0 });
  });

  it('takes the two passes from two people, each pass from one', () => {
    const { d01, type } = setup();
    type(1, '王芳', d01.id, 'content', 2800);
    expect(refusal(() => type(2, ' 王芳 ', d01.id, 'content', 2800))).toContain(
      '双人录入须由另一位记分员录入另一遍',
    );
    expect(refusal(() => type(1, '李明', d01.id, 'content', 2800))).toBe(
      '第1遍由 王芳 录入。请选另一遍，或由 王芳 本人继续。',
    );
  });

  it('shows the sheet as printed: running order, without the judge’s recusals', () => {
    const { db, judges, entries } = setup();
    const recusing = judges[4]!;
    const view = doubleEntryView(db, TRACK, recusing.id);
    expect(view.entries.map((e) => e.no)).toEqual(['D01', 'D02', 'D03']);
    expect(
      refusal(() =>
        typeDoubleEntryCell(db, {
          track: TRACK,
          judgeId: recusing.id,
          pass: 1,
          typist: '王芳',
          entryId: entries[3]!.id,
          criterion: 'content',
          value: 2000,
        }),
      ),
    ).toContain('不在 评委5 的评分表上');
    expect(doubleEntrySheets(db, TRACK).map((s) => s.name)).toEqual([
      '评委1',
      '评委2',
      '评委3',
      '评委4',
      '评委5',
    ]);
  });

  it('keeps what was typed across a restart', () => {
    const { db, judge, d01, type } = setup();
    type(1, '王芳', d01.id, 'content', 2800);
    const path = db.name;
    db.close();
    const reopened = openStore(path);
    const view = doubleEntryView(reopened, TRACK, judge.id);
    expect(view.passes).toMatchObject([{ pass: 1, typist: '王芳', finishedAt: null }]);
    expect(view.cells.find((c) => c.first)?.first?.value).toBe(2800);
    reopened.close();
  });
});
