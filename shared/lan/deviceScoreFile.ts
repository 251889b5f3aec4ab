import { ed25519 } from '@noble/curves/ed25519.js';
import type { JudgeFile } from '../formats/judgeFile';
import { SCORE_FILE_FORMAT, SCORE_FILE_VERSION, type ScoreFile } from '../formats/scoreFile';
import type { ScoreFileCell } from '../formats/scoreFileCell';
import { encodeSignedFile, signedPayload } from '../formats/signedFile';
import { base64ToBytes, bytesToBase64 } from './base64';

// A paired device's side of the wire, in a browser or in Node alike: its own Ed25519 key pair
// and the signed score file it pushes — the very document a judge's laptop writes to a USB stick
// (shared/formats/scoreFile.ts), so the head table checks both with the same merge.
//
// Why a JavaScript Ed25519 (@noble/curves) and not WebCrypto: over plain HTTP a page is not a
// secure context, and browsers give such a page no crypto.subtle at all (crypto.getRandomValues
// stays, and is all this needs from the browser). The same code then signs on every device,
// over HTTPS or not, and in the tests.

export interface DeviceKey {
  /** The 32-byte Ed25519 secret, base64: stays on the device (IndexedDB in the browser). */
  secretKey: string;
  /** The 32-byte public key, base64, as score files and the judge-keys table spell it. */
  publicKey: string;
}

/** A new key pair, from the platform's random numbers (crypto.getRandomValues). */
export function makeDeviceKey(): DeviceKey {
  return deviceKeyFromSecret(bytesToBase64(ed25519.utils.randomSecretKey()));
}

export function deviceKeyFromSecret(secretKey: string): DeviceKey {
  return { secretKey, publicKey: bytesToBase64(ed25519.getPublicKey(base64ToBytes(secretKey))) };
}

/** One mark as the device keeps it: blank (null) is a cleared cell, never zero. */
export type DeviceMark = ScoreFileCell;

export interface DeviceScoreFileInput {
  /** The judge file the head table served this device (its judge, competition and rubric). */
  judgeFile: Pick<JudgeFile, 'competition' | 'judge' | 'rubricFingerprint'>;
  key: DeviceKey;
  /** Every mark the device holds for the judge, each with its revision. */
  marks: readonly DeviceMark[];
  /** How often the judge pressed 提交 on this device, and when last (null: never). */
  submissions?: number;
  submittedAt?: string | null;
}

/**
 * The marks the head table can take, as its newest sheet names their entries: a mark kept for an
 * entry the sheet no longer lists, or now recuses the judge from, stays on the device but is not
 * sent (one such mark would refuse the whole file, and every later mark with it), as a judge's
 * laptop leaves them out of its score file; the number and track are the sheet's (renumbered).
 */
export function sendableMarks(
  entries: ReadonlyArray<Pick<JudgeFile['entries'][number], 'id' | 'no' | 'track' | 'recusal'>>,
  marks: readonly DeviceMark[],
): DeviceMark[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return marks.flatMap((mark) => {
    const entry = byId.get(mark.entryId);
    if (!entry || entry.recusal) return [];
    return [{ ...mark, entryNo: entry.no, track: entry.track }];
  });
}

/** The signed score file, and its text: the bytes to push (and what a USB stick would carry). */
export function deviceScoreFile(input: DeviceScoreFileInput): { file: ScoreFile; text: string } {
  const { judgeFile, key } = input;
  const unsigned: Omit<ScoreFile, 'signature'> = {
    format: SCORE_FILE_FORMAT,
    version: SCORE_FILE_VERSION,
    competitionId: judgeFile.competition.id,
    rubricFingerprint: judgeFile.rubricFingerprint,
    judge: {
      id: judgeFile.judge.id,
      name: judgeFile.judge.name,
      keyEpoch: judgeFile.judge.keyEpoch,
      publicKey: key.publicKey,
    },
    submissions: input.submissions ?? 0,
    submittedAt: input.submittedAt ?? null,
    // The file's order is the device's business; sorting makes a resend byte for byte the same.
    scores: [...input.marks].sort(byCell),
  };
  const message = new TextEncoder().encode(signedPayload(unsigned));
  const signature = bytesToBase64(ed25519.sign(message, base64ToBytes(key.secretKey)));
  const file: ScoreFile = { ...unsigned, signature };
  return { file, text: encodeSignedFile(file) };
}

/**
 * Whether the competition's key signed this judge file: a device pins the competition key of its
 * first sheet and refuses one signed by any other (as a judge's laptop does with a judge file).
 */
export function judgeFileSignedBy(file: JudgeFile, competitionPublicKey: string): boolean {
  if (file.competition.publicKey !== competitionPublicKey) return false;
  try {
    return ed25519.verify(
      base64ToBytes(file.signature),
      new TextEncoder().encode(signedPayload(file)),
      base64ToBytes(competitionPublicKey),
    );
  } catch {
    return false;
  }
}

function byCell(a: DeviceMark, b: DeviceMark): number {
  return (
    a.entryId - b.entryId || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0)
  );
}
