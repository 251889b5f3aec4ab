import type { ConsistencyView } from '../../shared/api/stage';
import {
  DEFAULT_DEVIATION_PERCENT,
  defaultThreshold,
  judgeConsistency,
} from '../../shared/consistency/judgeConsistency';
import { judgedTotal } from '../../shared/domain/rubric';
import type { Db } from '../store/database';
import { readJudges } from '../store/judgesTable';
import { trackResults } from './resultsService';
import { requireTrack } from './rubricService';

/**
 * How each judge of a track's panel marked against the others, from the same results the
 * screen and the lock use (so the dropped marks are the ones struck out there).
 */
export function trackConsistency(
  db: Db,
  trackCode: string,
  thresholdPercent = DEFAULT_DEVIATION_PERCENT,
): ConsistencyView {
  const { track } = requireTrack(db, trackCode);
  const view = trackResults(db, trackCode);
  const regions = new Map(readJudges(db).map((judge) => [judge.id, judge.region]));
  const report = judgeConsistency({
    results: view.results,
    judges: view.judges.map((judge) => ({ ...judge, region: regions.get(judge.id) ?? '' })),
    regions: new Map(view.entries.map((entry) => [entry.id, entry.region])),
    threshold: defaultThreshold(track, thresholdPercent),
  });
  return {
    ...report,
    thresholdPercent,
    fullMarks: judgedTotal(track),
    lock: view.lock && { version: view.lock.version, current: view.lock.current },
  };
}
