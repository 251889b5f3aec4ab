import { createHash } from 'node:crypto';
import type { ResultsFile, UnsignedResultsFile } from '../../shared/formats/resultsFile';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { type ResultsQr, verificationCodeText } from '../../shared/formats/verificationCode';
import { signWith } from './signing';

// A posted list signed as a results file, with the short code printed beside it. The code and
// the QR digest are of the signed payload (the canonical JSON without the signature), so they
// are the same however often the version is exported, and anyone can recompute them from the
// file alone (docs/file-formats.md, "Signed results file").

export interface SignedResults {
  file: ResultsFile;
  /** The file as written to disk. */
  content: string;
  code: string;
  qr: ResultsQr;
}

/** SHA-256 of the signed payload, lowercase hex (the payload given whole or in pieces). */
export function resultsDigest(payload: string | readonly (string | Uint8Array)[]): Buffer {
  const hash = createHash('sha256');
  for (const piece of typeof payload === 'string' ? [payload] : payload) hash.update(piece);
  return hash.digest();
}

export function resultsCode(unsigned: UnsignedResultsFile): string {
  return verificationCodeText(resultsDigest(signedPayload(unsigned)));
}

export function qrOf(file: UnsignedResultsFile, digest: Buffer): ResultsQr {
  return {
    code: verificationCodeText(digest),
    fingerprint: file.competition.fingerprint,
    sha256: digest.toString('hex'),
    track: file.track.code,
    version: file.publication.version,
  };
}

export function signResults(unsigned: UnsignedResultsFile, privateKey: string): SignedResults {
  const payload = signedPayload(unsigned);
  const file = { ...unsigned, signature: signWith(privateKey, payload) } as ResultsFile;
  const qr = qrOf(unsigned, resultsDigest(payload));
  return { file, content: encodeSignedFile(file), code: qr.code, qr };
}
