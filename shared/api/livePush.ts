import { z } from 'zod';
import { defineCalls } from './define';

// The judge's side of live delivery (docs/lan.md, "Judges with the ScoreDesk app"): when the
// judge file names the head table's hall, the app pushes the judge's signed score file there in
// the background; the sheet asks how that stands, to say it in words.

export const livePushStates = [
  /** The judge file names no hall: the score file travels on a USB stick only. */
  'off',
  /** A change waits to be sent, or is on its way. */
  'sending',
  /** The head table saved the document holding every mark on this sheet. */
  'delivered',
  /** The head table did not answer (closed, out of range, the Wi-Fi down): sent again later. */
  'unreachable',
  /** Something answered at the hall's address with another certificate: nothing was sent. */
  'wrongCertificate',
  /** The head table has not accepted this laptop's key yet: sent again until it has. */
  'waiting',
  /** The head table refused the document (it says why when the file is handed over). */
  'refused',
] as const;
export type LivePushStateName = (typeof livePushStates)[number];

export const livePushStateSchema = z.object({
  state: z.enum(livePushStates),
  /** When the head table last saved a document from this sheet (this run of the app). */
  deliveredAt: z.string().nullable(),
  /** The fingerprint of this laptop's key, for `waiting` (the head table compares it). */
  keyFingerprint: z.string().nullable(),
});
export type LivePushState = z.infer<typeof livePushStateSchema>;

export const livePushCalls = defineCalls({
  /** How the live delivery stands; asking also starts it on a sheet just opened. */
  'sheet.pushState': { input: z.object({}), output: livePushStateSchema },
});
