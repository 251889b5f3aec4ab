import { z } from 'zod';
import { code, hundredths } from '../domain/text';
import type { CellState, PassNumber, SheetCounts } from '../paper/doubleEntry';
import { defineCalls } from './define';

// The scorekeeper's entry grids: deductions cell by cell (quiz points go through
// `objective.set`), and double entry of paper score sheets.

const id = z.number().int().positive();
const pass = z.union([z.literal(1), z.literal(2)]);
/** The scorekeeper names themselves: the head table may have no accounts. */
const person = z.string().trim().min(1).max(100);
const changeReason = z.string().trim().max(500).optional();

export interface DoubleEntryPass {
  pass: PassNumber;
  typist: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface DoubleEntryCell {
  entryId: number;
  criterion: string;
  /** What each pass typed (undefined: not typed; value null: a blank typed). */
  first?: { value: number | null; typist: string; typedAt: string };
  second?: { value: number | null; typist: string; typedAt: string };
  state: CellState;
  /** The decision on a disagreement, while it still holds for the two values. */
  resolution?: { value: number | null; by: string; reason: string; at: string };
  /** The judge's mark in the store now (null: none). */
  stored: number | null;
}

/** One judge's paper sheet of one track, as both passes typed it. */
export interface DoubleEntryView {
  track: string;
  judge: { id: number; name: string; seat: number | null };
  /** The judged criteria, in the sheet's column order. */
  criteria: string[];
  /** The sheet's rows: the track's entries in running order, without the judge's recusals. */
  entries: Array<{ id: number; no: string; name: string; drawOrder: number | null }>;
  passes: DoubleEntryPass[];
  cells: DoubleEntryCell[];
  counts: SheetCounts;
}

export interface DoubleEntrySheetLine {
  judgeId: number;
  name: string;
  seat: number | null;
  passes: DoubleEntryPass[];
  counts: SheetCounts;
}

const sheet = { track: code, judgeId: id };

export const entryGridCalls = defineCalls({
  /** Every judge of the track's panel, with how far the double entry of their sheet has come. */
  'doubleEntry.sheets': {
    input: z.object({ track: code }),
    output: z.custom<DoubleEntrySheetLine[]>(),
  },
  'doubleEntry.get': { input: z.object(sheet), output: z.custom<DoubleEntryView>() },
  /** One cell typed by one pass; a cell both passes now agree on is merged at once. */
  'doubleEntry.type': {
    input: z.object({
      ...sheet,
      pass,
      typist: person,
      entryId: id,
      criterion: code,
      value: hundredths.nullable(),
    }),
    output: z.custom<DoubleEntryView>(),
  },
  /** The typist says their pass is done: what they left empty is blank, as on the paper. */
  'doubleEntry.finish': {
    input: z.object({ ...sheet, pass, typist: person }),
    output: z.custom<DoubleEntryView>(),
  },
  /** The third look: an explicit choice for a cell where the passes disagree, audited. */
  'doubleEntry.resolve': {
    input: z.object({
      ...sheet,
      entryId: id,
      criterion: code,
      value: hundredths.nullable(),
      by: person,
      reason: z.string().trim().max(500).default(''),
    }),
    output: z.custom<DoubleEntryView>(),
  },
  /** The deduction of one rule for one entry, as one figure (null: none). */
  'penalties.setForRule': {
    input: z.object({
      entryId: id,
      rule: code,
      points: hundredths.min(1).nullable(),
      reason: changeReason,
    }),
    output: z.object({}),
  },
});
