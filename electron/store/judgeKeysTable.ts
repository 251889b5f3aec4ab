import type { Db } from './database';

// Organizer side: the public keys judges' score files have carried, and the head table's
// decision about each (migration 0006). Accepted once, after the fingerprints were compared.

export type JudgeKeyState = 'pending' | 'accepted' | 'retired';

export interface JudgeKeyRow {
  id: number;
  judgeId: number;
  judge: string;
  publicKey: string;
  epoch: number;
  state: JudgeKeyState;
  firstSeenAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string;
}

const SELECT = `SELECT k.id, k.judge_id AS judgeId, j.name AS judge, k.public_key AS publicKey,
    k.epoch, k.state, k.first_seen_at AS firstSeenAt, k.decided_at AS decidedAt,
    k.decided_by AS decidedBy, k.reason
  FROM judge_keys k JOIN judges j ON j.id = k.judge_id`;

export function readJudgeKeys(db: Db, judgeId?: number): JudgeKeyRow[] {
  return (
    judgeId === undefined
      ? db.prepare(`${SELECT} ORDER BY k.judge_id, k.id`).all()
      : db.prepare(`${SELECT} WHERE k.judge_id = ? ORDER BY k.id`).all(judgeId)
  ) as JudgeKeyRow[];
}

/** A key seen for the first time waits for the head table; one seen before keeps its state. */
export function recordPendingKey(db: Db, judgeId: number, publicKey: string, epoch: number): void {
  db.prepare(
    `INSERT INTO judge_keys (judge_id, public_key, epoch, state, first_seen_at)
     VALUES (?, ?, ?, 'pending', ?) ON CONFLICT (judge_id, public_key) DO NOTHING`,
  ).run(judgeId, publicKey, epoch, new Date().toISOString());
}

export function decideKey(
  db: Db,
  id: number,
  decision: { state: JudgeKeyState; by: string; reason: string },
): void {
  db.prepare(
    `UPDATE judge_keys SET state = @state, decided_at = @at, decided_by = @by, reason = @reason
     WHERE id = @id`,
  ).run({ ...decision, id, at: new Date().toISOString() });
}

/** Every key of the judge retired at once (a lost laptop, a leaked file), pending ones included. */
export function retireJudgeKeys(db: Db, judgeId: number, by: string, reason: string): void {
  db.prepare(
    `UPDATE judge_keys SET state = 'retired', decided_at = ?, decided_by = ?, reason = ?
     WHERE judge_id = ? AND state != 'retired'`,
  ).run(new Date().toISOString(), by, reason, judgeId);
}

export function readKeyEpoch(db: Db, judgeId: number): number {
  const row = db.prepare('SELECT key_epoch AS epoch FROM judges WHERE id = ?').get(judgeId) as
    | { epoch: number }
    | undefined;
  return row?.epoch ?? 1;
}

export function raiseKeyEpoch(db: Db, judgeId: number): number {
  return (
    db
      .prepare('UPDATE judges SET key_epoch = key_epoch + 1 WHERE id = ? RETURNING key_epoch AS e')
      .get(judgeId) as { e: number }
  ).e;
}
