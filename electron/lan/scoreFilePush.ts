import type { LanCallOutput } from '../../shared/api/lanWire';
import { packScoreFile } from '../../shared/formats/packedScoreFile';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import { translate } from '../../shared/i18n/catalog';
import { checkInContext } from '../services/scoreFileCheck';
import { sha256Hex } from '../services/signing';
import { type Db, inTransaction } from '../store/database';
import { recordPendingKey } from '../store/judgeKeysTable';
import { contextFor, mergePush } from './devicePush';

// Marks in from a judge's own ScoreDesk app (a judge file on a laptop), pushed over the hall
// network with no device token: the judge's signature is the authentication, exactly as for a
// file on a USB stick. Same parse, same checks (competition, judge, key epoch, signature, the
// accepted key, rubric, every cell), same merge, in one transaction committed before the answer.
// A key seen for the first time is listed for the head table to compare and accept, as the USB
// route does; the document merges once it is accepted, when the app pushes again.
//
// The sender is not known to be anyone: it is told a status and counts, never a name, a mark or
// why a document was refused (that would tell a stranger which judges exist and what keys they
// hold). The head table learns the reason when the judge hands over the file.

export type ScoreFilePushAnswer = LanCallOutput<'scoreFile.push'>;

export interface ScoreFilePushOutcome {
  answer: ScoreFilePushAnswer;
  /** For the head table's live screens, when marks changed: never sent to the pusher. */
  changed: { judgeId: number; fileHash: string; entryIds: number[]; tracks: string[] } | null;
  /** Why it was refused or waits, for the head table's own log. */
  reason: string | null;
}

const nothing = { applied: 0, unchanged: 0, older: 0, conflicts: 0 };

export function pushScoreFile(db: Db, document: string): ScoreFilePushOutcome {
  const receivedAt = new Date().toISOString();
  const refused = (reason: string): ScoreFilePushOutcome => ({
    answer: { status: 'refused', ...nothing, receivedAt },
    changed: null,
    reason,
  });
  const parsed = packScoreFile(parseScoreFile(document));
  if (!parsed.ok) return refused(parsed.error.code);
  const fileHash = sha256Hex(document);
  const cache = contextFor(db);
  const outcome = inTransaction(db, (): ScoreFilePushOutcome => {
    const checked = checkInContext(parsed, cache.context);
    if (!checked.ok) {
      if (checked.newKey) {
        const key = checked.newKey;
        recordPendingKey(db, key.judgeId, key.publicKey, key.epoch);
      }
      if (checked.error.code === 'merge.keyNotAccepted') {
        return {
          answer: { status: 'waiting', ...nothing, receivedAt },
          changed: null,
          reason: checked.error.code,
        };
      }
      return refused(checked.error.code);
    }
    const judge = checked.judge!;
    const { counts, changed, entryIds, tracks } = mergePush(db, parsed, checked, {
      name: translate('zh-CN', 'livePush.recordName', { judge: judge.name }),
      fileHash,
    });
    return {
      answer: {
        status: counts.applied > 0 ? 'applied' : 'unchanged',
        applied: counts.applied,
        unchanged: counts.unchanged,
        older: counts.older,
        conflicts: counts.conflicts,
        receivedAt,
      },
      changed: changed ? { judgeId: judge.id, fileHash, entryIds, tracks } : null,
      reason: null,
    };
  });
  // A merge changes nothing the checks read; a key listed as waiting does, and is read again.
  if (outcome.answer.status !== 'waiting') cache.seen = cache.changes();
  return outcome;
}
