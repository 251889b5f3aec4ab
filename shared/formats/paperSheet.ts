import { z } from 'zod';
import { code } from '../domain/text';

// The paper-style score sheet (纸质评分表): an .xlsx for one judge and one track, with a hidden,
// signed marker that names what the sheet is, so that it can be recognized when it comes back
// filled in. The layout below is fixed: the import checks every cell against it.

export const PAPER_SHEET_FORMAT = 'scoredesk.paper-sheet';
export const PAPER_SHEET_VERSION = 2;
/** The very hidden sheet holding the marker, as JSON split over A1, A2, … */
export const MARKER_SHEET = '_scoredesk';
/** Excel keeps at most 32 767 characters in a cell. */
export const MARKER_CHUNK = 30_000;
/** Limits on a returned sheet: bytes of the file, cells in one sheet, errors listed. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
export const MAX_SHEET_CELLS = 200_000;
export const MAX_LISTED_ERRORS = 200;

/** 0-based rows and columns of the grid. */
export const layout = {
  titleRows: 4,
  headerRow: 4,
  maxRow: 5,
  firstDataRow: 6,
  noColumn: 0,
  entryColumn: 1,
  firstCriterionColumn: 2,
} as const;

export const paperMarkerSchema = z
  .object({
    format: z.literal(PAPER_SHEET_FORMAT),
    version: z.number().int().min(1),
    competitionId: z.string().min(1).max(100),
    judge: z.object({ id: z.number().int().positive(), name: z.string().max(200) }).strict(),
    /** Of the judge's whole panel, as in judge and score files. */
    rubricFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    track: code,
    /** The visible sheet's name. */
    sheet: z.string().min(1).max(31),
    /** Judged criteria, one column each from C on, and their header texts. */
    criteria: z
      .array(z.object({ code, header: z.string().max(200) }).strict())
      .min(1)
      .max(200),
    /** The rows from row 7 on, in order. */
    entries: z
      .array(z.object({ id: z.number().int().positive(), no: z.string().max(100) }).strict())
      .max(10_000),
    /** SHA-256 of the canonical JSON of `entries`. */
    entriesHash: z.string().regex(/^[0-9a-f]{64}$/),
    issuedAt: z.string().max(40),
    /** Ed25519 with the competition's key (format version 2). */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type PaperMarker = z.infer<typeof paperMarkerSchema>;

/** One cell as read from the workbook, plain data only (it may come from a worker). */
export type RawCell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'other'; text: string }
  | { kind: 'formulaNoValue' };

/** "C7" from 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  let name = '';
  let c = column + 1;
  while (c > 0) {
    const rest = (c - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    c = Math.floor((c - 1) / 26);
  }
  return `${name}${row + 1}`;
}

/** The text a person sees in a cell, shortened for a message. */
export function shownText(cell: RawCell): string {
  const text =
    cell.kind === 'number' ? String(cell.value) : cell.kind === 'formulaNoValue' ? '=' : cell.text;
  return Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text;
}

export function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || (cell.kind === 'text' && cell.text.trim() === '');
}

export type ScoreCellReading =
  | { ok: true; value: number | null }
  | {
      ok: false;
      code: 'negative' | 'overMax' | 'step' | 'notNumber' | 'formulaNoValue';
      shown: string;
    };

/**
 * A score cell → integer hundredths, null when blank (blank is not zero). A number typed as text
 * ("28.5", also in full-width digits) counts as that number; anything else is not a score.
 */
export function readScoreCell(
  cell: RawCell | undefined,
  max: number,
  step: number,
): ScoreCellReading {
  if (cell === undefined || isBlank(cell)) return { ok: true, value: null };
  if (cell.kind === 'formulaNoValue') return { ok: false, code: 'formulaNoValue', shown: '' };
  let number: number;
  let shown: string;
  if (cell.kind === 'number') {
    number = cell.value;
    shown = String(cell.value);
  } else if (cell.kind === 'text') {
    const text = cell.text.normalize('NFKC').trim();
    shown = text;
    if (!/^[+-]?\d{1,9}(\.\d+)?$/.test(text)) {
      return { ok: false, code: 'notNumber', shown: shownText(cell) };
    }
    number = Number(text);
  } else {
    return { ok: false, code: 'notNumber', shown: shownText(cell) };
  }
  if (!Number.isFinite(number)) return { ok: false, code: 'notNumber', shown };
  if (number < 0) return { ok: false, code: 'negative', shown };
  const hundredths = Math.round(number * 100);
  if (hundredths > max) return { ok: false, code: 'overMax', shown };
  if (Math.abs(number * 100 - hundredths) > 1e-6 || hundredths % step !== 0) {
    return { ok: false, code: 'step', shown };
  }
  return { ok: true, value: hundredths };
}
