import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { xmlText } from '../../shared/domain/textKey';
import { cellAddress } from '../../shared/formats/paperSheet';
import {
  headerFooterText,
  LINE_HEIGHT,
  type PrintLayout,
  printLayout,
  TITLE_SIZE,
} from '../../shared/formats/printLayout';
import type { Cell, SheetModel } from '../../shared/formats/resultsSheets';
import { A4, BODY_FONT, bordered, HEADER_FILL, PAGE_MARGINS } from './workbookStyles';

// The sheet models as an .xlsx file ready to print, written by ExcelJS (SheetJS Community writes
// neither styles nor page setup): A4, landscape where the table is wide, one page wide, the
// header row on every page, borders, a bold merged title, page numbers. ExcelJS's streaming
// writer keeps memory flat for a national detail sheet of 150,000 rows: each row is written
// and let go as it is added.

/** The sheet models as an .xlsx file. */
export async function workbookBuffer(sheets: SheetModel[], title: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.title = xmlText(title);
  workbook.creator = 'ScoreDesk';
  for (const sheet of sheets) writeSheet(workbook, sheet);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * One style object per look, shared by every cell that has it: ExcelJS turns each distinct
 * style into one entry of styles.xml.
 */
function styles(layout: PrintLayout, centered: ReadonlySet<number>) {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (column: number, cell: Cell): Partial<ExcelJS.Style> => {
    const format = cell.kind === 'number' ? cell.format : '@';
    const key = `${column}\u0000${format}`;
    let style = cache.get(key);
    if (!style) {
      const horizontal = centered.has(column)
        ? 'center'
        : cell.kind === 'number'
          ? 'right'
          : 'left';
      style = {
        ...bordered,
        font: BODY_FONT,
        // Text cells are text ("025" stays 025 when someone edits the cell in Excel).
        numFmt: format,
        alignment: {
          horizontal,
          vertical: 'middle',
          wrapText: layout.wraps[column] ?? false,
          // Text starts clear of the border, apart from a figure ending at it in the column before.
          ...(horizontal === 'left' ? { indent: 1 } : {}),
        },
      };
      cache.set(key, style);
    }
    return style;
  };
}

/**
 * Text is always a text value and no cell ever gets a formula, so an entry named "=1+2" or
 * "@SUM(A1)" stays those characters in Excel and LibreOffice (design: exported cells beginning
 * with = + - @, tab or CR are text). Empty is a cell without a value, bordered: blank is not zero.
 * Text goes through xmlText: a workbook holding a character XML 1.0 forbids is one Excel refuses
 * to open, and bidi controls would reorder a name in the published results.
 */
const cellValue = (cell: Cell): ExcelJS.CellValue =>
  cell.kind === 'text' ? xmlText(cell.text) : cell.kind === 'number' ? cell.value : null;

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel): void {
  const layout = printLayout(sheet);
  const columns = layout.widths.length;
  const headerRow = sheet.title.length + 1;
  const print = sheet.print;
  const ws = workbook.addWorksheet(xmlText(sheet.name), {
    // Columns left at the default width (ExcelJS writes none of width 9) are 9 too.
    properties: { defaultColWidth: 9 },
    views: [
      {
        state: 'frozen',
        ySplit: headerRow,
        topLeftCell: `A${headerRow + 1}`,
        activeCell: `A${headerRow + 1}`,
      },
    ],
    pageSetup: {
      ...A4,
      orientation: layout.landscape ? 'landscape' : 'portrait',
      margins: PAGE_MARGINS,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: print
      ? {
          oddHeader: `&L&9${headerFooterText(xmlText(print.head))}`,
          oddFooter: `&C&9${print.pageNumbers}`,
        }
      : {},
  });
  ws.columns = layout.widths.map((width) => ({ width }));
  // Title lines span the table: bold, the first one large.
  sheet.title.forEach((line, r) => {
    const row = ws.addRow([xmlText(line)]);
    const size = r === 0 ? TITLE_SIZE : 11;
    row.height = (layout.titleLines[r] ?? 1) * (r === 0 ? TITLE_SIZE * 1.4 : LINE_HEIGHT + 3);
    row.getCell(1).style = {
      font: { ...BODY_FONT, bold: true, size },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    };
    ws.mergeCells(r + 1, 1, r + 1, columns);
    row.commit();
  });
  const header = ws.addRow(layout.header.map((name) => xmlText(name)));
  header.height = layout.headerLines * LINE_HEIGHT + 4;
  for (let c = 1; c <= columns; c++) {
    header.getCell(c).style = {
      ...bordered,
      font: { ...BODY_FONT, bold: true },
      fill: HEADER_FILL,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    };
  }
  header.commit();
  const styleOf = styles(layout, new Set(print?.centered ?? []));
  sheet.rows.forEach((cells, r) => {
    const row = ws.addRow(Array.from({ length: columns }, (_, c) => cellValue(cells[c] ?? EMPTY)));
    for (let c = 0; c < columns; c++) row.getCell(c + 1).style = styleOf(c, cells[c] ?? EMPTY);
    row.height = (layout.rowLines.get(r) ?? 1) * LINE_HEIGHT + 3;
    row.commit();
  });
  ws.autoFilter = `A${headerRow}:${cellAddress(headerRow - 1 + Math.max(1, sheet.rows.length), columns - 1)}`;
  ws.commit();
}

const EMPTY: Cell = { kind: 'empty' };
