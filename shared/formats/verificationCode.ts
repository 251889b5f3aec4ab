// The short verification code printed on posted results (公示), and the QR text beside it.
// The code is read aloud over the phone and typed by someone checking a posted list, so it uses
// the fingerprint's alphabet (Crockford's base32: no I, L, O or U, nothing reads as another
// character) and is 100 bits of the SHA-256 of the signed payload: long enough that nobody can
// make another list with the same code (2^100 tries), short enough to type (five groups of four).
// The digest is computed where hashing lives (electron/services); this file stays pure.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_GROUPS = 5;

export const VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){4}$/;

/** The code of a payload's SHA-256 digest: "7K3M-Q9TX-2B8D-HF4W-M1ZC". */
export function verificationCodeText(digest: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  const length = CODE_GROUPS * 4;
  for (const byte of digest.subarray(0, Math.ceil((length * 5) / 8))) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/**
 * A code as someone typed it, in the form it is printed: case, spaces and dashes do not matter,
 * and the letters Crockford's alphabet leaves out are read as the digits they look like
 * (O → 0, I and L → 1). Null when what is left is not 20 characters of the alphabet.
 */
export function typedCode(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(plain)) return null;
  return plain.match(/.{4}/g)!.join('-');
}

/** What the QR code beside the printed code carries: the code and what a verifier needs. */
export interface ResultsQr {
  code: string;
  /** The competition key's fingerprint (shared/formats/keyFingerprint.ts). */
  fingerprint: string;
  /** Lowercase hex SHA-256 of the signed payload, which the code abbreviates. */
  sha256: string;
  track: string;
  version: number;
}

const QR_PREFIX = 'SCOREDESK-RESULTS:2';

/** "SCOREDESK-RESULTS:2;code=…;key=…;sha256=…;track=…;version=…" (docs/file-formats.md). */
export function resultsQrText(qr: ResultsQr): string {
  return [
    QR_PREFIX,
    `code=${qr.code}`,
    `key=${qr.fingerprint}`,
    `sha256=${qr.sha256}`,
    `track=${qr.track}`,
    `version=${qr.version}`,
  ].join(';');
}

/** A scanned QR text back into its parts; null when it is not one of ours. */
export function parseResultsQr(text: string): ResultsQr | null {
  const [prefix, ...parts] = text.trim().split(';');
  if (prefix !== QR_PREFIX) return null;
  const fields = new Map(parts.map((part) => part.split('=', 2) as [string, string]));
  const code = typedCode(fields.get('code') ?? '');
  const fingerprint = fields.get('key') ?? '';
  const sha256 = fields.get('sha256') ?? '';
  const version = Number(fields.get('version'));
  if (!code || !/^[0-9a-f]{64}$/.test(sha256) || !Number.isInteger(version)) return null;
  return { code, fingerprint, sha256, track: fields.get('track') ?? '', version };
}
