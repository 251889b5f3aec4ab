import type { z } from 'zod';
import { isCallName } from '../../shared/api/contract';
import {
  type HallRole,
  isLanCallName,
  type LanCallName,
  type LanCallOutput,
  type LanWireCalls,
  lanCallDefinitions,
  lanWireRoles,
} from '../../shared/api/lanWire';
import { type AppError, AppFailure } from '../../shared/errors';
import { asActor } from '../store/auditActor';
import type { Db } from '../store/database';
import { diskFailure } from '../store/diskFaults';
import type { LanDeviceRow } from '../store/lanDevicesTable';
import { pushFromDevice, recordSeenKeepingChecks } from './devicePush';
import { deviceSheet } from './deviceSheet';
import type { LiveEvents } from './liveEvents';
import { deviceForToken, pairDevice } from './pairing';
import { PairingLimiter } from './pairingLimiter';
import { pushScoreFile } from './scoreFilePush';

// Every call from the hall network passes here. Only the wire's own calls (lanWire.ts) exist on
// this side: a name of the organizer's contract is refused as such, whatever token comes with
// it. The caller's role comes from the request alone: no token, pairing; a paired device's
// token, that device's judge. The handlers are synchronous (better-sqlite3), so an answer leaves
// only after its transaction is committed.

export interface HallRequest {
  name: string;
  payload: unknown;
  /** The bearer token, when one was sent. */
  token: string | undefined;
  /** The device's network address, for the pairing rate limit. */
  remote: string;
}

export interface HallAnswer {
  status: number;
  body: { ok: true; value: unknown } | { ok: false; errors: AppError[] };
  retryAfter?: number;
}

export interface HallContext {
  /** The organizer's store the hall is open for; throws lan.noCompetition when there is none. */
  db: () => Db;
  events: LiveEvents;
  limiter: PairingLimiter;
  /** Pushes with no token (`scoreFile.push`), per address and overall. */
  pushLimiter?: PairingLimiter;
}

/**
 * A judge's app pushes a second after the judge's last mark, and again while the head table is
 * unreachable: a few a minute. A stranger flooding the head table with documents to check is
 * held back well before the checks cost the head table its answers to the devices.
 */
export const PUSH_LIMITS = { perAddress: 60, overall: 600, windowMs: 60_000 };

type Caller = { roles: readonly HallRole[]; device: LanDeviceRow | null };

const refuse = (
  status: number,
  code: AppError['code'],
  params?: AppError['params'],
): HallAnswer => ({
  status,
  body: { ok: false, errors: [params ? { code, params } : { code }] },
});

export function createHallDispatch(context: HallContext): (request: HallRequest) => HallAnswer {
  const pushLimiter = context.pushLimiter ?? new PairingLimiter(PUSH_LIMITS);
  return (request) => {
    const { name } = request;
    if (!isLanCallName(name)) {
      // The organizer's calls are never served to the hall: said as such, not as unknown.
      return isCallName(name)
        ? refuse(403, 'lan.notHallCall', { name })
        : refuse(404, 'error.unknownCall', { name });
    }
    try {
      const db = context.db();
      const caller = callerOf(db, request.token);
      if ('status' in caller) return caller;
      if (!lanWireRoles[name].some((role) => caller.roles.includes(role))) {
        return caller.device ? refuse(403, 'lan.alreadyPaired') : refuse(401, 'lan.notPaired');
      }
      if (name === 'device.pair' || name === 'scoreFile.push') {
        const limiter = name === 'device.pair' ? context.limiter : pushLimiter;
        const allowed = limiter.take(request.remote);
        if (!allowed.ok) {
          return {
            ...refuse(
              429,
              name === 'device.pair' ? 'lan.pairingRateLimited' : 'livePush.rateLimited',
              { seconds: allowed.retryAfter },
            ),
            retryAfter: allowed.retryAfter,
          };
        }
      }
      const parsed = lanCallDefinitions[name].input.safeParse(request.payload ?? {});
      if (!parsed.success)
        return { status: 400, body: { ok: false, errors: describeIssues(parsed.error) } };
      const actor = caller.device
        ? `device:${caller.device.id} (${caller.device.judge})`
        : name === 'scoreFile.push'
          ? 'judge app (hall network)'
          : 'device pairing';
      const handler = handlers[name] as (
        db: Db,
        input: unknown,
        device: LanDeviceRow | null,
        events: LiveEvents,
      ) => unknown;
      const value = asActor(actor, () => handler(db, parsed.data, caller.device, context.events));
      return { status: 200, body: { ok: true, value } };
    } catch (error) {
      const disk = diskFailure(error);
      // Retried by the device: its marks stay unsent there until the disk takes them.
      if (disk) return { status: 503, body: { ok: false, errors: disk.errors } };
      if (error instanceof AppFailure) {
        const status = error.errors[0]?.code === 'lan.noCompetition' ? 503 : 422;
        return { status, body: { ok: false, errors: error.errors } };
      }
      console.error(`ScoreDesk hall: ${error instanceof Error ? error.message : String(error)}`);
      return refuse(500, 'error.unexpected', { detail: String(error) });
    }
  };
}

function callerOf(db: Db, token: string | undefined): Caller | HallAnswer {
  if (token === undefined) return { roles: ['pairing'], device: null };
  const found = deviceForToken(db, token);
  if (!found.ok) return refuse(401, found.code);
  return { roles: ['judge'], device: found.device };
}

type WireHandlers = {
  [K in LanCallName]: (
    db: Db,
    input: z.output<LanWireCalls[K]['input']>,
    device: LanDeviceRow | null,
    events: LiveEvents,
  ) => LanCallOutput<K>;
};

/** Each call's work; `device` is there for every call but pairing (the roles say so). */
const handlers: WireHandlers = {
  'device.pair': (db, input, _device, events) => {
    const paired = pairDevice(db, input);
    events.publish({
      type: 'devices',
      deviceId: paired.deviceId,
      judgeId: paired.judge.id,
      change: paired.takeover ? 'takeover' : 'paired',
    });
    return paired;
  },
  'device.sheet': (db, input, device, events) => {
    seen(db, device!, input.unsent, events);
    return deviceSheet(db, device!);
  },
  'device.push': (db, input, device, events) => {
    const pushed = pushFromDevice(db, device!, input.document, input.unsent);
    if (pushed.receipt.applied > 0 || pushed.receipt.conflicts > 0) {
      events.publish({
        type: 'marks',
        judgeId: device!.judgeId,
        deviceId: device!.id,
        fileHash: pushed.receipt.fileHash,
        applied: pushed.receipt.applied,
        conflicts: pushed.receipt.conflicts,
        entryIds: pushed.entryIds,
        tracks: pushed.tracks,
      });
    }
    return pushed.receipt;
  },
  'scoreFile.push': (db, input, _device, events) => {
    const pushed = pushScoreFile(db, input.document);
    if (pushed.reason) console.error(`ScoreDesk hall: a pushed score file: ${pushed.reason}`);
    if (pushed.changed) {
      events.publish({
        type: 'marks',
        judgeId: pushed.changed.judgeId,
        deviceId: null,
        fileHash: pushed.changed.fileHash,
        applied: pushed.answer.applied,
        conflicts: pushed.answer.conflicts,
        entryIds: pushed.changed.entryIds,
        tracks: pushed.changed.tracks,
      });
    }
    return pushed.answer;
  },
  'device.hello': (db, input, device, events) => {
    seen(db, device!, input.unsent, events);
    return { serverTime: new Date().toISOString(), writing: true };
  },
};

/**
 * A call says the device is here and how many marks it holds unsent. Written when that changed
 * or a while has passed: a heartbeat that wrote (and synced) the store every time would cost
 * each push in the queue behind it a disk flush, for a time nobody reads to the second.
 */
const SEEN_EVERY_MS = 10_000;

function seen(db: Db, device: LanDeviceRow, unsent: number | undefined, events: LiveEvents): void {
  const now = new Date();
  const changed = unsent !== undefined && unsent !== device.unsent;
  if (!changed && now.getTime() - Date.parse(device.lastSeenAt) < SEEN_EVERY_MS) return;
  recordSeenKeepingChecks(db, device.id, {
    at: now.toISOString(),
    unsent: unsent ?? null,
    received: 0,
  });
  events.publish({ type: 'devices', deviceId: device.id, judgeId: device.judgeId, change: 'seen' });
}

function describeIssues(error: z.ZodError): AppError[] {
  return error.issues.slice(0, 10).map((issue) => ({
    code: 'error.invalidInput',
    params: { field: issue.path.join('.') || '—', detail: issue.message },
  }));
}
