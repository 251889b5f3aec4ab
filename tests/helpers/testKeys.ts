import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyPair } from '../../electron/services/signing';

// Ed25519 key pairs made from a fixed seed, so a test's (and the docs' example) signatures are
// the same on every run: Ed25519 signatures are deterministic.

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX_LENGTH = 12;

export function testKeyPair(byte: number): KeyPair {
  const der = Buffer.concat([PKCS8_PREFIX, Buffer.alloc(32, byte)]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return {
    publicKey: spki.subarray(SPKI_PREFIX_LENGTH).toString('base64'),
    privateKey: der.toString('base64'),
  };
}
