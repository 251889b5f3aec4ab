import type { Cell, SheetModel } from './resultsSheets';
import { numberWidth, textWidth } from './resultsSheets';

// How a results sheet lies on A4 paper, decided from its cells alone (no spreadsheet library):
// column widths that fit Chinese text, which columns wrap, row heights, the header as printed,
// and portrait or landscape. The writer (electron/services/xlsxWriter.ts) only applies it.
// Widths are in Excel's unit, the width of one "0" of the body font: a Han character takes two.

/**
 * The widest table printed portrait, in "0" widths of an 11 pt font: A4 portrait holds about 90
 * at 100 % (landscape about 130), so up to this the fit to one page wide prints at 80 % or more.
 */
export const PORTRAIT_WIDTH = 112;
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
  /** The header row as printed: a name too long for its column breaks at its last space. */
  header: string[];
  /**
   * Lines the header row, each body row (by index, where more than one) and each title line
   * take. Rows are given their height: LibreOffice keeps the default height of a row that has
   * none, however its wrapped text runs, and merged cells are fitted by nobody.
   */
  headerLines: number;
  rowLines: Map<number, number>;
  titleLines: number[];
}

/** Characters a cell shows, as the column width counts them. */
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

/**
 * The width a text prints at, for counting its lines: the fonts are proportional, a Han
 * character a little over two "0"s wide and a Latin letter a little under one.
 */
function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += textWidth(ch) === 2 ? 2.1 : 0.82;
  return width;
}
/** Lines a text prints on across a width (a merged cell, which nothing fits to its text). */
export const textLines = (text: string, width: number) => linesOf(printedWidth(text), width - 1);

const cellPrintedWidth = (cell: Cell) =>
  cell.kind === 'text' ? printedWidth(cell.text) : cellWidth(cell);

/** Lines a text of `width` takes inside a column that holds `room` "0"s. */
const linesOf = (width: number, room: number) => Math.max(1, Math.ceil(width / Math.max(1, room)));

/**
 * Where a header breaks onto two lines: at its last space ("4号评委 曹若秀"), else before its
 * bracket ("科学内容（35分）"), so the name and what follows it each stay whole.
 */
function twoLines(name: string): [string, string] | null {
  const space = name.lastIndexOf(' ');
  if (space > 0) return [name.slice(0, space), name.slice(space + 1)];
  const bracket = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  return bracket > 0 ? [name.slice(0, bracket), name.slice(bracket)] : null;
}

/** The narrowest column a header reads well in: on one line, or broken in two. */
function headerWidth(name: string): number {
  const parts = twoLines(name);
  const full = printedWidth(name);
  // Chinese breaks anywhere (half of it, and one to spare for the fonts); a Latin word nowhere.
  const latinWord = /^[\x21-\x7e]+$/.test(name);
  const broken = parts
    ? Math.max(...parts.map(printedWidth))
    : latinWord
      ? full + 1
      : Math.ceil(full / 2) + 1;
  return Math.ceil(Math.min(full, broken)) + PADDING;
}

export function printLayout(sheet: SheetModel): PrintLayout {
  const columns = Math.max(1, sheet.header.length);
  const widest = Array.from({ length: columns }, () => 0);
  for (const row of sheet.rows) {
    row.forEach((cell, c) => {
      if (c < columns) widest[c] = Math.max(widest[c]!, cellWidth(cell));
    });
  }
  const wraps = widest.map((w) => w + PADDING > WRAP_WIDTH);
  const names = Array.from({ length: columns }, (_, c) => sheet.header[c] ?? '');
  const widths = widest.map((w, c) =>
    Math.max(
      MIN_WIDTH,
      Math.min(WRAP_WIDTH, w + PADDING),
      Math.min(WRAP_WIDTH, headerWidth(names[c]!)),
    ),
  );
  const header = names.map((name, c) => {
    const parts = twoLines(name);
    return parts && printedWidth(name) + PADDING > widths[c]! ? parts.join('\n') : name;
  });
  const headerLines = Math.max(
    1,
    ...header.map((name, c) =>
      name
        .split('\n')
        .reduce((lines, line) => lines + linesOf(printedWidth(line), widths[c]! - PADDING), 0),
    ),
  );
  const rowLines = new Map<number, number>();
  if (wraps.some(Boolean)) {
    sheet.rows.forEach((row, r) => {
      let lines = 1;
      row.forEach((cell, c) => {
        if (wraps[c]) lines = Math.max(lines, linesOf(cellPrintedWidth(cell), widths[c]! - 1));
      });
      if (lines > 1) rowLines.set(r, lines);
    });
  }
  const total = widths.reduce((sum, w) => sum + w, 0);
  return {
    widths,
    wraps,
    landscape: total > PORTRAIT_WIDTH,
    header,
    headerLines,
    rowLines,
    titleLines: sheet.title.map((line, i) =>
      linesOf(printedWidth(line) * BOLD * (i === 0 ? TITLE_SIZE / 11 : 1), total),
    ),
  };
}

/** Text for a page header or footer: Excel reads "&" as the start of a field code. */
export const headerFooterText = (text: string) => text.replace(/&/g, '&&');
