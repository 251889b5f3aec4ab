import type { Db } from './database';

// The judges' paired devices on the hall network (migration 0012).

export interface LanDeviceRow {
  id: number;
  judgeId: number;
  judge: string;
  name: string;
  publicKey: string;
  pairedAt: string;
  lastSeenAt: string;
  marksReceived: number;
  unsent: number;
  revokedAt: string | null;
  revokedBy: string | null;
  revokedReason: string | null;
  /** The judge's device a takeover moved the judge to, when that is why this one was retired. */
  replacedBy: number | null;
}

const SELECT = `SELECT d.id, d.judge_id AS judgeId, j.name AS judge, d.name, d.public_key AS publicKey,
    d.paired_at AS pairedAt, d.last_seen_at AS lastSeenAt, d.marks_received AS marksReceived,
    d.unsent, d.revoked_at AS revokedAt, d.revoked_by AS revokedBy, d.revoked_reason AS revokedReason,
    d.replaced_by AS replacedBy
  FROM lan_devices d JOIN judges j ON j.id = d.judge_id`;

export function readLanDevices(db: Db): LanDeviceRow[] {
  return db.prepare(`${SELECT} ORDER BY d.judge_id, d.id`).all() as LanDeviceRow[];
}

export function readLanDevice(db: Db, id: number): LanDeviceRow | undefined {
  return db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as LanDeviceRow | undefined;
}

/** The device whose token hashes to this, revoked or not (a revoked one is told so). */
export function deviceByTokenHash(db: Db, tokenHash: string): LanDeviceRow | undefined {
  return db.prepare(`${SELECT} WHERE d.token_hash = ?`).get(tokenHash) as LanDeviceRow | undefined;
}

/** A takeover: the retired device names the one that took over from it. */
export function markReplaced(db: Db, id: number, by: number): void {
  db.prepare('UPDATE lan_devices SET replaced_by = ? WHERE id = ?').run(by, id);
}

/** The device writing for the judge now, if any. */
export function activeDeviceOf(db: Db, judgeId: number): LanDeviceRow | undefined {
  return db.prepare(`${SELECT} WHERE d.judge_id = ? AND d.revoked_at IS NULL`).get(judgeId) as
    | LanDeviceRow
    | undefined;
}

export function insertLanDevice(
  db: Db,
  device: { judgeId: number; name: string; publicKey: string; tokenHash: string; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO lan_devices (judge_id, name, public_key, token_hash, paired_at, last_seen_at)
         VALUES (@judgeId, @name, @publicKey, @tokenHash, @at, @at)`,
      )
      .run(device).lastInsertRowid,
  );
}

export function revokeLanDevice(
  db: Db,
  id: number,
  revocation: { at: string; by: string; reason: string },
): void {
  db.prepare(
    `UPDATE lan_devices SET revoked_at = @at, revoked_by = @by, revoked_reason = @reason
     WHERE id = @id AND revoked_at IS NULL`,
  ).run({ ...revocation, id });
}

/** What a call from the device says of it: seen now, this many marks still unsent there. */
export function recordDeviceSeen(
  db: Db,
  id: number,
  seen: { at: string; unsent: number | null; received: number },
): void {
  db.prepare(
    `UPDATE lan_devices SET last_seen_at = @at, unsent = COALESCE(@unsent, unsent),
       marks_received = marks_received + @received
     WHERE id = @id`,
  ).run({ ...seen, id });
}
