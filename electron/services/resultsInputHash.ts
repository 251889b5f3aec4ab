import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import type { MarkTable, TrackResultsInput } from '../../shared/scoring';

// The SHA-256 a locked version records of its inputs: the same inputs give the same hash however
// they were read or merged, and any change to a mark, an entry or the rubric gives another. At
// national scale a track holds 2,500 entries and 300,000 cells, so the encoding is plain data a
// machine writes quickly, not JSON per cell.

type Input = TrackResultsInput;

/**
 * The rubric and settings as canonical JSON; then each list as lines in code-unit order, a line
 * being the JSON array of the record's fields in a fixed order; then the marks as little-endian
 * 32-bit integers, row by row ordered by judge then entry: judge id, entry id, then each value
 * in hundredths, −1 for a blank (BLANK).
 */
export function hashInput(input: Input): string {
  const hash = createHash('sha256');
  const { entries, judges, recusals, marks, objective, penalties, ...rest } = input;
  hash.update(canonicalJson(rest), 'utf8');
  // Every field of each record type (see TrackResultsInput), so no change goes unnoticed.
  const lists: Record<string, unknown[][]> = {
    entries: entries.map(({ id, group, no, name, status }) => [id, group, no, name, status]),
    judges: judges.map(({ id, name }) => [id, name]),
    recusals: recusals.map(({ judgeId, entryId }) => [judgeId, entryId]),
    objective: objective.map(({ entryId, criterion, value }) => [entryId, criterion, value]),
    penalties: penalties.map(({ entryId, points, reason }) => [entryId, points, reason]),
  };
  for (const [name, list] of Object.entries(lists)) {
    hash.update(`\n${name}\n`, 'utf8');
    hash.update(
      list
        .map((fields) => JSON.stringify(fields))
        .sort()
        .join('\n'),
      'utf8',
    );
  }
  hash.update('\nmarks\n', 'utf8');
  hash.update(marksBytes(marks));
  return hash.digest('hex');
}

function marksBytes(table: MarkTable): Buffer {
  const { width, judgeIds, entryIds, values } = table;
  // Read from the store the rows come ordered already; only a hand-made input needs the sort.
  const order = isOrdered(table) ? null : sortedRows(table);
  const words = new Int32Array(judgeIds.length * (2 + width));
  let at = 0;
  for (let k = 0; k < judgeIds.length; k++) {
    const r = order ? order[k]! : k;
    words[at++] = judgeIds[r]!;
    words[at++] = entryIds[r]!;
    for (let c = r * width; c < (r + 1) * width; c++) words[at++] = values[c]!;
  }
  const bytes = Buffer.from(words.buffer);
  // Typed arrays use the machine's byte order; the hash is defined little-endian.
  return endianness() === 'LE' ? bytes : bytes.swap32();
}

/** Strictly by judge, then entry: no row repeated. */
function isOrdered({ judgeIds, entryIds }: MarkTable): boolean {
  for (let r = 1; r < judgeIds.length; r++) {
    const judge = judgeIds[r]! - judgeIds[r - 1]!;
    if (judge < 0 || (judge === 0 && entryIds[r]! <= entryIds[r - 1]!)) return false;
  }
  return true;
}

function sortedRows({ width, judgeIds, entryIds, values }: MarkTable): number[] {
  const cells = (r: number) =>
    String(Array.prototype.slice.call(values, r * width, (r + 1) * width));
  return Array.from({ length: judgeIds.length }, (_, r) => r).sort(
    (a, b) =>
      judgeIds[a]! - judgeIds[b]! ||
      entryIds[a]! - entryIds[b]! ||
      (cells(a) < cells(b) ? -1 : cells(a) > cells(b) ? 1 : 0),
  );
}
