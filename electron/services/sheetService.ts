import type { SheetView } from '../../shared/api/judging';
import { AppFailure } from '../../shared/errors';
import { type Db, inTransaction } from '../store/database';
import { readEntries, readEntry } from '../store/entriesTable';
import { readJudgeIdentity, recusalReasons } from '../store/judgePanelsRead';
import { removedEntryIds } from '../store/judgeStore';
import { judgedCriterion } from '../store/marksTable';
import { readOwnKey } from '../store/ownKeyTable';
import { judgeSeats } from '../store/panelSeatsTable';
import { readRole, recordSubmission, type StoreRole } from '../store/roleTable';
import { readCell, readJudgeCells, writeCell } from '../store/scoreCellsTable';
import { readTracks } from '../store/tracksTable';
import { keyFingerprint } from './signing';

// The judge's scoring sheet, in the judge's own store: one mark per entry and criterion, each
// change a new revision of that cell, each acknowledged change already on disk.

function requireJudgeStore(db: Db): StoreRole & { judgeId: number } {
  const role = readRole(db);
  if (role.role !== 'judge' || role.judgeId === null) throw AppFailure.of('sheet.notJudgeStore');
  return { ...role, judgeId: role.judgeId };
}

export function readSheet(db: Db): SheetView {
  const role = requireJudgeStore(db);
  const judge = readJudgeIdentity(db, role.judgeId)!;
  const tracks = readTracks(db);
  const removed = removedEntryIds(db);
  const recused = recusalReasons(db, role.judgeId);
  const own = readOwnKey(db);
  return {
    judge: { id: judge.id, name: judge.name, seats: judgeSeats(db, judge.id) },
    track: tracks[0]?.code ?? '',
    // The store holds only this judge's panel, recused entries included (shown, not scored).
    entries: readEntries(db).map((e) => ({
      removed: removed.has(e.id),
      recusal: recused.has(e.id) ? { reason: recused.get(e.id)! } : null,
      id: e.id,
      track: e.track,
      no: e.no,
      name: e.name,
      title: e.title,
      status: e.status,
      drawOrder: e.drawOrder,
    })),
    scores: readJudgeCells(db, role.judgeId).flatMap((cell) =>
      cell.value === null
        ? []
        : [
            {
              entryId: cell.entryId,
              criterion: cell.criterion,
              value: cell.value,
              revision: cell.revision,
            },
          ],
    ),
    submissions: role.submissions,
    submittedAt: role.submittedAt,
    keyFingerprint: own ? keyFingerprint(own.publicKey) : null,
  };
}

/**
 * Sets or clears (null) one mark. The value must be on the criterion's scale; clearing leaves a
 * blank that still travels, so the organizer's copy of the old mark is superseded.
 * Returns the cell's revision after the change (unchanged when nothing changed, 0 for a cell
 * that was never marked).
 */
export function setSheetScore(
  db: Db,
  input: { entryId: number; criterion: string; value: number | null },
): { revision: number } {
  // One transaction per mark, in a store opened with synchronous=FULL: once this returns, the
  // mark survives a power cut.
  return inTransaction(db, () => {
    const { judgeId } = requireJudgeStore(db);
    const entry = readEntry(db, input.entryId);
    if (!entry) throw AppFailure.of('sheet.unknownEntry', { id: input.entryId });
    if (removedEntryIds(db).has(entry.id))
      throw AppFailure.of('sheet.entryRemoved', { no: entry.no });
    // The head table would refuse the whole score file for one such mark (merge.recused).
    if (recusalReasons(db, judgeId).has(entry.id))
      throw AppFailure.of('sheet.recused', { no: entry.no });
    const criterion = judgedCriterion(db, entry.track, input.criterion);
    if (!criterion) throw AppFailure.of('sheet.notJudged', { criterion: input.criterion });
    if (
      input.value !== null &&
      (input.value > criterion.max || input.value % criterion.step !== 0)
    ) {
      throw AppFailure.of('sheet.outOfRange', {
        criterion: criterion.name,
        value: input.value / 100,
        max: criterion.max / 100,
        step: criterion.step / 100,
      });
    }
    const address = { judgeId, entryId: entry.id, criterionId: criterion.id };
    const stored = readCell(db, address);
    if (stored === undefined && input.value === null) return { revision: 0 };
    if (stored !== undefined && stored.value === input.value) return { revision: stored.revision };
    const revision = (stored?.revision ?? 0) + 1;
    writeCell(db, {
      ...address,
      value: input.value,
      revision,
      updatedAt: new Date().toISOString(),
    });
    return { revision };
  });
}

export function submitSheet(db: Db): { submissions: number; submittedAt: string } {
  return inTransaction(db, () => {
    requireJudgeStore(db);
    const role = recordSubmission(db, new Date().toISOString());
    return { submissions: role.submissions, submittedAt: role.submittedAt! };
  });
}
