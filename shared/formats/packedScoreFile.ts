import type { ScoreFile } from './scoreFile';
import type { ParseOutcome } from './signedFile';

// A parsed score file as the untrusted-file worker hands it to the main thread: the cells as one
// array of numbers, their strings as indexes into a table of the distinct ones. Structured clone
// copies a typed array in one piece but 20,000 cell objects field by field, and that copy cost
// the main thread more than merging the cells. Only files that parsed are packed; the cells are
// already checked against the schema, so reading them back checks nothing.

/** Numbers per cell in `cells`, in this order. */
const WIDTH = 7;
const [ENTRY_ID, VALUE, REVISION, ENTRY_NO, TRACK, CRITERION, UPDATED_AT] = [0, 1, 2, 3, 4, 5, 6];
/** A cleared cell's value (a value is never negative). */
const BLANK = -1;

export type PackedScoreFile =
  | {
      ok: true;
      file: ScoreFileHead;
      payload: Extract<ParseOutcome<ScoreFile>, { ok: true }>['payload'];
      /** WIDTH numbers per cell; every field fits an int32 (ids and revisions < 2^31). */
      cells: Int32Array;
      strings: string[];
    }
  | { ok: false; error: Extract<ParseOutcome<ScoreFile>, { ok: false }>['error'] };

export function packScoreFile(outcome: ParseOutcome<ScoreFile>): PackedScoreFile {
  if (!outcome.ok) return outcome;
  const { scores, ...head } = outcome.file;
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = strings.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const cells = new Int32Array(scores.length * WIDTH);
  for (let i = 0, at = 0; i < scores.length; i++, at += WIDTH) {
    const score = scores[i]!;
    cells[at + ENTRY_ID] = score.entryId;
    cells[at + VALUE] = score.value ?? BLANK;
    cells[at + REVISION] = score.revision;
    cells[at + ENTRY_NO] = intern(score.entryNo);
    cells[at + TRACK] = intern(score.track);
    cells[at + CRITERION] = intern(score.criterion);
    cells[at + UPDATED_AT] = intern(score.updatedAt);
  }
  return { ok: true, file: head, payload: outcome.payload, cells, strings };
}

/** The head of a packed file: everything but its cells. */
export type ScoreFileHead = Omit<ScoreFile, 'scores'>;

/** Reads a packed file's cells in place; the merge checks them without an object per cell. */
export interface PackedCells {
  count: number;
  entryId(i: number): number;
  entryNo(i: number): string;
  track(i: number): string;
  criterion(i: number): string;
  value(i: number): number | null;
  revision(i: number): number;
  updatedAt(i: number): string;
}

export function packedCells({
  cells,
  strings,
}: Extract<PackedScoreFile, { ok: true }>): PackedCells {
  const text = (i: number, field: number) => strings[cells[i * WIDTH + field]!]!;
  return {
    count: cells.length / WIDTH,
    entryId: (i) => cells[i * WIDTH + ENTRY_ID]!,
    entryNo: (i) => text(i, ENTRY_NO),
    track: (i) => text(i, TRACK),
    criterion: (i) => text(i, CRITERION),
    value: (i) => {
      const value = cells[i * WIDTH + VALUE]!;
      return value === BLANK ? null : value;
    },
    revision: (i) => cells[i * WIDTH + REVISION]!,
    updatedAt: (i) => text(i, UPDATED_AT),
  };
}
