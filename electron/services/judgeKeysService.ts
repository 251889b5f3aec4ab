import { AppFailure } from '../../shared/errors';
import { currentActor } from '../store/auditActor';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { decideKey, raiseKeyEpoch, readJudgeKeys, retireJudgeKeys } from '../store/judgeKeysTable';
import { readJudgeIdentity } from '../store/judgePanelsRead';
import { readRole } from '../store/roleTable';
import { snapshotBefore } from '../store/snapshots';
import { keyFingerprint } from './signing';

// Organizer: the judges' public keys. A judge's first score file brings a key the head table has
// not seen; its fingerprint is read aloud from the judge's screen and compared, and only then
// accepted. A lost laptop or a leaked judge file: the judge's keys are retired, their judge
// file is issued again, and the judge's device makes a new pair.

export interface JudgeKeyView {
  judgeId: number;
  judge: string;
  fingerprint: string;
  state: 'pending' | 'accepted' | 'retired';
  firstSeenAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string;
}

function requireOrganizer(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('merge.notOrganizerStore');
}

export function listJudgeKeys(db: Db): JudgeKeyView[] {
  requireOrganizer(db);
  return readJudgeKeys(db).map((k) => ({
    judgeId: k.judgeId,
    judge: k.judge,
    fingerprint: keyFingerprint(k.publicKey),
    state: k.state,
    firstSeenAt: k.firstSeenAt,
    decidedAt: k.decidedAt,
    decidedBy: k.decidedBy,
    reason: k.reason,
  }));
}

/**
 * Accepts the judge's waiting key whose fingerprint the head table compared with the judge's
 * screen. One accepted key per judge: a second one is accepted only after the first is retired.
 */
export function acceptJudgeKey(db: Db, judgeId: number, fingerprint: string): void {
  inTransaction(db, () => {
    requireOrganizer(db);
    const judge = readJudgeIdentity(db, judgeId);
    if (!judge) throw AppFailure.of('judge.notFound', { id: judgeId });
    const keys = readJudgeKeys(db, judgeId);
    if (keys.some((k) => k.state === 'accepted')) {
      throw AppFailure.of('judgeKeys.alreadyAccepted', { judge: judge.name });
    }
    const key = keys.find(
      (k) => k.state === 'pending' && keyFingerprint(k.publicKey) === fingerprint,
    );
    if (!key) throw AppFailure.of('judgeKeys.notPending', { judge: judge.name, fingerprint });
    decideKey(db, key.id, { state: 'accepted', by: currentActor(), reason: '' });
    recordAudit(db, {
      action: 'judgeKey.accept',
      subject: `judge:${judgeId}`,
      before: null,
      after: { fingerprint, epoch: key.epoch },
    });
  });
}

/**
 * Retires every key of the judge and moves the judge to a new key epoch: files signed with those
 * keys, and judge files issued before, are refused from now on; marks already merged stay. The
 * judge's file is then stale, to be issued again.
 */
export function retireJudgeKey(db: Db, judgeId: number, reason: string): void {
  requireOrganizer(db);
  const judge = readJudgeIdentity(db, judgeId);
  if (!judge) throw AppFailure.of('judge.notFound', { id: judgeId });
  if (reason.trim() === '') throw AppFailure.of('judgeKeys.reasonNeeded');
  snapshotBefore(db, db.name, 'key-retire');
  inTransaction(db, () => {
    const before = readJudgeKeys(db, judgeId).map((k) => ({
      fingerprint: keyFingerprint(k.publicKey),
      state: k.state,
    }));
    retireJudgeKeys(db, judgeId, currentActor(), reason);
    const epoch = raiseKeyEpoch(db, judgeId);
    recordAudit(db, {
      action: 'judgeKey.retire',
      subject: `judge:${judgeId}`,
      before,
      after: { epoch },
      reason,
    });
  });
}
