// A key's fingerprint as people read it aloud across the head table: the first 80 bits of its
// SHA-256 in Crockford's base32 (digits and capitals without I, L, O and U, so nothing reads as
// another character), four groups of four: "7K3M-Q9TX-2B8D-HF4W".

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function keyFingerprintText(digest: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

export const KEY_FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
