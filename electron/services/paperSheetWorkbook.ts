import * as XLSX from 'xlsx';
import { cellAddress, layout, MARKER_CHUNK, MARKER_SHEET } from '../../shared/formats/paperSheet';
import { deflatedZip, storedZipEntries } from '../workers/zipArchive';

// The .xlsx of a paper score sheet: written with SheetJS, then its XML patched for what SheetJS
// Community does not write (data validation, frozen header, A4 landscape, footer). A filled-in
// sheet coming back is read in the untrusted-file worker (electron/workers/paperWorkbookReader.ts).

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

const text = (v: string): XLSX.CellObject => ({ t: 's', v });

export function paperWorkbookBuffer(model: PaperWorkbookModel): Buffer {
  const ws: XLSX.WorkSheet = {};
  const n = model.columns.length;
  const first = layout.firstCriterionColumn;
  const totalColumn = first + n;
  const put = (r: number, c: number, cell: XLSX.CellObject) => {
    ws[XLSX.utils.encode_cell({ r, c })] = cell;
  };
  model.titleLines.forEach((line, r) => {
    put(r, 0, text(line));
  });
  put(layout.headerRow, layout.noColumn, text(model.noHeader));
  put(layout.headerRow, layout.entryColumn, text(model.entryHeader));
  put(layout.maxRow, layout.noColumn, text(model.maxLabel));
  model.columns.forEach((column, j) => {
    put(layout.headerRow, first + j, text(column.header));
    put(layout.maxRow, first + j, text(column.maxText));
  });
  put(layout.headerRow, totalColumn, text(model.totalHeader));
  const total = model.columns.reduce((sum, c) => sum + c.max, 0);
  put(layout.maxRow, totalColumn, { t: 'n', v: total / 100 });
  model.rows.forEach((row, i) => {
    const r = layout.firstDataRow + i;
    put(r, layout.noColumn, text(row.no));
    put(r, layout.entryColumn, text(row.label));
    const range = `${cellAddress(r, first)}:${cellAddress(r, totalColumn - 1)}`;
    // Shown for the judge's convenience only; never read back. Blank until something is scored.
    put(r, totalColumn, { t: 's', v: '', f: `IF(COUNT(${range})=0,"",SUM(${range}))` });
  });
  const signatureRow = layout.firstDataRow + model.rows.length + 1;
  put(signatureRow, 0, text(model.signature));
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: signatureRow, c: totalColumn },
  });
  ws['!merges'] = [
    ...[0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: totalColumn } })),
    { s: { r: signatureRow, c: 0 }, e: { r: signatureRow, c: totalColumn } },
  ];
  ws['!cols'] = [
    { wch: 10 },
    { wch: 28 },
    ...model.columns.map((c) => ({ wch: Math.max(12, Math.min(24, c.header.length * 2 + 2)) })),
    { wch: 10 },
  ];
  // Rows tall enough to write in by hand on the printout.
  ws['!rows'] = [
    { hpt: 22 },
    { hpt: 20 },
    { hpt: 18 },
    { hpt: 18 },
    { hpt: 22 },
    { hpt: 18 },
    ...model.rows.map(() => ({ hpt: 26 })),
    { hpt: 18 },
    { hpt: 30 },
  ];
  ws['!margins'] = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

  const marker: XLSX.WorkSheet = {};
  const chunks = Math.max(1, Math.ceil(model.markerJson.length / MARKER_CHUNK));
  for (let i = 0; i < chunks; i++) {
    marker[`A${i + 1}`] = text(model.markerJson.slice(i * MARKER_CHUNK, (i + 1) * MARKER_CHUNK));
  }
  marker['!ref'] = `A1:A${chunks}`;

  const workbook = XLSX.utils.book_new();
  workbook.Props = { Title: model.title, Author: 'ScoreDesk' };
  XLSX.utils.book_append_sheet(workbook, ws, model.sheetName);
  XLSX.utils.book_append_sheet(workbook, marker, MARKER_SHEET);
  const quoted = `'${model.sheetName.replace(/'/g, "''")}'`;
  workbook.Workbook = {
    Sheets: [{ Hidden: 0 }, { Hidden: 2 }],
    Names: [
      {
        Name: '_xlnm.Print_Titles',
        Sheet: 0,
        Ref: `${quoted}!$${layout.headerRow + 1}:$${layout.maxRow + 1}`,
      },
    ],
  };
  // Stored: the zip is opened again to patch the XML, and compressed then, once, by zlib.
  const written: Buffer = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  });
  return patchXml(written, model);
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Data validation titles may hold 32 characters, prompts and errors 255. */
const clip = (s: string, max: number) => Array.from(s).slice(0, max).join('');

function patchXml(xlsx: Buffer, model: PaperWorkbookModel): Buffer {
  const files = storedZipEntries(xlsx);
  const replace = (path: string, edit: (xml: string) => string) => {
    const entry = files.find((file) => file.name === path);
    if (!entry) throw new Error(`paperSheetWorkbook: ${path} missing`);
    entry.content = Buffer.from(edit(entry.content.toString('utf8')), 'utf8');
  };
  const must = (xml: string, patched: string, what: string) => {
    if (patched === xml) throw new Error(`paperSheetWorkbook: could not add ${what}`);
    return patched;
  };
  replace('xl/worksheets/sheet1.xml', (xml) => {
    let out = xml;
    // Fit all columns on the page width.
    out = must(
      out,
      out.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'),
      'sheetPr',
    );
    // Header rows frozen on screen, as Excel writes it.
    const rows = layout.firstDataRow;
    const topLeft = `A${rows + 1}`;
    const pane =
      `<pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${cellAddress(layout.firstDataRow, layout.firstCriterionColumn)}" sqref="${cellAddress(layout.firstDataRow, layout.firstCriterionColumn)}"/>`;
    out = must(
      out,
      out.replace(/<sheetView( [^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`),
      'pane',
    );
    // Each criterion's input cells: a decimal between 0 and its maximum.
    if (model.rows.length > 0) {
      const last = layout.firstDataRow + model.rows.length - 1;
      const validations = model.columns.map((column, j) => {
        const c = layout.firstCriterionColumn + j;
        const sqref = `${cellAddress(layout.firstDataRow, c)}:${cellAddress(last, c)}`;
        return (
          `<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
          ` errorTitle="${xmlEscape(clip(column.errorTitle, 32))}" error="${xmlEscape(clip(column.error, 255))}"` +
          ` promptTitle="${xmlEscape(clip(column.promptTitle, 32))}" prompt="${xmlEscape(clip(column.prompt, 255))}"` +
          ` sqref="${sqref}"><formula1>0</formula1><formula2>${column.max / 100}</formula2></dataValidation>`
        );
      });
      const block = `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`;
      out = must(out, out.replace('<pageMargins', `${block}<pageMargins`), 'dataValidations');
    }
    // Grid lines on paper: SheetJS Community writes no cell borders.
    out = must(
      out,
      out.replace('<pageMargins', '<printOptions gridLines="1"/><pageMargins'),
      'printOptions',
    );
    // A4 landscape, one page wide, page numbers in the footer.
    out = must(
      out,
      out.replace(
        /(<pageMargins[^>]*\/>)/,
        `$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
          `<headerFooter><oddFooter>&amp;C${xmlEscape(model.footer)}</oddFooter></headerFooter>`,
      ),
      'pageSetup',
    );
    return out;
  });
  // Excel computes the total column on opening (the formulas carry no cached value).
  replace('xl/workbook.xml', (xml) =>
    xml.includes('<calcPr')
      ? xml
      : must(
          xml,
          xml.replace('</workbook>', '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'),
          'calcPr',
        ),
  );
  return deflatedZip(files.map(({ name, content }) => ({ name, parts: [content] })));
}
