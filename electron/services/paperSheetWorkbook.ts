import ExcelJS from 'exceljs';
import { cellAddress, layout, MARKER_CHUNK, MARKER_SHEET } from '../../shared/formats/paperSheet';
import { LINE_HEIGHT, textLines } from '../../shared/formats/printLayout';
import { textWidth } from '../../shared/formats/resultsSheets';
import { A4, BODY_FONT, bordered, HEADER_FILL } from './workbookStyles';

// The .xlsx of a paper score sheet, written by ExcelJS: the grid the import checks cell by cell
// (shared/formats/paperSheet.ts `layout`), data validation on every mark cell, a frozen header,
// A4 landscape one page wide with the header rows on every page, borders a judge writes inside,
// and the very hidden signed marker. A filled-in sheet coming back is read with SheetJS in the
// untrusted-file worker (electron/workers/paperWorkbookReader.ts).

export interface SheetColumn {
  header: string;
  /** Row 6 text: the maximum and step. */
  maxText: string;
  max: number;
  step: number;
  /** Data validation texts. */
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface PaperWorkbookModel {
  sheetName: string;
  titleLines: [string, string, string, string];
  noHeader: string;
  entryHeader: string;
  totalHeader: string;
  maxLabel: string;
  columns: SheetColumn[];
  rows: Array<{ no: string; label: string }>;
  signature: string;
  footer: string;
  markerJson: string;
  title: string;
}

/** Data validation titles may hold 32 characters, prompts and errors 255. */
const clip = (s: string, max: number) => Array.from(s).slice(0, max).join('');

const centered: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle' };

export async function paperWorkbookBuffer(model: PaperWorkbookModel): Promise<Buffer> {
  const n = model.columns.length;
  const first = layout.firstCriterionColumn;
  const totalColumn = first + n;
  const lastColumn = totalColumn + 1; // 1-based
  const workbook = new ExcelJS.Workbook();
  workbook.title = model.title;
  workbook.creator = 'ScoreDesk';
  // Excel computes the total column on opening (the formulas carry no cached value).
  workbook.calcProperties = { fullCalcOnLoad: true };
  const ws = workbook.addWorksheet(model.sheetName, {
    views: [
      {
        state: 'frozen',
        ySplit: layout.firstDataRow,
        topLeftCell: `A${layout.firstDataRow + 1}`,
        activeCell: cellAddress(layout.firstDataRow, first),
      },
    ],
    pageSetup: {
      ...A4,
      orientation: 'landscape',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      printTitlesRow: `${layout.headerRow + 1}:${layout.maxRow + 1}`,
    },
    // The footer comes from the catalog with its page fields (&P, &N) already in it.
    headerFooter: { oddFooter: `&C${model.footer}` },
  });
  // A criterion's column holds its name and its "35（步长 0.5）" on one line each.
  const widths = [
    12,
    28,
    ...model.columns.map((c) =>
      Math.max(12, Math.min(24, Math.max(textWidth(c.header), textWidth(c.maxText)) + 3)),
    ),
    10,
  ];
  ws.columns = widths.map((width) => ({ width }));
  const tableWidth = widths.reduce((sum, w) => sum + w, 0);
  // ExcelJS rows and columns count from 1; the layout counts from 0.
  const cell = (r: number, c: number) => ws.getCell(r + 1, c + 1);
  const put = (r: number, c: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>) => {
    const target = cell(r, c);
    target.value = value;
    target.style = style;
  };

  model.titleLines.forEach((line, r) => {
    put(r, 0, line, {
      font: { ...BODY_FONT, bold: r < 2, size: r === 0 ? 16 : 11 },
      alignment: r < 2 ? centered : { vertical: 'middle', wrapText: true },
    });
    ws.mergeCells(r + 1, 1, r + 1, lastColumn);
  });
  const head: Partial<ExcelJS.Style> = {
    ...bordered,
    font: { ...BODY_FONT, bold: true },
    fill: HEADER_FILL,
    alignment: { ...centered, wrapText: true },
  };
  const maxStyle: Partial<ExcelJS.Style> = { ...head, font: BODY_FONT };
  put(layout.headerRow, layout.noColumn, model.noHeader, head);
  put(layout.headerRow, layout.entryColumn, model.entryHeader, head);
  put(layout.maxRow, layout.noColumn, model.maxLabel, maxStyle);
  put(layout.maxRow, layout.entryColumn, null, maxStyle);
  model.columns.forEach((column, j) => {
    put(layout.headerRow, first + j, column.header, head);
    put(layout.maxRow, first + j, column.maxText, maxStyle);
  });
  put(layout.headerRow, totalColumn, model.totalHeader, head);
  const total = model.columns.reduce((sum, c) => sum + c.max, 0);
  put(layout.maxRow, totalColumn, total / 100, maxStyle);

  const body: Partial<ExcelJS.Style> = { ...bordered, font: BODY_FONT, alignment: centered };
  const label: Partial<ExcelJS.Style> = {
    ...body,
    alignment: { vertical: 'middle', wrapText: true },
  };
  model.rows.forEach((row, i) => {
    const r = layout.firstDataRow + i;
    put(r, layout.noColumn, row.no, { ...body, numFmt: '@' });
    put(r, layout.entryColumn, row.label, label);
    for (let j = 0; j < n; j++) put(r, first + j, null, body);
    const range = `${cellAddress(r, first)}:${cellAddress(r, totalColumn - 1)}`;
    // Shown for the judge's convenience only; never read back. Blank until something is scored.
    put(r, totalColumn, { formula: `IF(COUNT(${range})=0,"",SUM(${range}))` }, body);
  });
  const signatureRow = layout.firstDataRow + model.rows.length + 1;
  put(signatureRow, 0, model.signature, {
    font: { ...BODY_FONT, bold: true },
    alignment: { vertical: 'bottom' },
  });
  ws.mergeCells(signatureRow + 1, 1, signatureRow + 1, lastColumn);

  // Title lines as tall as their text (merged cells are fitted by nobody); rows tall enough to
  // write in by hand on the printout.
  const titleHeight = (r: number, size: number) =>
    textLines(model.titleLines[r]!, tableWidth) * size * 1.4;
  const heights = [
    titleHeight(0, 16),
    titleHeight(1, 11),
    titleHeight(2, 11),
    textLines(model.titleLines[3], tableWidth) * LINE_HEIGHT + 4,
    30,
    20,
    ...model.rows.map(() => 28),
    18,
    36,
  ];
  heights.forEach((height, r) => {
    ws.getRow(r + 1).height = height;
  });

  // Each criterion's input cells: a decimal between 0 and its maximum.
  if (model.rows.length > 0) {
    const last = layout.firstDataRow + model.rows.length - 1;
    model.columns.forEach((column, j) => {
      const c = first + j;
      const validations = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
      validations.add(`${cellAddress(layout.firstDataRow, c)}:${cellAddress(last, c)}`, {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        promptTitle: clip(column.promptTitle, 32),
        prompt: clip(column.prompt, 255),
        errorTitle: clip(column.errorTitle, 32),
        error: clip(column.error, 255),
        formulae: [0, column.max / 100],
      });
    });
  }

  const marker = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  const chunks = Math.max(1, Math.ceil(model.markerJson.length / MARKER_CHUNK));
  for (let i = 0; i < chunks; i++) {
    marker.getCell(i + 1, 1).value = model.markerJson.slice(
      i * MARKER_CHUNK,
      (i + 1) * MARKER_CHUNK,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ExcelJS keeps a sheet's validations by range; its typings know only the per-cell form. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}
