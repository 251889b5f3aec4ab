import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as edSign,
  verify as edVerify,
  generateKeyPairSync,
} from 'node:crypto';
import type { Track } from '../../shared/domain/rubric';
import { rubricFingerprintInput } from '../../shared/formats/judgeFile';
import { keyFingerprintText } from '../../shared/formats/keyFingerprint';

// Signatures of the files that travel (format version 2): Ed25519. The competition's key pair
// signs judge files, paper-sheet markers and published results on the organizer's machine; each
// judge's key pair is made on the judge's own device and signs that judge's score files. Only
// public keys travel; the organizer's store holds no key that can sign a score file.

/** A payload in pieces: text, signed as its UTF-8, or bytes. */
export type SignedPieces = string | readonly (string | Uint8Array)[];

export interface KeyPair {
  /** The raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS #8 DER, base64: stays where it was made. */
  privateKey: string;
}

/** The DER head of an Ed25519 SubjectPublicKeyInfo, before the 32 raw key bytes. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function makeKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: spki.subarray(SPKI_PREFIX.length).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

/** The public key of a private one (a store checks that the two it holds belong together). */
export function publicKeyOf(privateKey: string): string {
  const key = createPublicKey(
    createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' }),
  );
  return key
    .export({ format: 'der', type: 'spki' })
    .subarray(SPKI_PREFIX.length)
    .toString('base64');
}

const joined = (payload: SignedPieces): Buffer =>
  Buffer.concat(
    (typeof payload === 'string' ? [payload] : payload).map((piece) =>
      typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece,
    ),
  );

/** Base64 of the 64-byte Ed25519 signature of the payload (pieces signed as if joined). */
export function signWith(privateKey: string, payload: SignedPieces): string {
  const key = createPrivateKey({
    key: Buffer.from(privateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return edSign(null, joined(payload), key).toString('base64');
}

const BASE64_KEY = /^[A-Za-z0-9+/]{43}=$/;
const BASE64_SIGNATURE = /^[A-Za-z0-9+/]{86}==$/;

/** The last letter's unused bits are ignored by decoders: only the spelling we write is one. */
const canonicalBase64 = (text: string, shape: RegExp): boolean =>
  shape.test(text) && Buffer.from(text, 'base64').toString('base64') === text;

/** False for a malformed key or signature as for a wrong one: nothing here throws on a file. */
export function verifyWith(publicKey: string, payload: SignedPieces, signature: string): boolean {
  if (!canonicalBase64(publicKey, BASE64_KEY) || !canonicalBase64(signature, BASE64_SIGNATURE)) {
    return false;
  }
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKey, 'base64')]),
      format: 'der',
      type: 'spki',
    });
    return edVerify(null, joined(payload), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** What people read aloud and compare: 16 letters and digits of the key's SHA-256, in fours. */
export function keyFingerprint(publicKey: string): string {
  return keyFingerprintText(createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest());
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the panel's scoring structure: a score file made against another rubric is refused. */
export function rubricFingerprint(tracks: readonly Track[]): string {
  return sha256Hex(rubricFingerprintInput(tracks));
}
