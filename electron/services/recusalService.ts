import type { Recusal } from '../../shared/domain/people';
import { textKey } from '../../shared/domain/textKey';
import { AppFailure } from '../../shared/errors';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { readEntries, readEntry } from '../store/entriesTable';
import { readJudges } from '../store/judgesTable';
import { requireTrack } from './rubricService';

/** The reason recorded for a recusal suggested because the organizations match. */
export const SAME_ORGANIZATION = '同单位 / same organization';

export function readRecusals(db: Db, trackCode: string): Recusal[] {
  const { id } = requireTrack(db, trackCode);
  return db
    .prepare(
      `SELECT r.judge_id AS judgeId, r.entry_id AS entryId, r.reason, r.source FROM recusals r
       JOIN entries e ON e.id = r.entry_id WHERE e.track_id = ? ORDER BY r.judge_id, r.entry_id`,
    )
    .all(id) as Recusal[];
}

/** A judge does not score an entry of their own organization: suggest every such pair once. */
export function suggestRecusals(db: Db, trackCode: string): Recusal[] {
  return inTransaction(db, () => {
    requireTrack(db, trackCode);
    const panel = readJudges(db).filter(
      (j) => j.tracks.includes(trackCode) && j.organization.trim(),
    );
    const insert = db.prepare(
      `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at) VALUES (?, ?, ?, 'auto', ?)
       ON CONFLICT DO NOTHING`,
    );
    const now = new Date().toISOString();
    for (const entry of readEntries(db, trackCode)) {
      const organization = textKey(entry.organization);
      if (!organization) continue;
      for (const judge of panel) {
        if (textKey(judge.organization) !== organization) continue;
        if (insert.run(judge.id, entry.id, SAME_ORGANIZATION, now).changes > 0) {
          recordAudit(db, {
            actor: 'organizer',
            action: 'recusal.suggest',
            subject: `judge:${judge.id}:entry:${entry.id}`,
            before: null,
            after: SAME_ORGANIZATION,
          });
        }
      }
    }
    return readRecusals(db, trackCode);
  });
}

export function setRecusal(
  db: Db,
  input: { judgeId: number; entryId: number; recused: boolean; reason: string },
): Recusal[] {
  return inTransaction(db, () => {
    const entry = readEntry(db, input.entryId);
    if (!entry) throw AppFailure.of('entry.notFound', { id: input.entryId });
    if (!readJudges(db).some((j) => j.id === input.judgeId)) {
      throw AppFailure.of('judge.notFound', { id: input.judgeId });
    }
    const subject = `judge:${input.judgeId}:entry:${input.entryId}`;
    if (input.recused) {
      db.prepare(
        `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at) VALUES (?, ?, ?, 'manual', ?)
         ON CONFLICT (judge_id, entry_id) DO UPDATE SET reason = excluded.reason, source = 'manual'`,
      ).run(input.judgeId, input.entryId, input.reason, new Date().toISOString());
    } else {
      db.prepare('DELETE FROM recusals WHERE judge_id = ? AND entry_id = ?').run(
        input.judgeId,
        input.entryId,
      );
    }
    recordAudit(db, {
      actor: 'organizer',
      action: input.recused ? 'recusal.set' : 'recusal.clear',
      subject,
      before: null,
      after: input.recused ? input.reason : null,
      reason: input.reason,
    });
    return readRecusals(db, entry.track);
  });
}
