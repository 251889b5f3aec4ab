import type { ScreenSettings, TimerAnswer } from '../../shared/api/onStage';
import type { Entry } from '../../shared/domain/people';
import { AppFailure } from '../../shared/errors';
import { compareRunningOrder } from '../../shared/scoring/entryOrder';
import { queueLine, type ScreenView } from '../../shared/stage/screenView';
import {
  applyTimer,
  idleTimer,
  type ProposedDeduction,
  proposedDeduction,
  type TimerCommand,
} from '../../shared/stage/timer';
import { type Db, inTransaction } from '../store/database';
import { readEntries, readEntry } from '../store/entriesTable';
import {
  bumpScreen,
  type PerformanceTime,
  readReviews,
  readScreen,
  readTime,
  trackCodeOf,
  writeScreen,
  writeTime,
} from '../store/stageTable';
import { readTracks } from '../store/tracksTable';
import { loadCompetition } from './competitionService';
import { addPenalty } from './marksService';
import { requireTrack } from './rubricService';

// The big screen: what the head table puts up, and the one view the display role reads. The
// view holds released entries only, as frozen at their release.

export function screenSettings(db: Db): ScreenSettings & { version: number } {
  const row = readScreen(db);
  const track = row.trackId === null ? null : (trackCodeOf(db, row.trackId) ?? null);
  return {
    version: row.version,
    track,
    mode: row.mode,
    shownEntryId: row.shownEntryId,
    onStageEntryId: row.onStageEntryId,
    ceremony: row.ceremony,
    english: row.english,
    showTimer: row.showTimer,
  };
}

/** The head table's choice of what shows; an entry put up must be released, of that track. */
export function setScreen(db: Db, settings: ScreenSettings): ScreenSettings & { version: number } {
  return inTransaction(db, () => {
    const trackId = settings.track === null ? null : requireTrack(db, settings.track).id;
    const reviews = trackId === null ? new Map() : readReviews(db, trackId);
    for (const id of [settings.shownEntryId, settings.onStageEntryId]) {
      if (id === null) continue;
      const entry = readEntry(db, id);
      if (!entry || entry.track !== settings.track)
        throw AppFailure.of('stage.entryNotFound', { id });
    }
    if (
      settings.shownEntryId !== null &&
      reviews.get(settings.shownEntryId)?.state !== 'released'
    ) {
      const entry = readEntry(db, settings.shownEntryId)!;
      throw AppFailure.of('stage.notReleased', { no: entry.no });
    }
    const mode =
      settings.mode === 'entry' && settings.shownEntryId === null ? 'queue' : settings.mode;
    writeScreen(db, { ...settings, mode, trackId });
    return screenSettings(db);
  });
}

/** Everything the big screen shows, and nothing else. */
export function screenView(db: Db, now = Date.now()): ScreenView {
  const row = readScreen(db);
  const competition = loadCompetition(db).name;
  const track = row.trackId === null ? undefined : trackById(db, row.trackId);
  const empty: ScreenView = {
    version: row.version,
    mode: row.mode,
    english: row.english,
    ceremony: row.ceremony,
    competition,
    track: track?.name ?? null,
    entry: null,
    queue: { current: null, next: null, prepare: null },
    timer: null,
  };
  if (!track || row.trackId === null)
    return { ...empty, mode: row.mode === 'blank' ? 'blank' : 'queue' };
  const reviews = readReviews(db, row.trackId);
  const shown = row.shownEntryId === null ? undefined : reviews.get(row.shownEntryId);
  const released = shown?.state === 'released' ? shown.released : null;
  const order = readEntries(db, track.code)
    .filter((e) => e.status === 'competing')
    .sort(compareRunningOrder);
  const queue = runningQueue(
    order,
    row.onStageEntryId,
    (id) => reviews.get(id)?.state === 'released',
  );
  const onStage = row.onStageEntryId === null ? undefined : readTime(db, row.onStageEntryId);
  const onStageNo = order.find((e) => e.id === row.onStageEntryId)?.no;
  return {
    ...empty,
    mode: row.mode === 'entry' && !released ? 'queue' : row.mode,
    entry: released ? { ...released, rank: row.ceremony ? null : released.rank } : null,
    queue,
    timer:
      row.showTimer && onStageNo !== undefined
        ? {
            ...(onStage ?? idleTimer),
            limitSeconds: track.timeLimitSeconds,
            serverNow: now,
            no: onStageNo,
          }
        : null,
  };
}

function trackById(db: Db, id: number) {
  const code = trackCodeOf(db, id);
  return readTracks(db).find((t) => t.code === code);
}

/**
 * 当前 / 下一位 / 准备: the entry on stage (the head table's choice, else the first in the
 * running order not yet released), then the two after it in the running order.
 */
export function runningQueue(
  order: readonly Entry[],
  onStageId: number | null,
  isReleased: (id: number) => boolean,
): ScreenView['queue'] {
  let at = onStageId === null ? -1 : order.findIndex((e) => e.id === onStageId);
  if (at < 0) at = order.findIndex((e) => !isReleased(e.id));
  const line = (i: number) => (at >= 0 && order[i] ? queueLine(order[i]) : null);
  return { current: line(at), next: line(at + 1), prepare: line(at + 2) };
}

/** Start, pause, stop or reset an entry's timer; starting puts the entry on stage. */
export function runTimer(
  db: Db,
  entryId: number,
  command: TimerCommand,
  now = Date.now(),
): TimerAnswer {
  return inTransaction(db, () => {
    const entry = readEntry(db, entryId);
    if (!entry) throw AppFailure.of('stage.entryNotFound', { id: entryId });
    const before = readTime(db, entryId) ?? { entryId, ...idleTimer, deductionPenaltyId: null };
    if (command === 'reset' && before.deductionPenaltyId !== null) {
      throw AppFailure.of('stage.timeDeductionAccepted', { no: entry.no });
    }
    const next = applyTimer(before, command, now);
    const time: PerformanceTime = { ...before, ...next };
    writeTime(db, time);
    if (command === 'start') {
      const screen = readScreen(db);
      const { id: trackId } = requireTrack(db, entry.track);
      writeScreen(db, { ...screen, trackId, onStageEntryId: entryId });
    } else {
      bumpScreen(db);
    }
    return { time, proposal: proposal(db, entry, time) };
  });
}

function proposal(db: Db, entry: Entry, time: PerformanceTime): ProposedDeduction | null {
  if (time.measuredMs === null) return null;
  return proposedDeduction(requireTrack(db, entry.track).track, time.measuredMs);
}

export function timerState(db: Db, entryId: number): TimerAnswer {
  const entry = readEntry(db, entryId);
  if (!entry) throw AppFailure.of('stage.entryNotFound', { id: entryId });
  const time = readTime(db, entryId) ?? { entryId, ...idleTimer, deductionPenaltyId: null };
  return { time, proposal: proposal(db, entry, time) };
}

/**
 * The head judge accepts the deduction the measured time proposes: it becomes the entry's
 * penalty of the track's overtime rule (addPenalty: audited, with its reason), once.
 */
export function acceptTimeDeduction(db: Db, entryId: number, reason: string): TimerAnswer {
  return inTransaction(db, () => {
    const { time, proposal: proposed } = timerState(db, entryId);
    const entry = readEntry(db, entryId)!;
    if (time.deductionPenaltyId !== null) {
      throw AppFailure.of('stage.timeDeductionAccepted', { no: entry.no });
    }
    if (!proposed) throw AppFailure.of('stage.noTimeDeduction', { no: entry.no });
    const penalty = addPenalty(db, {
      entryId,
      rule: proposed.rule.code,
      points: proposed.points,
      reason,
    });
    const accepted = { ...time, deductionPenaltyId: penalty.id };
    writeTime(db, accepted);
    bumpScreen(db);
    return { time: accepted, proposal: proposed };
  });
}
