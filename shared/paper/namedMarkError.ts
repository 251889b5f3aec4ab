import type { AppError } from '../errors';
import type { MessageKey } from '../i18n/catalog';

const named: Record<string, MessageKey> = {
  'mark.aboveMax': 'entryGrid.aboveMax',
  'mark.offStep': 'entryGrid.offStep',
  'mark.notNumber': 'entryGrid.notNumber',
};

/**
 * A mark refused by its check (checkMark), said as the paper says it: the contestant's number
 * and name and the criterion, never a cell address — "025 郭志远 · 科学内容与主题：35 超过满分 30".
 */
export function namedMarkError(entry: { no: string; name: string }, error: AppError): AppError {
  const code = named[error.code];
  if (!code) return error;
  return { code, params: { ...error.params, no: entry.no, name: entry.name } };
}
