import type { Appeal, AppealsView } from '../../shared/api/onStage';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { compareEntryNo } from '../../shared/scoring/entryOrder';
import { type AppealDecision, appealClosesAt, appealOpen } from '../../shared/stage/appeals';
import { currentActor } from '../store/auditActor';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { readEntry } from '../store/entriesTable';
import {
  insertAppeal,
  readAppeal,
  readAppealMinutes,
  readAppeals,
  readReviews,
  writeAppealDecision,
} from '../store/stageTable';
import { prepareLock, trackResults, writeLock } from './resultsService';
import { decideEntry } from './reviewService';
import { requireTrack } from './rubricService';

// Appeals (申诉) against released results (shared/stage/appeals.ts for the rules).

export function trackAppeals(db: Db, trackCode: string, now = Date.now()): AppealsView {
  const { id } = requireTrack(db, trackCode);
  const minutes = readAppealMinutes(db, id);
  const reviews = readReviews(db, id);
  const entries = new Map(trackResults(db, trackCode).entries.map((e) => [e.id, e]));
  const open = [...reviews.values()]
    .filter((r) => r.state === 'released')
    .map((r) => {
      const entry = entries.get(r.entryId);
      return {
        entryId: r.entryId,
        no: entry?.no ?? '',
        name: entry?.name ?? '',
        closesAt: appealClosesAt(r.at, minutes),
        open: appealOpen(r.at, minutes, now),
      };
    })
    .sort((a, b) => compareEntryNo(a.no, b.no));
  const appeals = readAppeals(db, id).map((a) => ({
    ...a,
    no: entries.get(a.entryId)?.no ?? '',
    name: entries.get(a.entryId)?.name ?? '',
  }));
  return { minutes, open, appeals };
}

/** An appeal against a released result, within the window after its release. */
export function fileAppeal(
  db: Db,
  input: { entryId: number; by: string; what: string },
  now = Date.now(),
): Appeal {
  return inTransaction(db, () => {
    const entry = readEntry(db, input.entryId);
    if (!entry) throw AppFailure.of('stage.entryNotFound', { id: input.entryId });
    const { id: trackId } = requireTrack(db, entry.track);
    const review = readReviews(db, trackId).get(entry.id);
    if (review?.state !== 'released' || !review.released) {
      throw AppFailure.of('appeal.notReleased', { no: entry.no });
    }
    const minutes = readAppealMinutes(db, trackId);
    if (!appealOpen(review.at, minutes, now)) {
      throw AppFailure.of('appeal.windowClosed', { no: entry.no, minutes });
    }
    const id = insertAppeal(db, {
      entryId: entry.id,
      filedAt: new Date(now).toISOString(),
      filedBy: input.by,
      what: input.what,
      finalBefore: review.released.final,
    });
    const appeal = { ...readAppeal(db, id)!, no: entry.no, name: entry.name };
    recordAudit(db, {
      action: 'appeal.file',
      subject: `entry:${entry.id}`,
      before: null,
      after: appeal,
      reason: input.what,
    });
    return appeal;
  });
}

/**
 * The head judge's decision. Upheld: the change is already made (a decided conflict, a
 * deduction); the result after is read now, a locked track publishes a new version naming the
 * appeal, and the entry is released again so the screen shows it — all in one transaction, so a
 * refusal (an entry that cannot be shown yet) leaves no new version behind and deciding again
 * publishes one. The snapshot a new version takes comes first: none can be taken inside it.
 */
export function decideAppeal(
  db: Db,
  input: { appealId: number; decision: AppealDecision; reason: string; acknowledged?: string[] },
): Appeal {
  const first = readAppeal(db, input.appealId);
  if (first?.decision === null && input.decision === 'upheld') {
    const { track } = readEntry(db, first.entryId)!;
    const view = trackResults(db, track);
    if (view.lock) prepareLock(db, track, input.acknowledged ?? [], view);
  }
  return inTransaction(db, () => {
    const appeal = readAppeal(db, input.appealId);
    if (!appeal) throw AppFailure.of('appeal.notFound', { id: input.appealId });
    const entry = readEntry(db, appeal.entryId)!;
    if (appeal.decision !== null) throw AppFailure.of('appeal.decided', { no: entry.no });
    const by = currentActor();
    let version: number | null = null;
    let finalAfter = appeal.finalBefore;
    if (input.decision === 'upheld') {
      const view = trackResults(db, entry.track);
      finalAfter = view.results.entries.find((r) => r.entryId === entry.id)?.final ?? '';
      if (view.lock) {
        // Kept in the competition's record in its own language, as every version's reason is.
        const reason = translate('zh-CN', 'appeal.lockReason', {
          no: entry.no,
          reason: input.reason,
        });
        version = writeLock(db, entry.track, by, reason, input.acknowledged ?? []).version;
      }
      const note = translate('zh-CN', 'appeal.releaseNote', { reason: input.reason });
      decideEntry(db, { entryId: entry.id, action: 'release', note });
    }
    const decision = {
      decision: input.decision,
      decidedBy: by,
      decidedAt: new Date().toISOString(),
      reason: input.reason,
      finalAfter,
      version,
    };
    writeAppealDecision(db, appeal.id, decision);
    recordAudit(db, {
      action: 'appeal.decide',
      subject: `entry:${entry.id}`,
      before: { final: appeal.finalBefore },
      after: { decision: input.decision, final: finalAfter, version },
      reason: input.reason,
    });
    return { ...readAppeal(db, appeal.id)!, no: entry.no, name: entry.name };
  });
}
