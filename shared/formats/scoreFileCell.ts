import { z } from 'zod';
import { CODE_PATTERN, code, hundredths, MAX_HUNDREDTHS } from '../domain/text';

// One cell of a score file. The zod schema is the specification; a file holds up to 200,000
// cells and zod takes seconds over a merge's million, so isScoreFileCell checks the same rules by
// hand (tests/unit/scoreFileCell.test.ts holds the two to agreement).

const MAX_ID = 2 ** 31 - 1;
const MAX_ENTRY_NO = 40;
const MAX_TIME = 40;

export const positiveId = z.number().int().positive().max(MAX_ID);

export const scoreFileCellSchema = z
  .object({
    entryId: positiveId,
    /** For people reading the file; the merge goes by entryId. */
    entryNo: z.string().min(1).max(MAX_ENTRY_NO),
    track: code,
    criterion: code,
    /** Integer hundredths; null is a cleared cell — blank, never zero — that must supersede. */
    value: hundredths.nullable(),
    /** Per cell, raised by one on every change on the judge's laptop; the higher one wins. */
    revision: positiveId,
    updatedAt: z.string().max(MAX_TIME),
  })
  .strict();
export type ScoreFileCell = z.infer<typeof scoreFileCellSchema>;

const CELL_KEYS = new Set(Object.keys(scoreFileCellSchema.shape));

/** Exactly what scoreFileCellSchema accepts (and its output is then the cell itself). */
export function isScoreFileCell(cell: unknown): cell is ScoreFileCell {
  if (typeof cell !== 'object' || cell === null || Array.isArray(cell)) return false;
  // zod's strict check walks `for…in` (inherited enumerable keys too), so this does as well.
  for (const key in cell) if (!CELL_KEYS.has(key)) return false;
  const { entryId, entryNo, track, criterion, value, revision, updatedAt } = cell as ScoreFileCell;
  return (
    isPositiveId(entryId) &&
    typeof entryNo === 'string' &&
    entryNo.length >= 1 &&
    entryNo.length <= MAX_ENTRY_NO &&
    isCode(track) &&
    isCode(criterion) &&
    (value === null ||
      (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_HUNDREDTHS)) &&
    isPositiveId(revision) &&
    typeof updatedAt === 'string' &&
    updatedAt.length <= MAX_TIME
  );
}

// Number.isInteger is false for anything but a finite number, so it covers zod's type check too.
const isPositiveId = (n: unknown) =>
  Number.isInteger(n) && (n as number) > 0 && (n as number) <= MAX_ID;
const isCode = (text: unknown) => typeof text === 'string' && CODE_PATTERN.test(text);
