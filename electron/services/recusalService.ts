import type { Recusal } from '../../shared/domain/people';
import { SAME_ORGANIZATION, sameOrganization } from '../../shared/domain/recusalRules';
import { AppFailure } from '../../shared/errors';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { trackHasScores } from '../store/drawsTable';
import { readEntries, readEntry } from '../store/entriesTable';
import { readIssuedJudgeFiles } from '../store/issuedJudgeFilesTable';
import { readJudges } from '../store/judgesTable';
import {
  deleteExemption,
  deleteRecusal,
  exemptPairs,
  insertAutoRecusal,
  insertExemption,
  markedPairs,
  readRecusal,
  readTrackRecusals,
  upsertManualRecusal,
} from '../store/recusalsTable';
import { snapshotBefore } from '../store/snapshots';
import { requireTrack } from './rubricService';

export function readRecusals(db: Db, trackCode: string): Recusal[] {
  return readTrackRecusals(db, requireTrack(db, trackCode).id);
}

/**
 * A judge does not score an entry of their own organization. Applied whenever a panel is saved
 * and whenever a judge file or paper sheet is made, for the pairs in `scope`, recorded as source
 * 'auto'. Left alone: a pair the organizer cleared (remembered with its reason), a pair already
 * recused either way, and a pair the judge has already marked (a mark is never silently dropped
 * from the results: the organizer decides that one by hand).
 */
export function applyAutoRecusals(
  db: Db,
  scope: { track?: string; judgeId?: number; entryId?: number } = {},
): void {
  inTransaction(db, () => {
    const judges = readJudges(db).filter(
      (j) =>
        (scope.judgeId === undefined || j.id === scope.judgeId) &&
        (scope.track === undefined || j.tracks.includes(scope.track)),
    );
    if (judges.length === 0) return;
    const exempt = exemptPairs(db);
    const marked = markedPairs(db);
    const tracks =
      scope.track !== undefined ? [scope.track] : [...new Set(judges.flatMap((j) => j.tracks))];
    for (const track of tracks) {
      for (const entry of readEntries(db, track)) {
        if (scope.entryId !== undefined && entry.id !== scope.entryId) continue;
        for (const judge of judges) {
          if (!judge.tracks.includes(track)) continue;
          if (!sameOrganization(judge.organization, entry.organization)) continue;
          const pair = `${judge.id}:${entry.id}`;
          if (exempt.has(pair) || marked.has(pair)) continue;
          if (insertAutoRecusal(db, judge.id, entry.id, SAME_ORGANIZATION)) {
            recordAudit(db, {
              action: 'recusal.auto',
              subject: `judge:${judge.id}:entry:${entry.id}`,
              before: null,
              after: SAME_ORGANIZATION,
            });
          }
        }
      }
    }
  });
}

/** The automatic pass over a whole track, on the organizer's request (the panel page's button). */
export function suggestRecusals(db: Db, trackCode: string): Recusal[] {
  requireTrack(db, trackCode);
  applyAutoRecusals(db, { track: trackCode });
  return readRecusals(db, trackCode);
}

/**
 * The organizer recuses a judge from an entry, or clears a recusal. Clearing an automatic one
 * needs the reason, and is remembered so the automatic pass does not bring it back; recusing by
 * hand forgets such a clearing. A snapshot first once judging has started (files out or marks
 * in), when a recusal changes what a judge scores.
 */
export function setRecusal(
  db: Db,
  input: { judgeId: number; entryId: number; recused: boolean; reason: string },
): Recusal[] {
  const entry = readEntry(db, input.entryId);
  if (!entry) throw AppFailure.of('entry.notFound', { id: input.entryId });
  if (!readJudges(db).some((j) => j.id === input.judgeId)) {
    throw AppFailure.of('judge.notFound', { id: input.judgeId });
  }
  const reason = input.reason.trim();
  const existing = readRecusal(db, input.judgeId, input.entryId);
  if (!input.recused && existing?.source === 'auto' && !reason) {
    throw AppFailure.of('recusal.clearReasonRequired');
  }
  const { id: trackId } = requireTrack(db, entry.track);
  if (readIssuedJudgeFiles(db).has(input.judgeId) || trackHasScores(db, trackId)) {
    snapshotBefore(db, db.name, 'recusal');
  }
  return inTransaction(db, () => {
    const subject = `judge:${input.judgeId}:entry:${input.entryId}`;
    if (input.recused) {
      upsertManualRecusal(db, input.judgeId, input.entryId, reason);
      deleteExemption(db, input.judgeId, input.entryId);
    } else {
      deleteRecusal(db, input.judgeId, input.entryId);
      if (existing?.source === 'auto') insertExemption(db, input.judgeId, input.entryId, reason);
    }
    recordAudit(db, {
      action: input.recused ? 'recusal.set' : 'recusal.clear',
      subject,
      before: existing ?? null,
      after: input.recused ? reason : null,
      reason,
    });
    return readRecusals(db, entry.track);
  });
}
