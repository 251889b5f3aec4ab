import { checkMark } from '../domain/markRules';
import { formatPoints, parsePoints } from '../domain/points';
import type { Criterion } from '../domain/rubric';
import type { MessageParam } from '../errors';
import type { MessageKey } from '../i18n/catalog';
import { headerNames } from '../roster/fields';
import { columnLetter } from '../roster/headers';
import { cleanNo, cleanValue, headerKey } from '../roster/normalize';
import type { Grid } from '../roster/records';

// A quiz system's export (contestant number plus per-question points or a total) or a list of
// deductions (number, points, reason), read from a sheet as text. Pure: the store is matched in
// pointsPlan.ts. Choices the files left open:
// - a question column is 第1题 / 题1 / Q1 / Question 1, or the name of one of the track's quiz
//   criteria; the n-th question feeds the track's n-th objective criterion;
// - a total alone is spread over the quiz criteria in their order, each filled to its maximum
//   (the results only ever use the sum); given beside the questions, it must equal their sum;
// - a blank cell is blank: it changes nothing stored, and is never read as 0;
// - a deduction may be written −2 or 2; blank or 0 is no deduction on that row.

export const pointsKinds = ['quiz', 'deductions'] as const;
export type PointsKind = (typeof pointsKinds)[number];

export type ColumnMeaning =
  | { kind: 'no' }
  | { kind: 'name' }
  | { kind: 'question'; criterion: string }
  | { kind: 'total' }
  | { kind: 'points' }
  | { kind: 'reason' };

export interface PointsColumn {
  index: number;
  letter: string;
  header: string;
  meaning: ColumnMeaning | null;
}

/** Where a problem is: the sheet's row (1-based), the column's header, the contestant if known. */
export interface PointsProblem {
  row: number;
  column: string | null;
  no: string | null;
  name: string | null;
  code: MessageKey;
  params?: Record<string, MessageParam>;
}

export interface QuizRow {
  row: number;
  no: string;
  /** As the file names the contestant, when it has a name column. */
  name: string | null;
  /** Per quiz criterion: the points, or null where the file leaves it blank. */
  values: Record<string, number | null>;
  /** The values came from a total spread over the questions. */
  fromTotal: boolean;
}

export interface DeductionRow {
  row: number;
  no: string;
  name: string | null;
  points: number;
  reason: string;
}

const HEADER_ROWS = 30;
// The entry number and the name as a roster calls them (shared/roster/fields.ts), and what a
// quiz system calls the number; its 序号 is the export's row counter, never the entry number.
const NO = [...headerNames.roster.no!.filter((name) => name !== '序号'), '考号', '准考证号'];
const NAME = headerNames.roster.name!;
const TOTAL = [
  '总分',
  '得分',
  '成绩',
  '合计',
  '总计',
  '知识测试',
  '知识问答',
  '答题得分',
  '测试得分',
  '知识测试得分',
  '知识问答得分',
  'total',
  'score',
  'points',
  'sum',
];
const POINTS = [
  '扣分',
  '扣分分值',
  '扣除分数',
  '扣分值',
  '扣分数',
  '罚分',
  'deduction',
  'deductions',
  'penalty',
  'points',
];
const REASON = ['原因', '扣分原因', '事由', '扣分事由', '说明', '理由', 'reason', 'note'];
const QUESTION =
  /^(?:第)?(\d{1,2}|[一二三四五六七八九十]{1,3})题(?:得分)?$|^题(?:目)?(\d{1,2})$|^(?:q|question)(\d{1,2})$/i;
const CHINESE_DIGITS = '一二三四五六七八九';

function questionNumber(key: string): number | null {
  const match = QUESTION.exec(key);
  const text = match?.[1] ?? match?.[2] ?? match?.[3];
  if (text === undefined) return null;
  if (/^\d+$/.test(text)) return Number(text);
  // 一 … 九, 十, 十一 … 十九, 二十 …: enough for a quiz.
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? CHINESE_DIGITS.indexOf(c) + 1 : 0);
  return text.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

const named = (names: string[], key: string) => names.some((n) => headerKey(n) === key);

/** What each header means, for a kind and the track's quiz criteria. */
export function readHeaders(
  headers: string[],
  kind: PointsKind,
  quiz: readonly Criterion[],
): PointsColumn[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const key = headerKey(header);
    const meaning = ((): ColumnMeaning | null => {
      if (key === '') return null;
      if (named(NO, key)) return { kind: 'no' };
      if (named(NAME, key)) return { kind: 'name' };
      if (kind === 'deductions') {
        if (named(POINTS, key)) return { kind: 'points' };
        if (named(REASON, key)) return { kind: 'reason' };
        return null;
      }
      const byName = quiz.find((c) =>
        [c.name.zh, c.name.en, c.code].some((n) => headerKey(n) === key),
      );
      if (byName) return { kind: 'question', criterion: byName.code };
      const n = questionNumber(key);
      if (n !== null) {
        const criterion = quiz[n - 1];
        return criterion ? { kind: 'question', criterion: criterion.code } : null;
      }
      if (named(TOTAL, key)) return { kind: 'total' };
      return null;
    })();
    // The first column of a meaning counts; a second one is shown, ignored.
    const tag = meaning
      ? meaning.kind === 'question'
        ? `q:${meaning.criterion}`
        : meaning.kind
      : '';
    const kept = meaning && !taken.has(tag) ? meaning : null;
    if (kept) taken.add(tag);
    return { index, letter: columnLetter(index), header, meaning: kept };
  });
}

/** The header row: the first of the top rows that has a number column and something to read. */
export function findHeaderRow(grid: Grid, kind: PointsKind, quiz: readonly Criterion[]) {
  for (const [index, row] of grid.rows.slice(0, HEADER_ROWS).entries()) {
    const columns = readHeaders(row.map(cleanValue), kind, quiz);
    const has = (k: ColumnMeaning['kind']) => columns.some((c) => c.meaning?.kind === k);
    const values = kind === 'quiz' ? has('question') || has('total') : has('points');
    if (has('no') && values) return { index, columns };
  }
  return null;
}

export interface PointsRead<R> {
  rows: R[];
  problems: PointsProblem[];
}

function cellsOf(grid: Grid, headerIndex: number, columns: PointsColumn[]) {
  const at = (kind: ColumnMeaning['kind']) => columns.find((c) => c.meaning?.kind === kind);
  const no = at('no')!;
  const name = at('name');
  const used = columns.filter((c) => c.meaning !== null);
  return grid.rows.slice(headerIndex + 1).flatMap((cells, offset) => {
    const row = headerIndex + 2 + offset;
    const text = (c: PointsColumn | undefined) => (c ? cleanValue(cells[c.index] ?? '') : '');
    if (used.every((c) => text(c) === '')) return [];
    const issue = grid.cellIssues.find(
      (i) => i.row === row - 1 && used.some((c) => c.index === i.col),
    );
    return [{ row, no: cleanNo(text(no)), name: text(name) || null, text, issue }];
  });
}

/** Where a row's problems go, each naming the row, the number and the name as the file has them. */
function reporter(
  cell: { row: number; no: string; name: string | null },
  problems: PointsProblem[],
) {
  const where = { row: cell.row, no: cell.no || null, name: cell.name };
  return (column: string | null, code: MessageKey, params?: Record<string, MessageParam>) => {
    problems.push({ ...where, column, code, ...(params ? { params } : {}) });
  };
}

/**
 * The rows with content, in order, each with its reporter; a row with a cell the file could not
 * give (a formula without a value) is reported where it stands and not read further.
 */
function* readableRows(
  grid: Grid,
  headerIndex: number,
  columns: PointsColumn[],
  problems: PointsProblem[],
) {
  for (const cell of cellsOf(grid, headerIndex, columns)) {
    const problem = reporter(cell, problems);
    if (!cell.issue) {
      yield { cell, problem };
      continue;
    }
    problem(columns[cell.issue.col]?.header ?? null, cell.issue.code, {
      file: grid.file,
      cell: `${columnLetter(cell.issue.col)}${cell.row}`,
    });
  }
}

/** Quiz points by row: per criterion, from the question columns or a spread total. */
export function readQuizRows(
  grid: Grid,
  headerIndex: number,
  columns: PointsColumn[],
  quiz: readonly Criterion[],
): PointsRead<QuizRow> {
  const rows: QuizRow[] = [];
  const problems: PointsProblem[] = [];
  const questions = columns.filter((c) => c.meaning?.kind === 'question');
  const total = columns.find((c) => c.meaning?.kind === 'total');
  for (const { cell, problem } of readableRows(grid, headerIndex, columns, problems)) {
    if (!cell.no) {
      problem(null, 'points.noNumber');
      continue;
    }
    const values: Record<string, number | null> = {};
    let bad = false;
    for (const column of questions) {
      const code = (column.meaning as { criterion: string }).criterion;
      const criterion = quiz.find((c) => c.code === code)!;
      const checked = checkMark(cell.text(column), criterion);
      if (checked.ok) values[code] = checked.value;
      else {
        bad = true;
        problem(column.header, checked.error.code, checked.error.params);
      }
    }
    const totalText = cell.text(total);
    if (bad) continue;
    if (total && totalText !== '') {
      const value = parsePoints(totalText.normalize('NFKC'));
      if (value === null) {
        problem(total.header, 'mark.notNumber', { value: totalText });
        continue;
      }
      if (questions.length > 0) {
        const given = Object.values(values);
        const sum = given.reduce<number>((s, v) => s + (v ?? 0), 0);
        if (given.some((v) => v === null) || sum !== value) {
          problem(total.header, 'points.totalMismatch', {
            total: formatPoints(value),
            sum: given.some((v) => v === null) ? '—' : formatPoints(sum),
          });
        }
        rows.push({ row: cell.row, no: cell.no, name: cell.name, values, fromTotal: false });
        continue;
      }
      const spread = spreadTotal(value, quiz);
      if (!spread) {
        problem(total.header, 'points.totalOffScale', {
          value: totalText,
          max: formatPoints(quiz.reduce((s, c) => s + c.max, 0)),
        });
        continue;
      }
      rows.push({ row: cell.row, no: cell.no, name: cell.name, values: spread, fromTotal: true });
      continue;
    }
    // A total column left blank: every question of the row is blank, not 0.
    if (total && questions.length === 0) for (const c of quiz) values[c.code] = null;
    rows.push({ row: cell.row, no: cell.no, name: cell.name, values, fromTotal: false });
  }
  return { rows, problems };
}

/** A total over the quiz criteria in order, each filled to its maximum on its step; or null. */
export function spreadTotal(
  total: number,
  quiz: readonly Criterion[],
): Record<string, number> | null {
  let rest = total;
  const values: Record<string, number> = {};
  for (const criterion of quiz) {
    const take = Math.min(rest, criterion.max) - (Math.min(rest, criterion.max) % criterion.step);
    values[criterion.code] = take;
    rest -= take;
  }
  return rest === 0 ? values : null;
}

/** Deductions by row: points (−2 or 2) and the reason; rows without points are no deduction. */
export function readDeductionRows(
  grid: Grid,
  headerIndex: number,
  columns: PointsColumn[],
): PointsRead<DeductionRow> {
  const rows: DeductionRow[] = [];
  const problems: PointsProblem[] = [];
  const points = columns.find((c) => c.meaning?.kind === 'points')!;
  const reason = columns.find((c) => c.meaning?.kind === 'reason');
  for (const { cell, problem } of readableRows(grid, headerIndex, columns, problems)) {
    const text = cell
      .text(points)
      .normalize('NFKC')
      .replace(/^[-−－]\s*/, '');
    const value = text === '' ? 0 : parsePoints(text);
    if (value === null) {
      problem(points.header, 'mark.notNumber', { value: cell.text(points) });
      continue;
    }
    if (value === 0) continue;
    if (!cell.no) {
      problem(null, 'points.noNumber');
      continue;
    }
    const why = cell.text(reason);
    if (!why) {
      problem(reason?.header ?? null, 'points.noReason');
      continue;
    }
    rows.push({
      row: cell.row,
      no: cell.no,
      name: cell.name,
      points: value,
      reason: why.slice(0, 500),
    });
  }
  return { rows, problems };
}
