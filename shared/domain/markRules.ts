import type { AppError } from '../errors';
import { formatPoints, parsePoints } from './points';
import type { Criterion } from './rubric';

export type MarkCheck = { ok: true; value: number | null } | { ok: false; error: AppError };

/**
 * What a judge typed into a cell: empty clears it (blank is not zero), anything else must be a
 * number within the criterion's range and on its step.
 */
export function checkMark(text: string, criterion: Criterion): MarkCheck {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = parsePoints(trimmed);
  const params = {
    criterion: criterion.name,
    value: trimmed,
    max: formatPoints(criterion.max),
    step: formatPoints(criterion.step),
  };
  if (value === null) return { ok: false, error: { code: 'mark.notNumber', params } };
  if (value > criterion.max) return { ok: false, error: { code: 'mark.aboveMax', params } };
  if (value % criterion.step !== 0) return { ok: false, error: { code: 'mark.offStep', params } };
  return { ok: true, value };
}
