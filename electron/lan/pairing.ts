import { randomBytes } from 'node:crypto';
import type { LanDeviceView, PairingCodeView } from '../../shared/api/lan';
import type { LanCallOutput, TokenRefusal } from '../../shared/api/lanWire';
import { AppFailure } from '../../shared/errors';
import { normalizePairingCode, pairingCodeFromBytes } from '../../shared/lan/pairingCode';
import { pairingLinkText } from '../../shared/lan/pairingLink';
import { keyFingerprint, sha256Hex } from '../services/signing';
import { currentActor } from '../store/auditActor';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import {
  decideKey,
  raiseKeyEpoch,
  readJudgeKeys,
  readKeyEpoch,
  recordPendingKey,
  retireJudgeKeys,
} from '../store/judgeKeysTable';
import { panelJudgeIds, panelTracks, readJudgeIdentity } from '../store/judgePanelsRead';
import {
  activeDeviceOf,
  deviceByTokenHash,
  insertLanDevice,
  type LanDeviceRow,
  markReplaced,
  readLanDevice,
  readLanDevices,
  revokeLanDevice,
} from '../store/lanDevicesTable';
import { insertPairingCode, pairingCodeByHash, spendPairingCode } from '../store/lanPairingTable';
import { judgeSeats } from '../store/panelSeatsTable';
import { readRole } from '../store/roleTable';
import { snapshotBefore } from '../store/snapshots';

// Pairing a judge's device with the head table, under the trust model of the judges' keys
// (judgeKeysService.ts): the device makes its own Ed25519 key pair and sends the public half
// with the one-time code the head table gave that judge; the code vouches for the key, which is
// accepted for the judge at once, as if its fingerprint had been compared. One device writes for
// a judge at a time: pairing another needs a takeover code, and the takeover retires the keys
// before (a new key epoch) and revokes the device, in the audit with its reason.

function requireOrganizer(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('lan.notOrganizerStore');
}

function newCode(): string {
  for (;;) {
    const code = pairingCodeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

/** Codes for these judges (each judge's earlier unused code stops working). */
export function issuePairingCodes(
  db: Db,
  input: { judgeIds: readonly number[]; validMinutes: number; takeoverReason?: string | undefined },
  hall: { origin: string; certificate: string | null },
  now = new Date(),
): PairingCodeView[] {
  requireOrganizer(db);
  return inTransaction(db, () =>
    input.judgeIds.map((judgeId) => {
      const judge = readJudgeIdentity(db, judgeId);
      if (!judge) throw AppFailure.of('judge.notFound', { id: judgeId });
      if (panelTracks(db, judgeId).length === 0) {
        throw AppFailure.of('judgeFile.noPanel', { judge: judge.name });
      }
      const code = newCode();
      const expiresAt = new Date(now.getTime() + input.validMinutes * 60_000).toISOString();
      insertPairingCode(db, {
        judgeId,
        codeHash: sha256Hex(code),
        takeoverReason: input.takeoverReason ?? null,
        issuedAt: now.toISOString(),
        issuedBy: currentActor(),
        expiresAt,
      });
      return {
        judgeId,
        judge: judge.name,
        seats: judgeSeats(db, judgeId),
        code,
        expiresAt,
        link: pairingLinkText({ origin: hall.origin, code, certificate: hall.certificate }),
        takeover: input.takeoverReason !== undefined,
      };
    }),
  );
}

/** A device's code and key for its token: the key is the judge's accepted key from now on. */
export function pairDevice(
  db: Db,
  input: { code: string; deviceName: string; publicKey: string },
  now = new Date(),
): LanCallOutput<'device.pair'> {
  requireOrganizer(db);
  const code = normalizePairingCode(input.code);
  if (!code) throw AppFailure.of('lan.codeUnknown');
  const found = pairingCodeByHash(db, sha256Hex(code));
  // A takeover retires keys: a snapshot first, as retiring a key by hand takes one.
  if (found?.takeoverReason && !found.usedAt) snapshotBefore(db, db.name, 'lan-takeover');
  const token = randomBytes(32).toString('base64url');
  return inTransaction(db, () => {
    const row = pairingCodeByHash(db, sha256Hex(code));
    if (!row) throw AppFailure.of('lan.codeUnknown');
    if (row.usedAt) throw AppFailure.of('lan.codeUsed');
    if (Date.parse(row.expiresAt) <= now.getTime()) throw AppFailure.of('lan.codeExpired');
    const judge = readJudgeIdentity(db, row.judgeId);
    if (!judge) throw AppFailure.of('lan.codeUnknown');
    const keys = readJudgeKeys(db, judge.id);
    const known = keys.find((k) => k.publicKey === input.publicKey);
    if (known?.state === 'retired') {
      throw AppFailure.of('merge.retiredKey', {
        judge: judge.name,
        fingerprint: keyFingerprint(input.publicKey),
      });
    }
    const active = activeDeviceOf(db, judge.id);
    const writer = active !== undefined || keys.some((k) => k.state === 'accepted');
    const takeover = row.takeoverReason !== null && writer;
    if (writer && !takeover) {
      throw AppFailure.of('lan.judgeHasWriter', { judge: judge.name, device: active?.name ?? '—' });
    }
    const at = now.toISOString();
    const reason = row.takeoverReason ?? '';
    if (takeover) {
      if (active) revokeLanDevice(db, active.id, { at, by: currentActor(), reason });
      retireJudgeKeys(db, judge.id, currentActor(), reason);
      raiseKeyEpoch(db, judge.id);
    }
    const deviceId = insertLanDevice(db, {
      judgeId: judge.id,
      name: input.deviceName,
      publicKey: input.publicKey,
      tokenHash: sha256Hex(token),
      at,
    });
    if (takeover && active) markReplaced(db, active.id, deviceId);
    if (!spendPairingCode(db, row.id, at, deviceId)) throw AppFailure.of('lan.codeUsed');
    const epoch = readKeyEpoch(db, judge.id);
    recordPendingKey(db, judge.id, input.publicKey, epoch);
    const key = readJudgeKeys(db, judge.id).find((k) => k.publicKey === input.publicKey)!;
    if (key.state !== 'accepted') {
      decideKey(db, key.id, { state: 'accepted', by: currentActor(), reason: 'pairing code' });
    }
    const fingerprint = keyFingerprint(input.publicKey);
    recordAudit(db, {
      action: takeover ? 'lan.takeover' : 'lan.pair',
      subject: `judge:${judge.id}`,
      before: takeover && active ? { device: active.id, name: active.name } : null,
      after: { device: deviceId, name: input.deviceName, fingerprint, epoch },
      ...(takeover ? { reason } : {}),
    });
    recordAudit(db, {
      action: 'judgeKey.accept',
      subject: `judge:${judge.id}`,
      before: null,
      after: { fingerprint, epoch, via: 'pairing', device: deviceId },
    });
    return {
      token,
      deviceId,
      judge: { id: judge.id, name: judge.name, seats: judgeSeats(db, judge.id) },
      takeover,
    };
  });
}

export type DeviceLookup = { ok: true; device: LanDeviceRow } | { ok: false; code: TokenRefusal };

/** The device a token belongs to: a revoked or replaced one is refused from its next call on. */
export function deviceForToken(db: Db, token: string): DeviceLookup {
  const device = deviceByTokenHash(db, sha256Hex(token));
  if (!device) return { ok: false, code: 'lan.notPaired' };
  if (device.revokedAt !== null) {
    return {
      ok: false,
      code: device.replacedBy !== null ? 'lan.deviceReplaced' : 'lan.deviceRevoked',
    };
  }
  return { ok: true, device };
}

/**
 * Revokes a device at once: its token is refused from the next call, and its key is retired
 * (the judge's key epoch goes up), so a score file it signed is refused on a USB stick too.
 * Marks it sent before stay.
 */
export function revokeDevice(db: Db, deviceId: number, reason: string): LanDeviceRow {
  requireOrganizer(db);
  const device = readLanDevice(db, deviceId);
  if (!device) throw AppFailure.of('lan.deviceNotFound');
  if (device.revokedAt !== null) return device;
  snapshotBefore(db, db.name, 'lan-revoke');
  return inTransaction(db, () => {
    const at = new Date().toISOString();
    revokeLanDevice(db, device.id, { at, by: currentActor(), reason });
    retireJudgeKeys(db, device.judgeId, currentActor(), reason);
    const epoch = raiseKeyEpoch(db, device.judgeId);
    recordAudit(db, {
      action: 'lan.revoke',
      subject: `judge:${device.judgeId}`,
      before: { device: device.id, name: device.name },
      after: { epoch },
      reason,
    });
    return readLanDevice(db, device.id)!;
  });
}

export function listDevices(db: Db): LanDeviceView[] {
  requireOrganizer(db);
  return readLanDevices(db).map((d) => ({
    id: d.id,
    judgeId: d.judgeId,
    judge: d.judge,
    seats: judgeSeats(db, d.judgeId),
    name: d.name,
    fingerprint: keyFingerprint(d.publicKey),
    pairedAt: d.pairedAt,
    lastSeenAt: d.lastSeenAt,
    marksReceived: d.marksReceived,
    unsent: d.unsent,
    revokedAt: d.revokedAt,
    revokedReason: d.revokedReason,
  }));
}

/** The panel judges no device or laptop writes for yet: those a first pairing sheet lists. */
export function judgesWithoutWriter(db: Db): number[] {
  requireOrganizer(db);
  return panelJudgeIds(db).filter(
    (id) =>
      activeDeviceOf(db, id) === undefined &&
      !readJudgeKeys(db, id).some((k) => k.state === 'accepted'),
  );
}
