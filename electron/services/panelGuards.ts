import type { JudgeInput } from '../../shared/domain/people';
import { AppFailure } from '../../shared/errors';
import type { Db } from '../store/database';
import { trackHasScores } from '../store/drawsTable';
import { latestResultVersion } from '../store/publicationTable';
import { requireTrack } from './rubricService';

/**
 * A judge joining a panel that already has marks or locked results changes every entry's panel
 * (a new missing judge, a new trim), so the save warns first: refused with this code until the
 * organizer confirms. Joining an untouched panel, or editing a judge already on it, is not asked.
 */
export function refuseUnconfirmedJoin(db: Db, before: readonly string[], judge: JudgeInput): void {
  const warnings = judge.tracks
    .filter((code) => !before.includes(code))
    .map((code) => requireTrack(db, code))
    .filter(({ id }) => trackHasScores(db, id) || latestResultVersion(db, id) !== null)
    .map(({ id, track }) => ({
      code: 'judge.joinsScoredPanel' as const,
      params: {
        judge: judge.name,
        track: track.name,
        state: latestResultVersion(db, id)
          ? { zh: '成绩已锁定', en: 'its results are locked' }
          : { zh: '已有评分', en: 'it already has marks' },
      },
    }));
  if (warnings.length > 0) throw new AppFailure(warnings);
}
