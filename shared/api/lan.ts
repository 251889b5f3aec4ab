import { z } from 'zod';
import { code } from '../domain/text';
import { positiveId } from '../formats/scoreFileCell';
import { defineCalls } from './define';

// The head table's side of live scoring on the hall network (现场联网评分): open the hall on one
// chosen address, issue pairing codes, see and revoke the judges' devices. Organizer calls, on
// the window and the loopback host only; the hall network's own calls are in lanWire.ts.

const seats = z.record(code, z.number().int().min(1).max(99));

export const lanAddressSchema = z.object({
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  /** The interface's name as the system calls it (en0, wlan0, 以太网). */
  interface: z.string(),
  internal: z.boolean(),
});
export type LanAddress = z.infer<typeof lanAddressSchema>;

export const lanStatusSchema = z.object({
  open: z.boolean(),
  address: z.string().nullable(),
  port: z.number().int().nullable(),
  https: z.boolean(),
  /** What judges open: "https://192.168.8.10:8443". */
  origin: z.string().nullable(),
  /** SHA-256 of the hall certificate (DER), hex; null over plain HTTP or while closed. */
  certificate: z.string().nullable(),
  certificateExpiresAt: z.string().nullable(),
  /** Listening on every interface (0.0.0.0 / ::), as the organizer asked explicitly. */
  everyInterface: z.boolean(),
});
export type LanStatus = z.infer<typeof lanStatusSchema>;

export const pairingCodeViewSchema = z.object({
  judgeId: positiveId,
  judge: z.string(),
  seats,
  /** "K7QM-3WXP": shown and printed once; the head table keeps only its hash. */
  code: z.string(),
  expiresAt: z.string(),
  /** The QR code's content: address, code and certificate fingerprint (shared/lan/pairingLink.ts). */
  link: z.string(),
  takeover: z.boolean(),
});
export type PairingCodeView = z.infer<typeof pairingCodeViewSchema>;

export const lanDeviceViewSchema = z.object({
  id: positiveId,
  judgeId: positiveId,
  judge: z.string(),
  seats,
  name: z.string(),
  /** The device key's fingerprint, as the judge-keys list shows it. */
  fingerprint: z.string(),
  pairedAt: z.string(),
  lastSeenAt: z.string(),
  marksReceived: z.number().int().min(0),
  /** What the device said it still holds unsent, when last seen. */
  unsent: z.number().int().min(0),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type LanDeviceView = z.infer<typeof lanDeviceViewSchema>;

export const lanCalls = defineCalls({
  'lan.addresses': { input: z.object({}).strict(), output: z.array(lanAddressSchema) },
  'lan.status': { input: z.object({}).strict(), output: lanStatusSchema },
  'lan.open': {
    input: z
      .object({
        address: z.string().min(1).max(64),
        port: z.number().int().min(0).max(65535).default(0),
        https: z.boolean().default(true),
        /** Required true to listen on 0.0.0.0 or ::, every interface of the machine. */
        everyInterface: z.boolean().default(false),
      })
      .strict(),
    output: lanStatusSchema,
  },
  'lan.close': { input: z.object({}).strict(), output: lanStatusSchema },
  'lan.issueCodes': {
    input: z
      .object({
        judgeIds: z.array(positiveId).min(1).max(500),
        validMinutes: z.number().int().min(1).max(240).default(15),
        /** Given: the codes take each judge over from the device writing for them (logged). */
        takeoverReason: z.string().trim().min(1).max(500).optional(),
      })
      .strict(),
    output: z.array(pairingCodeViewSchema),
  },
  'lan.devices': { input: z.object({}).strict(), output: z.array(lanDeviceViewSchema) },
  'lan.revoke': {
    input: z.object({ deviceId: positiveId, reason: z.string().trim().min(1).max(500) }).strict(),
    output: z.object({}),
  },
});
