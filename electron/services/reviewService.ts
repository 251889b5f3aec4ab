import { createHash } from 'node:crypto';
import type { ReviewQueue, ReviewQueueEntry } from '../../shared/api/onStage';
import { deviationThreshold } from '../../shared/consistency/judgeConsistency';
import type { Entry } from '../../shared/domain/people';
import { judgedTotal } from '../../shared/domain/rubric';
import { AppFailure } from '../../shared/errors';
import type { EntryResult } from '../../shared/scoring';
import { compareRunningOrder } from '../../shared/scoring/entryOrder';
import { judgeTotalPlaces } from '../../shared/scoring/markPlaces';
import {
  inQueue,
  type ReviewAction,
  type ReviewState,
  reviewItem,
} from '../../shared/stage/review';
import { type ScreenEntry, screenEntry } from '../../shared/stage/screenView';
import { currentActor } from '../store/auditActor';
import { recordAudit } from '../store/auditTable';
import { openConflictPairs } from '../store/conflictsTable';
import { type Db, inTransaction } from '../store/database';
import { readEntry } from '../store/entriesTable';
import { readPanelSeats } from '../store/panelSeatsTable';
import {
  bumpScreen,
  type ReviewRow,
  readDeviationPercent,
  readReviews,
  readScreen,
  readTimes,
  writeReview,
  writeScreen,
} from '../store/stageTable';
import { scoringInput, trackResultsOf } from './resultsService';
import { requireTrack } from './rubricService';

// The head judge's queue: entries whose marks are in, their flags, and the decision on each.
// A release freezes what the big screen shows for the entry (screenEntry) with the marks' hash;
// every decision is audited with who and when.

interface TrackStage {
  trackId: number;
  entries: Entry[];
  results: ReturnType<typeof trackResultsOf>;
  seats: Map<number, number>;
  conflicts: Set<string>;
  reviews: Map<number, ReviewRow>;
}

function readTrackStage(db: Db, trackCode: string): TrackStage {
  const input = scoringInput(db, trackCode);
  const results = trackResultsOf(db, input);
  const seats = new Map(
    readPanelSeats(db, input.trackId).flatMap((m) =>
      m.seat === null ? [] : [[m.judgeId, m.seat]],
    ),
  );
  return {
    trackId: input.trackId,
    entries: input.entries,
    results,
    seats: seats as Map<number, number>,
    conflicts: openConflictPairs(db, input.trackId),
    reviews: readReviews(db, input.trackId),
  };
}

function conflictJudges(stage: TrackStage, entryId: number): Set<number> {
  const judges = new Set<number>();
  for (const pair of stage.conflicts) {
    const [entry, judge] = pair.split(':').map(Number);
    if (entry === entryId && judge !== undefined) judges.add(judge);
  }
  return judges;
}

/** The figures a release stands for: marks, penalties, objective points and the final. */
function marksHash(result: EntryResult): string {
  const basis = {
    judges: result.judges.map((l) => [l.judgeId, l.total, l.status]),
    objective: result.objective,
    penalties: result.penalties,
    final: result.final,
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex');
}

export function reviewQueue(db: Db, trackCode: string): ReviewQueue {
  const { id, track } = requireTrack(db, trackCode);
  const percent = readDeviationPercent(db, id);
  const stage = readTrackStage(db, trackCode);
  const threshold = deviationThreshold(judgedTotal(track), percent);
  const byId = new Map(stage.results.results.entries.map((r) => [r.entryId, r]));
  const times = readTimes(db, stage.trackId);
  const entries = [...stage.entries]
    .filter((e) => e.status === 'competing')
    .sort(compareRunningOrder)
    .map((entry): ReviewQueueEntry => {
      const result = byId.get(entry.id)!;
      const item = reviewItem(stage.results.results, result, {
        threshold,
        conflictJudges: conflictJudges(stage, entry.id),
      });
      const review = stage.reviews.get(entry.id);
      const time = times.get(entry.id);
      return {
        entryId: entry.id,
        no: entry.no,
        name: entry.name,
        organization: entry.organization,
        drawOrder: entry.drawOrder,
        inQueue: inQueue(result),
        complete: item.complete,
        releasable: item.releasable,
        state: review?.state ?? 'waiting',
        changedSinceRelease: review?.state === 'released' && review.marksHash !== marksHash(result),
        decision: review ? { by: review.by, at: review.at, note: review.note } : null,
        flags: item.flags.map((f) => ({
          ...f,
          seat: 'judgeId' in f ? (stage.seats.get(f.judgeId) ?? null) : null,
        })),
        final: result.final,
        marks: result.judges
          .map((l) => ({
            seat: stage.seats.get(l.judgeId) ?? null,
            total: l.total,
            status: l.status,
          }))
          .sort((a, b) => (a.seat ?? 99) - (b.seat ?? 99)),
        time: time
          ? {
              elapsedMs: time.elapsedMs,
              startedAt: time.startedAt,
              measuredMs: time.measuredMs,
              deductionAccepted: time.deductionPenaltyId !== null,
            }
          : null,
      };
    });
  return {
    track: trackCode,
    thresholdPercent: percent,
    threshold,
    timeLimitSeconds: track.timeLimitSeconds,
    entries,
  };
}

/**
 * The head judge's decision. A release needs a publishable final and no open conflict; it
 * freezes the screen's figures and puts the entry up. A hold (or look again) of an entry on the
 * screen takes it down to the queue.
 */
export function decideEntry(
  db: Db,
  input: { entryId: number; action: ReviewAction; note: string },
): { state: ReviewState } {
  return inTransaction(db, () => {
    const entry = readEntry(db, input.entryId);
    if (!entry) throw AppFailure.of('stage.entryNotFound', { id: input.entryId });
    const { track } = requireTrack(db, entry.track);
    const stage = readTrackStage(db, entry.track);
    const current = stage.entries.find((e) => e.id === input.entryId)!;
    const result = stage.results.results.entries.find((r) => r.entryId === input.entryId)!;
    const before = stage.reviews.get(input.entryId) ?? null;
    if (input.action === 'lookAgain' && !input.note.trim()) {
      throw AppFailure.of('stage.lookAgainNeedsNote', { no: current.no });
    }
    let released: ScreenEntry | null = null;
    if (input.action === 'release') {
      const item = reviewItem(stage.results.results, result, {
        threshold: 0,
        conflictJudges: conflictJudges(stage, input.entryId),
      });
      if (!item.releasable) throw AppFailure.of('stage.notReleasable', { no: current.no });
      const others = stage.results.results.entries.filter(
        (r) => r.entryId !== input.entryId && stage.reviews.get(r.entryId)?.state === 'released',
      );
      const group =
        track.groups.length > 1
          ? (track.groups.find((g) => g.code === current.group)?.name ?? null)
          : null;
      released = screenEntry({
        entry: current,
        result,
        released: [...others, result],
        seats: stage.seats,
        places: judgeTotalPlaces(track),
        group,
      });
    }
    const screen = readScreen(db);
    // Released already, and nothing changed since: it goes up on the screen again, and neither
    // its release time (the appeal window runs from it) nor the log changes.
    if (released && before?.state === 'released' && before.marksHash === marksHash(result)) {
      writeScreen(db, {
        ...screen,
        trackId: stage.trackId,
        mode: 'entry',
        shownEntryId: input.entryId,
      });
      return { state: 'released' };
    }
    const state: ReviewState =
      input.action === 'release' ? 'released' : input.action === 'hold' ? 'held' : 'lookAgain';
    const review: ReviewRow = {
      entryId: input.entryId,
      state,
      note: input.note.trim(),
      by: currentActor(),
      at: new Date().toISOString(),
      marksHash: released ? marksHash(result) : null,
      released,
    };
    writeReview(db, review);
    recordAudit(db, {
      action: `stage.${input.action}`,
      subject: `entry:${input.entryId}`,
      before: before && { state: before.state, final: before.released?.final ?? null },
      after: { state, final: result.final, marks: released?.marks ?? null },
      reason: review.note,
    });
    if (state === 'released') {
      writeScreen(db, {
        ...screen,
        trackId: stage.trackId,
        mode: 'entry',
        shownEntryId: input.entryId,
      });
    } else if (screen.shownEntryId === input.entryId) {
      writeScreen(db, { ...screen, mode: 'queue', shownEntryId: null });
    } else {
      bumpScreen(db);
    }
    return { state };
  });
}
