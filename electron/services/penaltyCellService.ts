import { formatPoints } from '../../shared/domain/points';
import { AppFailure } from '../../shared/errors';
import { type Db, inTransaction } from '../store/database';
import { readEntry } from '../store/entriesTable';
import { readPenalties } from '../store/marksTable';
import { addPenalty, removePenalty } from './marksService';
import { requireReasonIfLocked } from './resultsService';
import { requireTrack } from './rubricService';

// The deductions grid: one figure per entry and rule. Setting it replaces that rule's deductions
// of the entry with one of the new figure (none for a blank), through the same add and remove as
// the results screen, so the lock guard, the reason and the audit are theirs.

export function setRulePenalty(
  db: Db,
  input: { entryId: number; rule: string; points: number | null; reason?: string },
): void {
  inTransaction(db, () => {
    const entry = readEntry(db, input.entryId);
    if (!entry) throw AppFailure.of('entry.notFound', { id: input.entryId });
    const { id: trackId, track } = requireTrack(db, entry.track);
    const rule = track.penalties.find((p) => p.code === input.rule);
    if (!rule) throw AppFailure.of('marks.unknownPenalty', { rule: input.rule });
    if (input.points !== null && input.points % rule.points !== 0) {
      throw AppFailure.of('entryGrid.penaltyStep', {
        no: entry.no,
        name: entry.name,
        rule: rule.name,
        value: formatPoints(input.points),
        step: formatPoints(rule.points),
      });
    }
    const current = readPenalties(db, trackId).filter(
      (p) => p.entryId === entry.id && p.rule === rule.code,
    );
    const sum = current.reduce((total, p) => total + p.points, 0);
    if (current.length > 0 ? sum === input.points : input.points === null) return;
    const reason = input.reason?.trim() || undefined;
    // A grid figure carries no reason of its own: after a lock the change needs one, as today.
    requireReasonIfLocked(db, trackId, reason);
    for (const penalty of current) removePenalty(db, { id: penalty.id, reason });
    if (input.points !== null) {
      addPenalty(db, {
        entryId: entry.id,
        rule: rule.code,
        points: input.points,
        reason: reason ?? rule.name.zh,
      });
    }
  });
}
