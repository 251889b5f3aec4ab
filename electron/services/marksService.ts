import type { Penalty } from '../../shared/domain/records';
import { AppFailure } from '../../shared/errors';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { readEntry } from '../store/entriesTable';
import {
  criterionId,
  deletePenalty,
  insertPenalty,
  readObjective,
  readPenalty,
  writeObjective,
} from '../store/marksTable';
import { deleteSingleAward, insertSingleAward, readSingleAward } from '../store/publicationTable';
import { requireReasonIfLocked } from './resultsService';
import { requireTrack } from './rubricService';

function entryTrack(db: Db, entryId: number) {
  const entry = readEntry(db, entryId);
  if (!entry) throw AppFailure.of('entry.notFound', { id: entryId });
  return { entry, ...requireTrack(db, entry.track) };
}

/** The scorekeeper's value for an objective criterion (a quiz question); null clears it. */
export function setObjective(
  db: Db,
  input: { entryId: number; criterion: string; value: number | null; reason?: string },
): void {
  inTransaction(db, () => {
    const { entry, id: trackId, track } = entryTrack(db, input.entryId);
    const segment = track.segments.find((s) => s.criteria.some((c) => c.code === input.criterion));
    const criterion = segment?.criteria.find((c) => c.code === input.criterion);
    if (!segment || !criterion || segment.kind !== 'objective') {
      throw AppFailure.of('marks.notObjective', { criterion: input.criterion });
    }
    if (
      input.value !== null &&
      (input.value > criterion.max || input.value % criterion.step !== 0)
    ) {
      throw AppFailure.of('marks.outOfRange', {
        criterion: criterion.name,
        max: criterion.max / 100,
        step: criterion.step / 100,
      });
    }
    requireReasonIfLocked(db, trackId, input.reason);
    const cId = criterionId(db, trackId, criterion.code)!;
    const before = readObjective(db, entry.id, cId);
    if (before === input.value) return;
    writeObjective(db, entry.id, cId, input.value);
    recordAudit(db, {
      action: 'objective.set',
      subject: `entry:${entry.id}:${criterion.code}`,
      before,
      after: input.value,
      reason: input.reason,
    });
  });
}

export function addPenalty(
  db: Db,
  input: { entryId: number; rule: string | null; points: number; reason: string },
): Penalty {
  return inTransaction(db, () => {
    const { id: trackId, track } = entryTrack(db, input.entryId);
    if (input.rule !== null && !track.penalties.some((p) => p.code === input.rule)) {
      throw AppFailure.of('marks.unknownPenalty', { rule: input.rule });
    }
    // The deduction's own reason is the why of this change, locked or not.
    requireReasonIfLocked(db, trackId, input.reason);
    const id = insertPenalty(db, input);
    const penalty = readPenalty(db, id)!;
    recordAudit(db, {
      action: 'penalty.add',
      subject: `entry:${input.entryId}`,
      before: null,
      after: penalty,
      reason: input.reason,
    });
    return penalty;
  });
}

export function removePenalty(db: Db, input: { id: number; reason?: string }): void {
  inTransaction(db, () => {
    const penalty = readPenalty(db, input.id);
    if (!penalty) throw AppFailure.of('marks.penaltyNotFound', { id: input.id });
    const { id: trackId } = entryTrack(db, penalty.entryId);
    requireReasonIfLocked(db, trackId, input.reason);
    deletePenalty(db, input.id);
    recordAudit(db, {
      action: 'penalty.remove',
      subject: `entry:${penalty.entryId}`,
      before: penalty,
      after: null,
      reason: input.reason,
    });
  });
}

export function addSingleAward(db: Db, input: { entryId: number; name: string; reason?: string }) {
  inTransaction(db, () => {
    const { id: trackId } = entryTrack(db, input.entryId);
    requireReasonIfLocked(db, trackId, input.reason);
    insertSingleAward(db, input.entryId, input.name);
    recordAudit(db, {
      action: 'singleAward.add',
      subject: `entry:${input.entryId}`,
      before: null,
      after: input.name,
      reason: input.reason,
    });
  });
}

export function removeSingleAward(db: Db, input: { id: number; reason?: string }) {
  inTransaction(db, () => {
    const award = readSingleAward(db, input.id);
    if (!award) return;
    const { id: trackId } = entryTrack(db, award.entryId);
    requireReasonIfLocked(db, trackId, input.reason);
    deleteSingleAward(db, input.id);
    recordAudit(db, {
      action: 'singleAward.remove',
      subject: `entry:${award.entryId}`,
      before: award.name,
      after: null,
      reason: input.reason,
    });
  });
}
