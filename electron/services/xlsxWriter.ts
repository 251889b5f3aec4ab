import * as XLSX from 'xlsx';
import { cachedIn } from '../../shared/cache';
import { xmlText } from '../../shared/domain/textKey';
import {
  type Cell,
  numberWidth,
  type SheetModel,
  textWidth,
} from '../../shared/formats/resultsSheets';
import { deflatedZip, storedZipEntries } from '../workers/zipArchive';

/** The sheet models as an .xlsx file, written by SheetJS. */
export function workbookBuffer(sheets: SheetModel[], title: string): Buffer {
  const workbook = XLSX.utils.book_new();
  workbook.Props = { Title: xmlText(title), Author: 'ScoreDesk' };
  const shown = shownCells();
  for (const sheet of sheets) {
    XLSX.utils.book_append_sheet(workbook, worksheet(sheet, shown), xmlText(sheet.name));
  }
  // bookSST: text goes to the shared-string table (t="s"), the plainest form of a text cell.
  // Stored uncompressed: the zip is rewritten anyway to freeze the header rows, and compressed
  // then, once, by Node's zlib.
  const written: Buffer = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  });
  const frozenRows = new Map(
    sheets.map((sheet, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheet.title.length + 1]),
  );
  const files = storedZipEntries(written).map(({ name, content }) => {
    const rows = frozenRows.get(name);
    if (rows === undefined) return { name, parts: [content] };
    frozenRows.delete(name);
    return { name, parts: freezeHeaderRows(content, rows) };
  });
  if (frozenRows.size > 0) {
    throw new Error(`xlsxWriter: ${[...frozenRows.keys()].join(', ')} missing from the workbook`);
  }
  return deflatedZip(files);
}

interface Shown {
  cell: XLSX.CellObject;
  /** Characters the cell shows, for the column width. */
  width: number;
}

/**
 * Text is always written as a text cell (t 's') and no cell ever gets a formula, so an entry
 * named "=1+2" or "@SUM(A1)" stays those characters in Excel and LibreOffice (design: exported
 * cells beginning with = + - @, tab or CR are text). Empty is no cell at all: blank is not zero.
 * One SheetJS cell per distinct value and format, measured once: SheetJS only reads its cells,
 * and a detail sheet repeats the same marks, names and statuses thousands of times.
 */
function shownCells(): (cell: Cell) => Shown | undefined {
  const texts = new Map<string, Shown>();
  const numbers = new Map<string, Map<number, Shown>>();
  return (cell) => {
    switch (cell.kind) {
      case 'text':
        return cachedIn(texts, cell.text, shownText);
      case 'number':
        return cachedIn(
          cachedIn(numbers, cell.format, () => new Map()),
          cell.value,
          (value) => shownNumber(value, cell.format),
        );
      case 'empty':
        return undefined;
    }
  };
}

/**
 * A text as the sheet holds it: without what XML 1.0 forbids (a workbook holding a control
 * character is one Excel refuses to open, whatever escape SheetJS writes for it) and without
 * bidi controls, which would reorder a name in the published results.
 */
const shownText = (typed: string): Shown => {
  const text = xmlText(typed);
  return { cell: { t: 's', v: text }, width: textWidth(text) };
};
const shownNumber = (value: number, format: string): Shown => ({
  cell: { t: 'n', v: value, z: format },
  width: numberWidth(value, format),
});

/** A dense sheet (rows of cells, no A1 key per cell), with widths from the header and body. */
function worksheet(sheet: SheetModel, shown: (cell: Cell) => Shown | undefined): XLSX.WorkSheet {
  const columns = Math.max(1, sheet.header.length);
  const widest: number[] = [];
  const row = (cells: readonly Cell[], measured: boolean): XLSX.CellObject[] => {
    const out: XLSX.CellObject[] = [];
    cells.forEach((cell, c) => {
      const value = shown(cell);
      if (!value) return;
      out[c] = value.cell;
      if (measured) widest[c] = Math.max(widest[c] ?? 0, value.width);
    });
    return out;
  };
  const data = [
    ...sheet.title.map((line) => row([{ kind: 'text', text: line }], false)),
    row(
      sheet.header.map((name): Cell => ({ kind: 'text', text: name })),
      true,
    ),
    ...sheet.rows.map((cells) => row(cells, true)),
  ];
  const last = { r: data.length - 1, c: columns - 1 };
  const headerRow = sheet.title.length;
  return {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last }),
    '!merges': sheet.title.map((_, r) => ({ s: { r, c: 0 }, e: { r, c: columns - 1 } })),
    '!autofilter': { ref: XLSX.utils.encode_range({ s: { r: headerRow, c: 0 }, e: last }) },
    // Title lines span the table, so only the header and the body decide column widths; +2 for
    // the filter button of the header cells.
    '!cols': Array.from({ length: columns }, (_, c) => ({
      wch: Math.min(60, Math.max(6, (widest[c] ?? 0) + 2)),
    })),
  };
}

const SHEET_VIEW = Buffer.from('<sheetView ');

/**
 * SheetJS Community 0.20.3 writes no panes (it drops `!freeze` and `!views` panes), so the
 * frozen header is added to the sheet's <sheetView/> the way Excel itself writes it. Excel and
 * LibreOffice both honour it (tests/integration/exportLibreOffice.test.ts checks LibreOffice).
 * The <sheetView/> is near the start of the sheet's XML: the sheet comes back as the bytes
 * before it, the patched element and the bytes after it, none of them copied.
 */
function freezeHeaderRows(xml: Buffer, rows: number): Buffer[] {
  const start = xml.indexOf(SHEET_VIEW);
  const end = start < 0 ? -1 : xml.indexOf('>', start);
  if (end < 0 || xml[end - 1] !== '/'.charCodeAt(0)) {
    throw new Error('xlsxWriter: no <sheetView/> to freeze');
  }
  const topLeft = `A${rows + 1}`;
  const pane =
    `><pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
  return [xml.subarray(0, end - 1), Buffer.from(pane), xml.subarray(end + 1)];
}
