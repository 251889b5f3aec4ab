import { canonicalJson } from './canonicalJson';

// Is a file's text exactly canonicalJson of what it parsed to, and which of its bytes are signed?
// Asked of every file that arrives (a merge reads 60 files of 4 MB), so answered with the
// engine's JSON.stringify, a piece at a time (a top-level member, or a run of a long array's
// items), and by cutting the signed bytes out of the text rather than encoding them again:
// building, comparing and hashing one string of the whole file cost more than the rest of the
// check (it is two-byte, twice the size, as soon as one name is Chinese).
//
// Why JSON.stringify(value) stands for canonicalJson(value) when every object's keys are in
// strictly increasing code-unit order (parsedShape's keysSorted):
// - Both write the members of an object in Object.keys order once canonicalJson's sort has
//   nothing to move, and both write strings, numbers, true, false and null with JSON.stringify,
//   with no white space. JSON.parse keeps one member per key, so "strictly" costs nothing.
// - Integer-like keys ("9", "10"): V8 lists them first and in numeric order, whatever the text
//   said, so an object holding them can look unsorted though its text is canonical ("10" < "9").
//   When the keys are not in order, canonicalJson decides, as it always did: a judge file's inner
//   objects are not strict, so a signed file could carry such a key, and it must not be refused
//   on this ground.
// - A duplicate key: JSON.parse keeps the last value at the first one's place, so the text has a
//   member the encoding lacks; they differ and the file is refused.
// - Other spellings of the same value — an escape where none is needed ("\u0041" for "A"), "1.0",
//   "1e2", "-0" (parsed as -0, written "0"), white space, a byte-order mark — differ from the
//   encoding and are refused. So is 1e400: it parses as Infinity, which JSON.stringify writes
//   as "null".
// - A member named "toJSON" holds parsed data, never a function, so JSON.stringify ignores it.

/**
 * A long array is encoded this many items at a time: the engine builds a long JSON text as a
 * rope, and comparing it first copies it whole into one fresh string (a score file's cells:
 * 4 MB, twice as slow as the encoding itself).
 */
const ITEMS_AT_ONCE = 256;

/**
 * When `text` (or `text` less one final line feed) is canonicalJson(object): that text without
 * the member `key`, in two slices of `text`: everything before the member, and everything after
 * it up to the end of the JSON (hashing them copies nothing; both ends are ASCII, so hashing them
 * in turn is hashing them joined). Null when the text is not canonical. `object` must have the
 * member `key`.
 */
export function canonicalTextWithout(
  text: string,
  object: Record<string, unknown>,
  key: string,
  keysSorted: boolean,
): string[] | null {
  const encode = keysSorted ? JSON.stringify : canonicalJson;
  const keys = Object.keys(object);
  if (!keysSorted) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let at = 0;
  const next = (piece: string) => {
    const same = text.slice(at, at + piece.length) === piece;
    at += piece.length;
    return same;
  };
  const nextValue = (value: unknown) => {
    if (!keysSorted || !Array.isArray(value) || value.length <= ITEMS_AT_ONCE) {
      return next(encode(value));
    }
    if (!next('[')) return false;
    for (let i = 0; i < value.length; i += ITEMS_AT_ONCE) {
      const items = JSON.stringify(value.slice(i, i + ITEMS_AT_ONCE));
      if ((i > 0 && !next(',')) || !next(items.slice(1, -1))) return false;
    }
    return next(']');
  };
  if (!next('{')) return null;
  let cut = { start: 0, end: 0 };
  for (let i = 0; i < keys.length; i++) {
    const start = at;
    if (i > 0 && !next(',')) return null;
    if (!next(JSON.stringify(keys[i])) || !next(':') || !nextValue(object[keys[i]!])) return null;
    // The member goes with the comma before it, or, first of several, with the one after it.
    if (keys[i] === key)
      cut = i > 0 || keys.length === 1 ? { start, end: at } : { start, end: at + 1 };
  }
  if (!next('}')) return null;
  const trailing = text.slice(at);
  if (trailing !== '' && trailing !== '\n') return null;
  return [text.slice(0, cut.start), text.slice(cut.end, at)];
}
