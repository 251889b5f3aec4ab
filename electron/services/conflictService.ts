import type { LocalizedText } from '../../shared/domain/text';
import { AppFailure } from '../../shared/errors';
import { recordAudit } from '../store/auditTable';
import {
  type ConflictDecision,
  type ConflictRow,
  markResolved,
  readConflict,
  readDecidedConflicts,
  readOpenConflicts,
} from '../store/conflictsTable';
import { type Db, inTransaction } from '../store/database';
import { readRole } from '../store/roleTable';
import { readCell, writeCell } from '../store/scoreCellsTable';
import { snapshotBefore } from '../store/snapshots';
import { readTracks } from '../store/tracksTable';

// The conflicts a merge found (same judge, cell and revision, two values): listed with both sides
// named, decided by a person who says who they are and why, and kept with that decision.

function requireOrganizerStore(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('merge.notOrganizerStore');
}

export interface ConflictView {
  id: number;
  judge: string;
  entryNo: string;
  track: string;
  criterion: string;
  revision: number;
  storedValue: number | null;
  incomingValue: number | null;
  source: string;
  entryName: string;
  criterionName: LocalizedText;
  storedSource: string | null;
  storedSavedAt: string | null;
  incomingSavedAt: string | null;
  foundAt: string;
}

export interface DecidedConflictView extends ConflictView {
  value: number | null;
  decidedAt: string;
  decidedBy: string;
  reason: string;
}

function conflictView(c: ConflictRow): ConflictView {
  return {
    id: c.id,
    judge: c.judge,
    entryNo: c.entryNo,
    track: c.track,
    criterion: c.criterion,
    revision: c.revision,
    storedValue: c.storedValue,
    incomingValue: c.incomingValue,
    source: c.source,
    entryName: c.entryName,
    criterionName: c.criterionName,
    storedSource: c.storedSource,
    storedSavedAt: c.storedSavedAt,
    incomingSavedAt: c.incomingSavedAt,
    foundAt: c.createdAt,
  };
}

/** Conflicts the organizer decided, with the decision: who, why, which value, when. */
export function listDecidedConflicts(db: Db): DecidedConflictView[] {
  return readDecidedConflicts(db).map((c) => ({
    ...conflictView(c),
    value: c.resolvedValue,
    decidedAt: c.resolvedAt ?? '',
    decidedBy: c.decidedBy ?? '',
    reason: c.decisionReason ?? '',
  }));
}

/** Conflicts still waiting for the organizer (a newer revision from the judge closes one). */
export function listConflicts(db: Db): ConflictView[] {
  return readOpenConflicts(db).map(conflictView);
}

/**
 * The organizer's decision: the cell takes `value` (null: blank) at the conflict's revision, and
 * both disagreeing files count as unchanged from now on. A newer revision from the judge, already
 * merged, is not overwritten by a decision about an older one.
 */
export function resolveConflict(
  db: Db,
  id: number,
  value: number | null,
  decision: ConflictDecision,
): void {
  requireOrganizerStore(db);
  const by = decision.by.trim();
  const why = decision.reason.trim();
  if (!by || !why) throw AppFailure.of('merge.decisionNeedsWhoAndWhy');
  if (!readConflict(db, id)) throw AppFailure.of('merge.conflictNotFound', { id });
  snapshotBefore(db, db.name, 'conflict');
  inTransaction(db, () => {
    requireOrganizerStore(db);
    const conflict = readConflict(db, id);
    if (!conflict) throw AppFailure.of('merge.conflictNotFound', { id });
    checkRange(db, conflict, value);
    const address = {
      judgeId: conflict.judgeId,
      entryId: conflict.entryId,
      criterionId: conflict.criterionId,
    };
    const current = readCell(db, address);
    if (!current || current.revision <= conflict.revision) {
      writeCell(db, {
        ...address,
        value,
        revision: conflict.revision,
        updatedAt: new Date().toISOString(),
      });
    }
    markResolved(db, conflict, value, { by, reason: why });
    recordAudit(db, {
      action: 'conflict.resolve',
      subject: `judge:${conflict.judgeId}:entry:${conflict.entryId}:${conflict.criterion}`,
      before: { value: current?.value ?? null, revision: current?.revision ?? null },
      after: { value, revision: conflict.revision },
      reason: `${by}: ${why} (conflict ${conflict.id}: ${conflict.storedValue} / ${conflict.incomingValue})`,
    });
  });
}

function checkRange(db: Db, conflict: ConflictRow, value: number | null): void {
  if (value === null) return;
  const track = readTracks(db).find((t) => t.code === conflict.track);
  const criterion = track?.segments
    .flatMap((s) => s.criteria)
    .find((c) => c.code === conflict.criterion);
  if (criterion && (value > criterion.max || value % criterion.step !== 0)) {
    throw AppFailure.of('merge.outOfRange', {
      criterion: conflict.criterionName,
      no: conflict.entryNo,
      value: value / 100,
      max: criterion.max / 100,
      step: criterion.step / 100,
    });
  }
}
