import type { ScoreFile } from './scoreFile';
import type { ScoreFileCell } from './scoreFileCell';
import type { ParseOutcome } from './signedFile';

// A parsed score file as the untrusted-file worker hands it to the main thread: the cells as one
// array of numbers, their strings as indexes into a table of the distinct ones. Structured clone
// copies a typed array in one piece but 20,000 cell objects field by field, and that copy cost
// the main thread more than merging the cells. Only files that parsed are packed; the cells are
// already checked, so unpacking checks nothing.

/** Numbers per cell in `cells`, in this order. */
const WIDTH = 7;
const [ENTRY_ID, VALUE, REVISION, ENTRY_NO, TRACK, CRITERION, UPDATED_AT] = [0, 1, 2, 3, 4, 5, 6];
/** A cleared cell's value (a value is never negative). */
const BLANK = -1;

export type PackedScoreFile =
  | {
      ok: true;
      file: Omit<ScoreFile, 'scores'>;
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

export function unpackScoreFile(packed: PackedScoreFile): ParseOutcome<ScoreFile> {
  if (!packed.ok) return packed;
  const { cells, strings } = packed;
  const scores: ScoreFileCell[] = new Array(cells.length / WIDTH);
  for (let i = 0, at = 0; i < scores.length; i++, at += WIDTH) {
    const value = cells[at + VALUE]!;
    scores[i] = {
      entryId: cells[at + ENTRY_ID]!,
      entryNo: strings[cells[at + ENTRY_NO]!]!,
      track: strings[cells[at + TRACK]!]!,
      criterion: strings[cells[at + CRITERION]!]!,
      value: value === BLANK ? null : value,
      revision: cells[at + REVISION]!,
      updatedAt: strings[cells[at + UPDATED_AT]!]!,
    };
  }
  return { ok: true, file: { ...packed.file, scores }, payload: packed.payload };
}
