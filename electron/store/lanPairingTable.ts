import type { Db } from './database';

// One-time pairing codes of the hall network, by their hash (migration 0012).

export interface PairingCodeRow {
  id: number;
  judgeId: number;
  takeoverReason: string | null;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** A new code for the judge; the judge's earlier codes not yet used stop working. */
export function insertPairingCode(
  db: Db,
  code: {
    judgeId: number;
    codeHash: string;
    takeoverReason: string | null;
    issuedAt: string;
    issuedBy: string;
    expiresAt: string;
  },
): void {
  db.prepare(
    `UPDATE lan_pairing_codes SET expires_at = @issuedAt
     WHERE judge_id = @judgeId AND used_at IS NULL AND expires_at > @issuedAt`,
  ).run(code);
  db.prepare(
    `INSERT INTO lan_pairing_codes (judge_id, code_hash, takeover_reason, issued_at, issued_by,
       expires_at)
     VALUES (@judgeId, @codeHash, @takeoverReason, @issuedAt, @issuedBy, @expiresAt)`,
  ).run(code);
}

export function pairingCodeByHash(db: Db, codeHash: string): PairingCodeRow | undefined {
  return db
    .prepare(
      `SELECT id, judge_id AS judgeId, takeover_reason AS takeoverReason, issued_at AS issuedAt,
         expires_at AS expiresAt, used_at AS usedAt
       FROM lan_pairing_codes WHERE code_hash = ?`,
    )
    .get(codeHash) as PairingCodeRow | undefined;
}

/** Spends the code; false when it was spent already (two devices racing with one code). */
export function spendPairingCode(db: Db, id: number, at: string, deviceId: number): boolean {
  return (
    db
      .prepare(
        'UPDATE lan_pairing_codes SET used_at = ?, device_id = ? WHERE id = ? AND used_at IS NULL',
      )
      .run(at, deviceId, id).changes === 1
  );
}
