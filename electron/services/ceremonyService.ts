import type { CeremonyScript } from '../../shared/api/stage';
import {
  awardsScript,
  type CeremonyOptions,
  type CeremonyTrack,
} from '../../shared/ceremony/awardsScript';
import type { Db } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readTracks } from '../store/tracksTable';
import { trackResults } from './resultsService';

/**
 * The ceremony over every track that gives awards (tiered or single), from each track's current results; each
 * track says whether those are its locked version, so a script printed before a lock (or after
 * a change) is known for a draft.
 */
export function ceremonyScript(db: Db, options: CeremonyOptions): CeremonyScript {
  const tracks: CeremonyTrack[] = [];
  const states: CeremonyScript['tracks'] = [];
  for (const track of readTracks(db)) {
    const tiered = track.awards.tiers.length > 0 || track.awards.rest !== null;
    const view = trackResults(db, track.code);
    // A track with no tiered awards is called up for its single awards, if it gave any.
    if (!tiered && view.singleAwards.length === 0) continue;
    const members = new Map(readEntries(db, track.code).map((e) => [e.id, e.members]));
    tracks.push({
      track,
      results: view.results,
      entries: view.entries.map((entry) => ({ ...entry, members: members.get(entry.id) ?? [] })),
      singleAwards: view.singleAwards,
    });
    states.push({
      code: track.code,
      state: !view.lock ? 'notLocked' : view.lock.current ? 'locked' : 'changedSinceLock',
      version: view.lock?.version ?? null,
    });
  }
  return { steps: awardsScript(tracks, options), tracks: states };
}
