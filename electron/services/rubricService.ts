import type { Track } from '../../shared/domain/rubric';
import { marksOffNewScale, type OffScaleMark } from '../../shared/domain/rubricChange';
import { checkTrack, checkTrackNames } from '../../shared/domain/rubricRules';
import type { LocalizedText } from '../../shared/domain/text';
import { type AppError, AppFailure } from '../../shared/errors';
import { blankTrack } from '../../shared/templates/defaults';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { countEntries } from '../store/entriesTable';
import { readIssuedJudgeFiles } from '../store/issuedJudgeFilesTable';
import { readJudges } from '../store/judgesTable';
import { snapshotBefore } from '../store/snapshots';
import {
  deleteTrack,
  insertTrack,
  readTracks,
  recordedMarks,
  replaceTrack,
  trackId,
  usedGroupsMissingFrom,
} from '../store/tracksTable';
import { rubricFingerprint } from './signing';

export function requireTrack(db: Db, code: string): { id: number; track: Track } {
  const id = trackId(db, code);
  const track = readTracks(db).find((t) => t.code === code);
  if (id === undefined || !track) throw AppFailure.of('track.notFound', { code });
  return { id, track };
}

/** A new track with one judged criterion, under a code not yet taken. */
export function addTrack(db: Db, name: LocalizedText): Track {
  return inTransaction(db, () => {
    const taken = new Set(readTracks(db).map((t) => t.code));
    let n = taken.size + 1;
    while (taken.has(`track-${n}`)) n++;
    const track = blankTrack(`track-${n}`, name);
    refuseIfBroken(readTracks(db), track);
    insertTrack(db, track);
    recordAudit(db, {
      action: 'track.add',
      subject: track.code,
      before: null,
      after: track,
    });
    return track;
  });
}

/** A refusal lists this many marks at most, then says how many more. */
const LISTED_MARKS = 50;

export interface SavedTrack {
  track: Track;
  /** Judges holding a judge file of this track that the change makes stale: issue theirs again. */
  reissue: Array<{ judgeId: number; judge: string }>;
  /** Marks now off their scale (only when applied anyway): flagged in results, not counted. */
  offScale: OffScaleMark[];
}

export interface SaveTrackOptions {
  /** Apply although marks fall off their scale; the reason goes into the audit. */
  force?: { reason: string };
}

/**
 * Saves an edited track whole, or refuses it with every reason at once. A change that leaves a
 * recorded mark off its scale is refused with those marks listed; with `force` and a reason it is
 * applied after a snapshot, and the results show those judges' lines as off-scale, uncounted. A
 * criterion with marks is never removed (its marks would be lost), forced or not.
 */
export function saveTrack(
  db: Db,
  code: string,
  track: Track,
  options: SaveTrackOptions = {},
): SavedTrack {
  const first = checkSave(db, code, track, options);
  // A snapshot once the rubric matters (marks in, or files out), never for every early edit: the
  // rotation keeps 20 and must not lose the merges' to a morning of renaming criteria.
  if (first.off.length > 0 || (first.reissue.length > 0 && first.judging)) {
    snapshotBefore(db, db.name, 'rubric-change');
  }
  return inTransaction(db, () => {
    const { id, before, off, reissue } = checkSave(db, code, track, options);
    replaceTrack(db, id, track);
    const reason = options.force?.reason.trim() ?? '';
    recordAudit(db, {
      action: off.length > 0 ? 'track.saveOffScale' : 'track.save',
      subject: code,
      before,
      after: off.length > 0 ? { track, offScale: off } : track,
      reason,
    });
    return { track: requireTrack(db, track.code).track, reissue, offScale: off };
  });
}

function checkSave(db: Db, code: string, track: Track, options: SaveTrackOptions) {
  const { id, track: before } = requireTrack(db, code);
  const others = readTracks(db).filter((t) => t.code !== code);
  refuseIfBroken(others, track);
  const used = usedGroupsMissingFrom(db, id, track);
  if (used.length > 0) {
    throw new AppFailure(
      used.map((g) => ({ code: 'track.groupHasEntries', params: { group: g.name } })),
    );
  }
  const marks = recordedMarks(db, id);
  const off = marksOffNewScale(before, track, marks);
  const removed = off.filter((m) => m.reason === 'removed');
  if (removed.length > 0) {
    const names = [...new Map(removed.map((m) => [m.criterion, m.criterionName])).values()];
    throw new AppFailure([
      ...names.map((name) => ({
        code: 'track.criterionHasScores' as const,
        params: { criterion: name },
      })),
      ...listed(removed),
    ]);
  }
  if (off.length > 0 && !options.force) throw new AppFailure(listed(off));
  if (off.length > 0 && !options.force?.reason.trim()) {
    throw AppFailure.of('track.forceReasonRequired', { count: off.length });
  }
  return {
    id,
    before,
    off,
    reissue: staleJudgeFiles(db, before, track),
    judging: marks.length > 0,
  };
}

/** One error per mark, as the rubric page lists them; a long list ends with how many more. */
function listed(off: readonly OffScaleMark[]): AppError[] {
  const errors: AppError[] = off.slice(0, LISTED_MARKS).map((m) => ({
    code: 'track.markOffScale',
    params: {
      entry: m.entryNo,
      name: m.entryName,
      judge: m.judge ?? { zh: '记分员', en: 'scorekeeper' },
      criterion: m.criterionName,
      mark: (m.value / 100).toString(),
      max: m.max === null ? '—' : (m.max / 100).toString(),
      step: m.step === null ? '—' : (m.step / 100).toString(),
    },
  }));
  if (off.length > LISTED_MARKS) {
    errors.push({ code: 'track.moreMarksOffScale', params: { count: off.length - LISTED_MARKS } });
  }
  return errors;
}

/**
 * Judges with a judge file issued for this track whose file the change makes stale: the track's
 * part of the rubric fingerprint (codes, kinds, maxima, steps) changed. The head table's list of
 * stale judge files says the same from what was issued; this is the answer to the save.
 */
function staleJudgeFiles(db: Db, before: Track, after: Track): SavedTrack['reissue'] {
  if (rubricFingerprint([before]) === rubricFingerprint([after])) return [];
  const issued = readIssuedJudgeFiles(db);
  return readJudges(db)
    .filter((j) => j.tracks.includes(before.code) && issued.has(j.id))
    .map((j) => ({ judgeId: j.id, judge: j.name }));
}

export function removeTrack(db: Db, code: string): void {
  inTransaction(db, () => {
    const { id, track } = requireTrack(db, code);
    const count = countEntries(db, id);
    if (count > 0) throw AppFailure.of('track.hasEntries', { track: track.name, count });
    deleteTrack(db, id);
    recordAudit(db, {
      action: 'track.remove',
      subject: code,
      before: track,
      after: null,
    });
  });
}

function refuseIfBroken(others: Track[], track: Track): void {
  const errors = [...checkTrack(track), ...checkTrackNames([...others, track])];
  if (errors.length > 0) throw new AppFailure(errors);
}
