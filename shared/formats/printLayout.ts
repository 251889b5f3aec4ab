import type { Cell, SheetModel } from './resultsSheets';
import { numberWidth, textWidth } from './resultsSheets';

// How a results sheet lies on A4 paper, decided from its cells alone (no spreadsheet library):
// column widths that fit Chinese text, which columns wrap, row heights for wrapped rows, and
// portrait or landscape. The writer (electron/services/xlsxWriter.ts) only applies it. Widths
// are in Excel's unit, the width of one "0" of the body font: a Han character takes two.

/** Printable width of A4 at 100 % with the writer's margins, in "0" widths of an 11 pt font. */
export const PORTRAIT_WIDTH = 100;
/** Long texts (organization, work, notes) wrap at this width rather than widen the page. */
export const WRAP_WIDTH = 26;
const MIN_WIDTH = 7;
/** Room for the filter button of a header cell and the cell's padding. */
const PADDING = 2;
/** Points per line of 11 pt text. */
export const LINE_HEIGHT = 15;
/** The first title line is set in 16 pt, the others in bold 11 pt. */
export const TITLE_SIZE = 16;
const BOLD = 1.1;

export interface PrintLayout {
  widths: number[];
  /** Columns whose long texts wrap onto more lines. */
  wraps: boolean[];
  landscape: boolean;
  /** Lines the header row takes (its names wrap to the column width). */
  headerLines: number;
  /** Lines each body row takes, where more than one; absent rows take one. */
  rowLines: Map<number, number>;
  /** Lines each title line takes across the whole table's width. */
  titleLines: number[];
}

function cellWidth(cell: Cell): number {
  switch (cell.kind) {
    case 'text':
      return textWidth(cell.text);
    case 'number':
      return numberWidth(cell.value, cell.format);
    case 'empty':
      return 0;
  }
}

/** Lines a text of `width` takes in a column of `column` (a Han character is never split). */
const linesOf = (width: number, column: number) =>
  Math.max(1, Math.ceil(width / Math.max(1, column - PADDING)));

export function printLayout(sheet: SheetModel): PrintLayout {
  const columns = Math.max(1, sheet.header.length);
  const widest = Array.from({ length: columns }, () => 0);
  for (const row of sheet.rows) {
    row.forEach((cell, c) => {
      if (c < columns) widest[c] = Math.max(widest[c]!, cellWidth(cell));
    });
  }
  const wraps = widest.map((w) => w + PADDING > WRAP_WIDTH);
  // A header may wrap onto two lines over a narrow column of figures, never onto more.
  const widths = widest.map((w, c) => {
    const header = textWidth(sheet.header[c] ?? '');
    const body = Math.min(WRAP_WIDTH, w + PADDING);
    // One more than half the header: fonts differ, and a break between two Han halves reads best.
    return Math.max(MIN_WIDTH, body, Math.min(WRAP_WIDTH, Math.ceil(header / 2) + PADDING + 1));
  });
  const total = widths.reduce((sum, w) => sum + w, 0);
  const headerLines = Math.max(
    1,
    ...sheet.header.map((name, c) => linesOf(textWidth(name), widths[c] ?? MIN_WIDTH)),
  );
  const rowLines = new Map<number, number>();
  if (wraps.some(Boolean)) {
    sheet.rows.forEach((row, r) => {
      let lines = 1;
      row.forEach((cell, c) => {
        if (wraps[c]) lines = Math.max(lines, linesOf(cellWidth(cell), widths[c]!));
      });
      if (lines > 1) rowLines.set(r, lines);
    });
  }
  return {
    widths,
    wraps,
    landscape: total > PORTRAIT_WIDTH,
    headerLines,
    rowLines,
    titleLines: sheet.title.map((line, i) =>
      linesOf(textWidth(line) * BOLD * (i === 0 ? TITLE_SIZE / 11 : 1), total),
    ),
  };
}

/** Text for a page header or footer: Excel reads "&" as the start of a field code. */
export const headerFooterText = (text: string) => text.replace(/&/g, '&&');
