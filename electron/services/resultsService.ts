import type { TrackResultsView } from '../../shared/api/results';
import type { Entry } from '../../shared/domain/people';
import { AppFailure } from '../../shared/errors';
import { computeTrackResults, type TrackResultsInput } from '../../shared/scoring';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readMarks, readPenalties } from '../store/marksTable';
import {
  insertResultVersion,
  latestResultVersion,
  type ResultVersion,
  readSingleAwards,
} from '../store/publicationTable';
import { snapshotBefore } from '../store/snapshots';
import { hashInput } from './resultsInputHash';
import { requireTrack } from './rubricService';

export function scoringInput(
  db: Db,
  trackCode: string,
): { trackId: number; input: TrackResultsInput; entries: Entry[] } {
  const { id, track } = requireTrack(db, trackCode);
  const entries = readEntries(db, trackCode);
  const input: TrackResultsInput = {
    track,
    entries: entries.map(({ id: entryId, group, no, name, status }) => ({
      id: entryId,
      group,
      no,
      name,
      status,
    })),
    ...readMarks(db, id, track),
  };
  return { trackId: id, input, entries };
}

export function trackResults(db: Db, trackCode: string): TrackResultsView {
  return trackResultsOf(db, scoringInput(db, trackCode));
}

/** trackResults from marks already read (the export reads them once for results and detail). */
export function trackResultsOf(
  db: Db,
  { trackId, input, entries }: ReturnType<typeof scoringInput>,
): TrackResultsView {
  const inputHash = hashInput(input);
  const locked = latestResultVersion(db, trackId);
  return {
    results: computeTrackResults(input),
    entries,
    judges: input.judges,
    penalties: readPenalties(db, trackId),
    singleAwards: readSingleAwards(db, trackId),
    lock: locked && { ...locked, current: locked.inputHash === inputHash },
    inputHash,
  };
}

/**
 * Locking publishes a version. Version 1 needs only a name; any later version exists because
 * something changed after publication, so it also needs the reason.
 */
export function lockResults(db: Db, trackCode: string, by: string, reason: string): ResultVersion {
  // A snapshot before each new version (not when the lock is already current: nothing changes).
  if (!trackResults(db, trackCode).lock?.current) snapshotBefore(db, db.name, 'lock');
  return inTransaction(db, () => {
    const view = trackResults(db, trackCode);
    const { id } = requireTrack(db, trackCode);
    if (view.lock?.current) return view.lock;
    if (view.lock && !reason.trim()) throw AppFailure.of('results.reasonRequired');
    const version: ResultVersion = {
      version: (view.lock?.version ?? 0) + 1,
      lockedAt: new Date().toISOString(),
      lockedBy: by,
      reason: reason.trim(),
      inputHash: view.inputHash,
    };
    insertResultVersion(db, id, version, view.results);
    recordAudit(db, {
      actor: by,
      action: 'results.lock',
      subject: `track:${trackCode}`,
      before: view.lock,
      after: version,
      reason: version.reason,
    });
    return version;
  });
}

/** After a track's results are locked, every change to its marks says why. */
export function requireReasonIfLocked(db: Db, trackId: number, reason: string | undefined): void {
  if (latestResultVersion(db, trackId) && !reason?.trim()) {
    throw AppFailure.of('results.lockedReasonRequired');
  }
}
