import { AppFailure } from '../../shared/errors';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { postedResults } from '../../shared/formats/postedResults';
import type { UnsignedResultsFile } from '../../shared/formats/resultsFile';
import type { TrackResults } from '../../shared/scoring';
import { readCompetition } from '../store/competitionTable';
import type { Db } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readLockedVersion, writePosted } from '../store/postedResultsTable';
import { readSingleAwards } from '../store/publicationTable';
import { competitionKeyPair } from './competitionKeys';
import { requireTrack } from './rubricService';
import { keyFingerprint } from './signing';

// A locked version's posted list, kept with the version: written in the lock's own transaction
// (from the results the lock stored), so an organization corrected or a special award added
// afterwards appears in the next version, never in one already posted. A version locked by a
// ScoreDesk from before signed publication gets its list on its first export, and keeps it.

/** The posted list of a track's latest locked version, or of `version`. */
export function postedList(db: Db, trackCode: string, version?: number): UnsignedResultsFile {
  const { id, track } = requireTrack(db, trackCode);
  const row = readLockedVersion(db, id, version);
  if (!row) {
    throw version === undefined
      ? AppFailure.of('signedResults.notLocked', { track: trackCode })
      : AppFailure.of('signedResults.versionNotFound', { version });
  }
  if (row.posted) return JSON.parse(row.posted) as UnsignedResultsFile;
  const { publicKey } = competitionKeyPair(db);
  const unsigned = postedResults({
    competition: { ...readCompetition(db), publicKey, fingerprint: keyFingerprint(publicKey) },
    track,
    results: JSON.parse(row.results) as TrackResults,
    entries: readEntries(db, trackCode),
    singleAwards: readSingleAwards(db, id),
    publication: {
      version: row.version,
      lockedAt: row.lockedAt,
      lockedBy: row.lockedBy,
      reason: row.reason,
      inputHash: row.inputHash,
    },
  });
  writePosted(db, id, row.version, canonicalJson(unsigned));
  return unsigned;
}
