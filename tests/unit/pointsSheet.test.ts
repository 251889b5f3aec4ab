import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../shared/domain/rubric';
import { translate } from '../../shared/i18n/catalog';
import { planDeductions, planQuiz } from '../../shared/points/pointsPlan';
import { pointsProblemError } from '../../shared/points/pointsProblems';
import {
  findHeaderRow,
  readDeductionRows,
  readQuizRows,
  spreadTotal,
} from '../../shared/points/pointsSheet';
import type { Grid } from '../../shared/roster/records';

const criterion = (code: string, zh: string, max: number, step = 100): Criterion => ({
  code,
  name: { zh, en: code },
  description: { zh: '', en: '' },
  max,
  step,
});
// The counselor template's quiz: two questions of one point.
const quiz = [criterion('quiz-1', '第1题', 100), criterion('quiz-2', '第2题', 100)];
const entries = [
  { id: 1, no: '001', name: '郭志远' },
  { id: 2, no: '002', name: '林可' },
  { id: 3, no: '003', name: '王立' },
];
const grid = (rows: string[][]): Grid => ({
  file: '答题.xlsx',
  sheet: 'Sheet1',
  rows,
  cellIssues: [],
});

function readQuiz(rows: string[][]) {
  const g = grid(rows);
  const header = findHeaderRow(g, 'quiz', quiz);
  if (!header) throw new Error('no header');
  return readQuizRows(g, header.index, header.columns, quiz);
}

const said = (problem: Parameters<typeof pointsProblemError>[0]) => {
  const error = pointsProblemError(problem);
  return {
    zh: translate('zh-CN', error.code, error.params),
    en: translate('en', error.code, error.params),
  };
};

describe('a quiz system’s export', () => {
  it('finds the header under a title and reads the points per question', () => {
    const read = readQuiz([
      ['2026 知识测试成绩'],
      ['考号', '姓名', 'Q1', 'Q2'],
      ['001', '郭志远', '1', '0'],
      ['００２', '林可', '1', ''],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 3,
        no: '001',
        name: '郭志远',
        values: { 'quiz-1': 100, 'quiz-2': 0 },
        fromTotal: false,
      },
      {
        row: 4,
        no: '002',
        name: '林可',
        values: { 'quiz-1': 100, 'quiz-2': null },
        fromTotal: false,
      },
    ]);
  });

  it('takes 考号 as the entry number, not the export’s row counter 序号', () => {
    const read = readQuiz([
      ['序号', '考号', '参赛者', 'Q1', 'Q2'],
      ['1', '003', '王立', '1', '1'],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.no, r.name])).toEqual([[2, '003', '王立']]);
  });

  it('names a cell the file could not give, reads the rows around it, and keeps their order', () => {
    // Q2 of 002 is a formula saved without its value (0-based row 2, column 3).
    const g = {
      ...grid([
        ['考号', '姓名', 'Q1', 'Q2'],
        ['001', '郭志远', '1', '0'],
        ['002', '林可', '1', ''],
        ['003', '王立', '9', '1'],
      ]),
      cellIssues: [{ row: 2, col: 3, code: 'import.formulaNoValue' as const }],
    };
    const header = findHeaderRow(g, 'quiz', quiz)!;
    const read = readQuizRows(g, header.index, header.columns, quiz);
    expect(read.rows.map((r) => r.no)).toEqual(['001']);
    expect(read.problems.map((p) => [p.row, p.no, p.column, p.code])).toEqual([
      [3, '002', 'Q2', 'import.formulaNoValue'],
      [4, '003', 'Q1', 'mark.aboveMax'],
    ]);
    expect(read.problems[0]?.params).toEqual({ file: '答题.xlsx', cell: 'D3' });
  });

  it('spreads a total alone over the questions, and refuses one beyond full marks', () => {
    const read = readQuiz([
      ['编号', '总分'],
      ['001', '1'],
      ['002', '3'],
      ['003', ''],
    ]);
    expect(read.rows[0]).toMatchObject({ values: { 'quiz-1': 100, 'quiz-2': 0 }, fromTotal: true });
    expect(read.rows[1]).toMatchObject({ no: '003', values: { 'quiz-1': null, 'quiz-2': null } });
    expect(read.problems).toHaveLength(1);
    expect(said(read.problems[0]!).zh).toBe(
      '第 3 行 · 002 · 总分：总分 3 无法计入（满分 2，或不是各题分值的整数倍）',
    );
  });

  it('checks a total given beside the questions against their sum', () => {
    const read = readQuiz([
      ['编号', '第一题', '第二题', '合计'],
      ['001', '1', '1', '1'],
    ]);
    expect(said(read.problems[0]!).en).toBe(
      'Row 2 · 001 · 合计: the total 1 is not the sum of the questions (2)',
    );
  });

  it('names row, number and column of a mark off the scale, and of a word', () => {
    const read = readQuiz([
      ['编号', '第1题', '第2题'],
      ['001', '2', '0.5'],
      ['002', '对', '1'],
    ]);
    const texts = read.problems.map((p) => said(p).zh);
    expect(texts).toEqual([
      '第 2 行 · 001 · 第1题：2 超过满分 1',
      '第 2 行 · 001 · 第2题：0.5 不是 1 的整数倍',
      '第 3 行 · 002 · 第1题：“对”不是分数',
    ]);
  });

  it('has no header without a number column', () => {
    expect(findHeaderRow(grid([['姓名', '第1题']]), 'quiz', quiz)).toBeNull();
  });
});

describe('matching quiz rows to the track’s entries', () => {
  it('writes what differs, counts what is the same and what is blank, lists who is missing', () => {
    const read = readQuiz([
      ['编号', '姓名', '第1题', '第2题'],
      ['001', '郭志远', '1', '0'],
      ['002', '林可', '1', ''],
    ]);
    const stored = new Map([['1:quiz-1', 100]]);
    const plan = planQuiz(read.rows, entries, stored, '展品辅导');
    expect(plan.changes).toEqual([
      {
        row: 2,
        entryId: 1,
        no: '001',
        name: '郭志远',
        criterion: 'quiz-2',
        before: null,
        after: 0,
      },
      {
        row: 3,
        entryId: 2,
        no: '002',
        name: '林可',
        criterion: 'quiz-1',
        before: null,
        after: 100,
      },
    ]);
    expect(plan).toMatchObject({ unchanged: 1, blank: 1, notInFile: [entries[2]] });
  });

  it('refuses an unknown number, a second row for an entry, and another name', () => {
    const read = readQuiz([
      ['编号', '姓名', '第1题'],
      ['009', '', '1'],
      ['001', '郭志远', '1'],
      ['001', '郭志远', '0'],
      ['002', '林克', '1'],
    ]);
    const plan = planQuiz(read.rows, entries, new Map(), { zh: '展品辅导', en: 'Exhibit' });
    expect(plan.problems.map((p) => said(p).zh)).toEqual([
      '第 2 行 · 009：编号 009 不是赛项“展品辅导”的选手',
      '第 4 行 · 001 郭志远：编号 001 在第 3 行已经出现过',
      '第 5 行 · 002 林克：编号 002 是 林可，文件中写的是 林克',
    ]);
  });

  it('changes nothing when the file is imported a second time (any points, any blanks)', () => {
    const cell = fc.constantFrom('', '0', '1');
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 3, maxLength: 3 }), (cells) => {
        const read = readQuiz([
          ['编号', '第1题', '第2题'],
          ...cells.map((c, i) => [entries[i]!.no, ...c]),
        ]);
        const first = planQuiz(read.rows, entries, new Map(), 't');
        const stored = new Map(first.changes.map((c) => [`${c.entryId}:${c.criterion}`, c.after]));
        const again = planQuiz(read.rows, entries, stored, 't');
        expect(again.changes).toEqual([]);
        // A blank is never written as 0.
        const blanks = cells.flat().filter((c) => c === '').length;
        expect(first.blank).toBe(blanks);
        expect(first.changes).toHaveLength(6 - blanks);
      }),
    );
  });
});

describe('a total spread over the questions', () => {
  it('keeps the total, and each question within its maximum and on its step', () => {
    const criteria = fc.array(
      fc.record({ max: fc.integer({ min: 1, max: 20 }), step: fc.constantFrom(1, 2, 5) }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(criteria, fc.nat(200), (specs, total) => {
        const list = specs.map((s, i) =>
          criterion(`q-${i}`, `题${i}`, s.max * s.step * 50, s.step * 50),
        );
        const spread = spreadTotal(total * 50, list);
        if (spread === null) return;
        expect(Object.values(spread).reduce((a, b) => a + b, 0)).toBe(total * 50);
        for (const c of list) {
          expect(spread[c.code]!).toBeLessThanOrEqual(c.max);
          expect(spread[c.code]! % c.step).toBe(0);
        }
      }),
    );
  });

  it('always finds a spread for a total on one-point questions up to full marks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), (total) => {
        expect(spreadTotal(total * 100, quiz)).not.toBeNull();
      }),
    );
  });
});

describe('a deductions sheet', () => {
  const read = (rows: string[][]) => {
    const g = grid(rows);
    const header = findHeaderRow(g, 'deductions', []);
    if (!header) throw new Error('no header');
    return readDeductionRows(g, header.index, header.columns);
  };

  it('reads −2 and 2 alike, skips rows without a deduction, wants a reason', () => {
    const r = read([
      ['编号', '扣分', '扣分原因'],
      ['001', '−2', '超时 15 秒'],
      ['002', '', ''],
      ['003', '1', ''],
    ]);
    expect(r.rows).toEqual([{ row: 2, no: '001', name: null, points: 200, reason: '超时 15 秒' }]);
    expect(said(r.problems[0]!).zh).toBe('第 4 行 · 003 · 扣分原因：有扣分但没有写原因');
  });

  it('adds each deduction once: a second import adds nothing, a repeated row is a second one', () => {
    const r = read([
      ['编号', '扣分', '原因'],
      ['001', '2', '超时'],
      ['001', '2', '超时'],
      ['002', '1', '道具违规'],
    ]);
    const first = planDeductions(r.rows, entries, [], 't');
    expect(first.changes.map((c) => [c.no, c.points])).toEqual([
      ['001', 200],
      ['001', 200],
      ['002', 100],
    ]);
    const stored = first.changes.map((c) => ({
      entryId: c.entryId,
      points: c.points,
      reason: c.reason,
    }));
    expect(planDeductions(r.rows, entries, stored, 't')).toMatchObject({
      changes: [],
      unchanged: 3,
    });
    expect(planDeductions(r.rows, entries, stored.slice(0, 1), 't').changes).toHaveLength(2);
  });
});
