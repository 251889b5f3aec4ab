import { z } from 'zod';
import { code } from '../domain/text';
import type { AppError } from '../errors';
import { judgeFileSchema, publicKey } from '../formats/judgeFile';
import { positiveId, scoreFileCellSchema } from '../formats/scoreFileCell';
import { type CallDefinition, defineCalls } from './define';
import type { CallerRole } from './roles';

// The hall network's wire (docs/lan.md): what a judge's paired device, the big screen and a
// device pairing may ask of the head table. Each call is `POST /api/<name>` with a JSON body,
// answered `{ ok: true, value }` or `{ ok: false, errors }` like the app's own calls; a paired
// device sends its token as `Authorization: Bearer <token>`. Nothing of the organizer's contract
// (shared/api/contract.ts) is served on this side: its calls are refused by name.

const count = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

/** Marks a device may hold unsent: it says so with every call, for the head table's list. */
const unsent = count.optional();

/** A score file's text as pushed: the same document as the file (shared/formats/scoreFile.ts). */
export const MAX_PUSH_CHARS = 5 * 1024 * 1024;

export const lanWireCalls = defineCalls({
  /** Pairing: a one-time code and the device's own public key for a device token. */
  'device.pair': {
    input: z
      .object({
        code: z.string().min(1).max(40),
        /** What the judge calls the device ("iPad", "张老师的手机"): shown on the devices list. */
        deviceName: z.string().trim().min(1).max(60),
        publicKey,
      })
      .strict(),
    output: z.object({
      /** Sent with every later call; the head table keeps only its hash. */
      token: z.string().min(32).max(200),
      deviceId: positiveId,
      judge: z.object({
        id: positiveId,
        name: z.string(),
        seats: z.record(code, z.number().int().min(1).max(99)),
      }),
      /** Whether this pairing took the judge over from another device. */
      takeover: z.boolean(),
    }),
  },
  /**
   * The judge's sheet: the judge file the head table would issue now (signed with the
   * competition's key: panels, entries in draw order with recusals marked, rubric, seats, key
   * epoch), and the marks the head table holds from this judge, to continue from.
   */
  'device.sheet': {
    input: z.object({ unsent }).strict(),
    output: z.object({
      judgeFile: judgeFileSchema,
      /** Each as a score file's cell: the device continues from these revisions. */
      marks: z.array(scoreFileCellSchema),
      device: z.object({ id: positiveId, name: z.string() }),
    }),
  },
  /**
   * Marks in: the judge's signed score file, merged by the score-file merge. The answer comes
   * only after the merge is durable in the head table's store; the same document again changes
   * nothing and is answered the same.
   */
  'device.push': {
    input: z.object({ document: z.string().min(1).max(MAX_PUSH_CHARS), unsent }).strict(),
    output: z.object({
      /** SHA-256 of the document's UTF-8: the live event of this push names it. */
      fileHash: z.string(),
      applied: count,
      unchanged: count,
      older: count,
      conflicts: count,
      receivedAt: z.string(),
    }),
  },
  /**
   * Marks in from a judge's own ScoreDesk app (a judge file on a laptop), with no token: the
   * judge's signed score file, checked and merged as a file off a USB stick. The sender is told
   * a status and counts only: `waiting` while the head table has not accepted the judge's key
   * (listed for it to compare), `refused` with no reason (it is nobody known).
   */
  'scoreFile.push': {
    input: z.object({ document: z.string().min(1).max(MAX_PUSH_CHARS) }).strict(),
    output: z.object({
      status: z.enum(['applied', 'unchanged', 'waiting', 'refused']),
      applied: count,
      unchanged: count,
      older: count,
      conflicts: count,
      receivedAt: z.string(),
    }),
  },
  /** A heartbeat: the device is here, holds this many unsent; still the judge's writer? */
  'device.hello': {
    input: z.object({ unsent }).strict(),
    output: z.object({ serverTime: z.string(), writing: z.boolean() }),
  },
});

export type LanWireCalls = typeof lanWireCalls;
export type LanCallName = keyof LanWireCalls;
export type LanCallInput<K extends LanCallName> = z.input<LanWireCalls[K]['input']>;
export type LanCallOutput<K extends LanCallName> = z.output<LanWireCalls[K]['output']>;
export type LanCallResponse<K extends LanCallName> =
  | { ok: true; value: LanCallOutput<K> }
  | { ok: false; errors: AppError[] };

/** The roles the hall network may hold: never the organizer's or the head judge's. */
export type HallRole = Extract<CallerRole, 'judge' | 'display' | 'pairing'>;

/** Who may make each wire call; the type leaves no room for an organizer's role. */
export const lanWireRoles: Record<LanCallName, readonly HallRole[]> = {
  'device.pair': ['pairing'],
  'device.sheet': ['judge'],
  'device.push': ['judge'],
  'device.hello': ['judge'],
  // Whoever sends it: the judge's signature on the document is what counts, as on a USB stick.
  'scoreFile.push': ['pairing'],
};

export function isLanCallName(name: string): name is LanCallName {
  return Object.hasOwn(lanWireCalls, name);
}

export const DEVICE_TOKEN_SCHEME = 'Bearer';

/**
 * Why the hall refuses a device's token from now on: switched off by the head table, replaced by
 * the judge's new device (a takeover), or never paired here. The device stops sending on any.
 */
export const TOKEN_REFUSALS = ['lan.deviceRevoked', 'lan.deviceReplaced', 'lan.notPaired'] as const;
export type TokenRefusal = (typeof TOKEN_REFUSALS)[number];
export const isTokenRefusal = (code: string | undefined): code is TokenRefusal =>
  (TOKEN_REFUSALS as readonly (string | undefined)[]).includes(code);

/** Keeps the table's entries typed as calls (for the dispatch's generic code). */
export const lanCallDefinitions: Record<LanCallName, CallDefinition> = lanWireCalls;
