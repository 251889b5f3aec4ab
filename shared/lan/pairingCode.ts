// The one-time code a judge types (or scans) to pair a device: eight characters in two groups of
// four, "K7QM-3WXP", from an alphabet without the characters people misread (0 O, 1 I L). Any
// case, spaces and dashes are accepted as typed. 31^8 ≈ 8.5 × 10^11 codes, tried a few a minute
// (rate-limited) for the minutes a code lives: guessing one is hopeless.

export const PAIRING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PAIRING_CODE_LENGTH = 8;

/** A code as typed → its canonical form "ABCD-EFGH", or null when it cannot be a code. */
export function normalizePairingCode(typed: string): string | null {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  if (letters.length !== PAIRING_CODE_LENGTH) return null;
  for (const letter of letters) if (!PAIRING_ALPHABET.includes(letter)) return null;
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/**
 * A code from random bytes (one byte a character, rejection-sampled so every character is
 * equally likely); null when the bytes ran out first: call again with more.
 */
export function pairingCodeFromBytes(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % PAIRING_ALPHABET.length);
  let letters = '';
  for (const byte of bytes) {
    if (byte >= limit) continue;
    letters += PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length];
    if (letters.length === PAIRING_CODE_LENGTH) return normalizePairingCode(letters);
  }
  return null;
}
