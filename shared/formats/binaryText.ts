// A file's bytes read as Latin-1, one character per byte, then parsed as JSON. Turning 3 MB of
// UTF-8 into a string costs five times more than this as soon as one name is Chinese (the string
// becomes two-byte), and a merge reads 60 such files. JSON's own syntax is ASCII and a UTF-8
// sequence has no byte below 0x80, so JSON.parse sees the same document either way; what differs
// are the strings holding such sequences, decoded here after parsing, and escapes beyond ASCII,
// which the caller leaves to the slow road.

const NOT_ASCII = /[\u0080-\u00ff]/;
/** A \u escape of a character beyond ASCII (a stray `\\u` in text matches too: no harm). */
const ESCAPE_BEYOND_ASCII = /\\u(?!00[0-7][0-9a-fA-F])/;
// ignoreBOM: a byte-order mark is kept, as Buffer#toString keeps it (and JSON.parse refuses it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Whether the parsed strings may hold characters that did not come from the bytes: an escape
 * such as \ud800 (a lone surrogate, which the canonical encoding writes so) parses to a
 * character that decoding the string's bytes would mangle. Such a text takes the slow road.
 */
export function hasEscapeBeyondAscii(binary: string): boolean {
  return ESCAPE_BEYOND_ASCII.test(binary);
}

/** A string of bytes (one character each) holding UTF-8, decoded. */
function fromBinary(binary: string): string {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return utf8.decode(bytes);
}

/**
 * Decodes, in place, every string in a value parsed from Latin-1 text without an escape beyond
 * ASCII (hasEscapeBeyondAscii), so that every character from 0x80 up is a byte of UTF-8. False, leaving the value
 * half decoded, when a key is not ASCII: keys would then sort by bytes, not as text, and the
 * caller parses the decoded text instead. Walks without recursion, like parsedShape, which has
 * already bounded the value's depth.
 */
export function decodeBinaryStrings(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') {
          if (NOT_ASCII.test(item)) value[i] = fromBinary(item);
        } else if (item !== null && typeof item === 'object') stack.push(item);
      }
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key in object) {
        if (NOT_ASCII.test(key)) return false;
        const member = object[key];
        if (typeof member === 'string') {
          if (NOT_ASCII.test(member)) object[key] = fromBinary(member);
        } else if (member !== null && typeof member === 'object') stack.push(member);
      }
    }
  }
  return true;
}

/** UTF-8 bytes as text (the slow way, for the files the fast one leaves). */
export function utf8Text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
