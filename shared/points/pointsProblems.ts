import type { Language } from '../api/app';
import type { AppError } from '../errors';
import { translate } from '../i18n/catalog';
import type { PointsProblem } from './pointsSheet';

/** “第 5 行 · 025 郭志远 · 第2题：3 超过满分 1”, in both languages, as one error value. */
export function pointsProblemError(problem: PointsProblem): AppError {
  // The separators and the number and name are the same in both languages.
  const who = problem.no !== null ? ` · ${problem.no} ${problem.name ?? ''}`.trimEnd() : '';
  const column = problem.column !== null ? ` · ${problem.column}` : '';
  const text = (language: Language) => ({
    who,
    column,
    message: translate(language, problem.code, problem.params),
  });
  const zh = text('zh-CN');
  const en = text('en');
  return {
    code: 'points.at',
    params: {
      row: problem.row,
      who: { zh: zh.who, en: en.who },
      column: { zh: zh.column, en: en.column },
      message: { zh: zh.message, en: en.message },
    },
  };
}
