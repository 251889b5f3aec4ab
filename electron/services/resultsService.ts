import type { Language } from '../../shared/api/app';
import type { TrackResultsView } from '../../shared/api/results';
import type { Entry } from '../../shared/domain/people';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { joinList } from '../../shared/i18n/lists';
import { bySeat } from '../../shared/panel/seats';
import {
  computeTrackResults,
  hasPublishable,
  type LockBlocker,
  lockBlockers,
  type TrackResultsInput,
  unacknowledged,
} from '../../shared/scoring';
import { recordAudit } from '../store/auditTable';
import { openConflictPairs } from '../store/conflictsTable';
import { type Db, inTransaction } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readMarks, readPenalties } from '../store/marksTable';
import { readPanelSeats } from '../store/panelSeatsTable';
import {
  insertResultVersion,
  latestResultVersion,
  type ResultVersion,
  readSingleAwards,
} from '../store/publicationTable';
import { snapshotBefore } from '../store/snapshots';
import { postedList } from './postedResultsService';
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
  const results = computeTrackResults(input);
  const seats = new Map(readPanelSeats(db, trackId).map((m) => [m.judgeId, m.seat]));
  const conflicts = new Set(
    [...openConflictPairs(db, trackId)].map((pair) => Number(pair.split(':')[0])),
  );
  return {
    results,
    blockers: lockBlockers(results, conflicts),
    publishable: hasPublishable(results),
    entries,
    // Seats are for reading only: the engine and the input hash keep the judges by id.
    judges: bySeat(input.judges.map((judge) => ({ ...judge, seat: seats.get(judge.id) ?? null }))),
    penalties: readPenalties(db, trackId),
    singleAwards: readSingleAwards(db, trackId),
    lock: locked && { ...locked, current: locked.inputHash === inputHash },
    inputHash,
  };
}

/**
 * Locking publishes a version. Version 1 needs only a name; any later version exists because
 * something changed after publication, so it also needs the reason. Nothing publishable is never
 * locked, and each kind of blocking flag (lockBlockers) must be in `acknowledged`: the head judge
 * confirmed it on screen. A kind not acknowledged refuses the lock with every one still open.
 */
export function lockResults(
  db: Db,
  trackCode: string,
  by: string,
  reason: string,
  acknowledged: readonly string[] = [],
): ResultVersion {
  prepareLock(db, trackCode, acknowledged);
  return writeLock(db, trackCode, by, reason, acknowledged);
}

/**
 * Before a new version, outside any transaction: refused while a blocker is unconfirmed, then a
 * snapshot (none when the lock is already current: nothing changes).
 */
export function prepareLock(
  db: Db,
  trackCode: string,
  acknowledged: readonly string[],
  view: TrackResultsView = trackResults(db, trackCode),
): void {
  if (view.lock?.current) return;
  refuseUnconfirmed(view, acknowledged);
  snapshotBefore(db, db.name, 'lock');
}

/**
 * The new version itself, in a transaction of its own or within the caller's (an upheld
 * appeal's decision): the caller has taken the snapshot, which no transaction may be open for.
 */
export function writeLock(
  db: Db,
  trackCode: string,
  by: string,
  reason: string,
  acknowledged: readonly string[] = [],
): ResultVersion {
  return inTransaction(db, () => {
    const view = trackResults(db, trackCode);
    const { id } = requireTrack(db, trackCode);
    if (view.lock?.current) return view.lock;
    refuseUnconfirmed(view, acknowledged);
    if (view.lock && !reason.trim()) throw AppFailure.of('results.reasonRequired');
    const version: ResultVersion = {
      version: (view.lock?.version ?? 0) + 1,
      lockedAt: new Date().toISOString(),
      lockedBy: by,
      reason: reason.trim(),
      inputHash: view.inputHash,
    };
    insertResultVersion(db, id, version, view.results);
    // The posted list is kept with the version, in the same transaction (postedResultsService).
    postedList(db, trackCode, version.version);
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

function refuseUnconfirmed(view: TrackResultsView, acknowledged: readonly string[]): void {
  if (!view.publishable) throw AppFailure.of('results.nothingToPublish');
  const open = unacknowledged(view.blockers, acknowledged);
  if (open.length > 0) throw new AppFailure(open.map(unconfirmedError));
}

/** The first twenty entry numbers, in running text. */
function shortList(language: Language, entries: readonly string[]): string {
  return joinList(language, entries.slice(0, 20)) + (entries.length > 20 ? '…' : '');
}

function unconfirmedError(blocker: LockBlocker) {
  const key = `flag.${blocker.flag}` as const;
  return {
    code: 'results.lockUnconfirmed' as const,
    params: {
      flag: { zh: translate('zh-CN', key), en: translate('en', key) },
      count: blocker.entries.length,
      entries: {
        zh: shortList('zh-CN', blocker.entries),
        en: shortList('en', blocker.entries),
      },
    },
  };
}

/** After a track's results are locked, every change to its marks says why. */
export function requireReasonIfLocked(db: Db, trackId: number, reason: string | undefined): void {
  if (latestResultVersion(db, trackId) && !reason?.trim()) {
    throw AppFailure.of('results.lockedReasonRequired');
  }
}
