import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Track } from '../../shared/domain/rubric';
import { rubricFingerprintInput } from '../../shared/formats/judgeFile';

// Signatures of the files that travel: HMAC-SHA256 with the judge's own 32-byte key, so a score
// file that was changed, or that claims another judge, does not verify.

const HEX64 = /^[0-9a-f]{64}$/;

/** A payload in pieces: text, signed as its UTF-8, or bytes. */
export type SignedPieces = string | readonly (string | Uint8Array)[];

/** `payload` may come in pieces (cut from a file's text or bytes): signed as if joined. */
export function sign(keyBase64: string, payload: SignedPieces): string {
  const hmac = createHmac('sha256', Buffer.from(keyBase64, 'base64'));
  for (const piece of typeof payload === 'string' ? [payload] : payload) {
    if (typeof piece === 'string') hmac.update(piece, 'utf8');
    else hmac.update(piece);
  }
  return hmac.digest('hex');
}

/** Constant-time comparison: how much of a forged signature matched must not leak through timing. */
export function verifySignature(
  keyBase64: string,
  payload: SignedPieces,
  signature: string,
): boolean {
  if (!HEX64.test(signature)) return false;
  const expected = Buffer.from(sign(keyBase64, payload), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the panel's scoring structure: a score file made against another rubric is refused. */
export function rubricFingerprint(tracks: readonly Track[]): string {
  return sha256Hex(rubricFingerprintInput(tracks));
}
