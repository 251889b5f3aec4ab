import type { AppError } from '../errors';
import { formatPoints } from './points';
import { type Track, trackTotal } from './rubric';

/** Full marks a track is expected to total: the competition scores every entry out of 100. */
export const EXPECTED_TOTAL = 100_00;

/**
 * What an organizer should look at before saving but may keep: a track whose criteria add up to
 * something other than 100 (a slip such as 101, or a deliberate 50-point round). Never a refusal.
 */
export function rubricWarnings(track: Track): AppError[] {
  const total = trackTotal(track);
  if (total === EXPECTED_TOTAL) return [];
  return [
    {
      code: 'rubric.totalNotExpected',
      params: { total: formatPoints(total), expected: formatPoints(EXPECTED_TOTAL) },
    },
  ];
}
