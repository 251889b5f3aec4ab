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
  const off = offScale(value, criterion);
  if (off) return { ok: false, error: { code: `mark.${off}`, params } };
  return { ok: true, value };
}

/** Why a recorded mark (hundredths) is off a criterion's scale, or null when it fits. */
export function offScale(
  value: number,
  criterion: Pick<Criterion, 'max' | 'step'>,
): 'aboveMax' | 'offStep' | null {
  if (value > criterion.max) return 'aboveMax';
  if (value % criterion.step !== 0) return 'offStep';
  return null;
}
