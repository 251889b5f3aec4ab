import { z } from 'zod';
import { code } from '../domain/text';
import { positiveId } from '../formats/scoreFileCell';

// What the head table's screens hear live (server-sent events on the loopback host,
// `GET /api/events`, organizer's token): marks merged from the hall network, changes to the
// devices list, the hall opened or closed. Each event is a `data:` line of this JSON; `seq` goes
// up by one per event of the process, so a screen that sees a gap reloads what it shows.

const at = z.string();

export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('marks'),
    seq: z.number().int(),
    at,
    judgeId: positiveId,
    /** null: the judge's own ScoreDesk app pushed its score file (`scoreFile.push`). */
    deviceId: positiveId.nullable(),
    /** The pushed document's SHA-256: the device's acknowledgement names the same. */
    fileHash: z.string(),
    applied: z.number().int().min(0),
    conflicts: z.number().int().min(0),
    /** Entries whose marks changed, and their tracks: what a screen needs to refresh. */
    entryIds: z.array(positiveId),
    tracks: z.array(code),
  }),
  z.object({
    type: z.literal('devices'),
    seq: z.number().int(),
    at,
    deviceId: positiveId,
    judgeId: positiveId,
    change: z.enum(['paired', 'takeover', 'revoked', 'seen']),
  }),
  z.object({
    type: z.literal('hall'),
    seq: z.number().int(),
    at,
    open: z.boolean(),
  }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
/** An event as published, before the bus numbers it. */
export type LiveEventBody = LiveEvent extends infer E
  ? E extends LiveEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;

export const LIVE_EVENTS_PATH = '/api/events';
