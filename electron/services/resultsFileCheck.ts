import type { AppError } from '../../shared/errors';
import type { ResultsFile } from '../../shared/formats/resultsFile';
import type { ParseOutcome } from '../../shared/formats/signedFile';
import { parseResultsQr, typedCode } from '../../shared/formats/verificationCode';
import { qrOf, resultsDigest } from './resultsFileSigning';
import { keyFingerprint, verifyWith } from './signing';

// Is this results file the organizer's, unaltered, and the one a posted list's code names?
// In order: a results file at all (parse), signed by the key it carries over exactly its
// content (a changed row fails here), that key the one whose fingerprint the checker holds,
// and, when a code (or the QR text) was typed, that code this file's.

export interface ResultsFileCheck {
  file: ResultsFile | null;
  /** Of the key that signed the file, when it did. */
  fingerprint: string | null;
  /** The file's verification code, when it is intact. */
  code: string | null;
  problem: AppError | null;
}

export function checkResultsFile(
  outcome: ParseOutcome<ResultsFile>,
  expected: { fingerprint?: string | undefined; code?: string | undefined } = {},
): ResultsFileCheck {
  if (!outcome.ok) return { file: null, fingerprint: null, code: null, problem: outcome.error };
  const { file, payload } = outcome;
  const refused = (problem: AppError): ResultsFileCheck => ({ ...intact, problem });
  const fingerprint = keyFingerprint(file.competition.publicKey);
  const altered = { file, fingerprint: null, code: null, problem: null };
  // A file whose stated fingerprint is not its key's was re-signed by someone hoping the reader
  // compares the text only: it is as altered as a changed row.
  if (
    file.competition.fingerprint !== fingerprint ||
    !verifyWith(file.competition.publicKey, payload, file.signature)
  ) {
    return { ...altered, problem: { code: 'resultsFile.badSignature' } };
  }
  const qr = qrOf(file, resultsDigest(payload));
  const intact: ResultsFileCheck = { file, fingerprint, code: qr.code, problem: null };
  const wanted = expected.fingerprint?.trim().toUpperCase();
  if (wanted && wanted !== fingerprint) {
    return refused({
      code: 'resultsFile.otherKey',
      params: { expected: wanted, found: fingerprint },
    });
  }
  if (expected.code !== undefined) {
    const scanned = parseResultsQr(expected.code);
    const typed = scanned?.code ?? typedCode(expected.code);
    const matches =
      typed === qr.code &&
      (!scanned || (scanned.sha256 === qr.sha256 && scanned.fingerprint === qr.fingerprint));
    if (!matches) {
      return refused({
        code: 'resultsFile.codeMismatch',
        params: { typed: typed ?? expected.code.slice(0, 40), code: qr.code },
      });
    }
  }
  return intact;
}
