// A parsed file from outside (USB sticks, chat apps) is walked once before anything else reads
// it: for keys and nesting that could hurt later code, and, on the same pass, for its key order,
// which the canonical-encoding check needs (canonicalText.ts).

/** Real files nest 6 levels deep; anything much deeper is hostile. */
const MAX_DEPTH = 32;
/** The longest array in either format (a score file's `scores`, at most MAX_SCORES). */
const MAX_ARRAY_ITEMS = 200_000;
/** Keys that could reach an object's prototype if some later code copied the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedShape {
  /** Names a hostile key or excessive nesting; null when there is none. */
  hostile: string | null;
  /** Every object's Object.keys in strictly increasing code-unit order (meaningless if hostile). */
  keysSorted: boolean;
}

/** Walks without recursion, so depth cannot hurt; the first problem found is the one named. */
export function parsedShape(root: unknown): ParsedShape {
  let keysSorted = true;
  const refuse = (hostile: string): ParsedShape => ({ hostile, keysSorted });
  // Two stacks of plain values rather than one of pairs: a score file has 20,000 objects.
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return refuse(`nested deeper than ${MAX_DEPTH}`);
    if (Array.isArray(value)) {
      // Checked here, not by the schema: validating a million bogus items takes seconds.
      if (value.length > MAX_ARRAY_ITEMS) {
        return refuse(`an array of more than ${MAX_ARRAY_ITEMS} items`);
      }
      for (const item of value) {
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // for…in rather than Object.keys: no array per object. It lists the own keys first, in
    // Object.keys order; an inherited enumerable key (none, unless Object.prototype was
    // tampered with) could only add a refusal or a slower canonical check, never hide a key.
    let previous: string | undefined;
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return refuse(`forbidden key "${key}"`);
      if (previous !== undefined && !(previous < key)) keysSorted = false;
      previous = key;
      const member = (value as Record<string, unknown>)[key];
      if (member !== null && typeof member === 'object') {
        values.push(member);
        depths.push(depth + 1);
      }
    }
  }
  return { hostile: null, keysSorted };
}
