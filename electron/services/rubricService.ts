import type { Track } from '../../shared/domain/rubric';
import { checkTrack, checkTrackNames } from '../../shared/domain/rubricRules';
import type { LocalizedText } from '../../shared/domain/text';
import { AppFailure } from '../../shared/errors';
import { blankTrack } from '../../shared/templates/defaults';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { countEntries } from '../store/entriesTable';
import {
  deleteTrack,
  insertTrack,
  readTracks,
  replaceTrack,
  scoredCriteriaMissingFrom,
  trackId,
  usedGroupsMissingFrom,
} from '../store/tracksTable';

const ACTOR = 'organizer';

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
      actor: ACTOR,
      action: 'track.add',
      subject: track.code,
      before: null,
      after: track,
    });
    return track;
  });
}

/** Saves an edited track whole, or refuses it with every reason at once. */
export function saveTrack(db: Db, code: string, track: Track): Track {
  return inTransaction(db, () => {
    const { id, track: before } = requireTrack(db, code);
    const others = readTracks(db).filter((t) => t.code !== code);
    refuseIfBroken(others, track);
    const scored = scoredCriteriaMissingFrom(db, id, track);
    if (scored.length > 0) {
      throw new AppFailure(
        scored.map((c) => ({ code: 'track.criterionHasScores', params: { criterion: c.name } })),
      );
    }
    const used = usedGroupsMissingFrom(db, id, track);
    if (used.length > 0) {
      throw new AppFailure(
        used.map((g) => ({ code: 'track.groupHasEntries', params: { group: g.name } })),
      );
    }
    replaceTrack(db, id, track);
    recordAudit(db, { actor: ACTOR, action: 'track.save', subject: code, before, after: track });
    return requireTrack(db, track.code).track;
  });
}

export function removeTrack(db: Db, code: string): void {
  inTransaction(db, () => {
    const { id, track } = requireTrack(db, code);
    const count = countEntries(db, id);
    if (count > 0) throw AppFailure.of('track.hasEntries', { track: track.name, count });
    deleteTrack(db, id);
    recordAudit(db, {
      actor: ACTOR,
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
