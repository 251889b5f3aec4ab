import * as XLSX from 'xlsx';
import {
  cellAddress,
  layout,
  MARKER_CHUNK,
  MARKER_SHEET,
  type RawCell,
} from '../../shared/formats/paperSheet';

// The .xlsx of a paper score sheet: written with SheetJS, then its XML patched for what SheetJS
// Community does not write (data validation, frozen header, A4 landscape, footer); read back
// into plain data with cached values only — a formula is never evaluated.

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
  const written: Buffer = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  });
  return patchXml(written, model);
}

interface ZipEntry {
  content: Uint8Array;
  size: number;
}
interface ZipContainer {
  FullPaths: string[];
}
const CFB = XLSX.CFB as {
  read(data: Buffer, options: { type: 'buffer' }): ZipContainer;
  find(container: ZipContainer, path: string): ZipEntry | null;
  write(container: ZipContainer, options: object): Buffer;
};

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Data validation titles may hold 32 characters, prompts and errors 255. */
const clip = (s: string, max: number) => Array.from(s).slice(0, max).join('');

function patchXml(xlsx: Buffer, model: PaperWorkbookModel): Buffer {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const replace = (path: string, edit: (xml: string) => string) => {
    const entry = CFB.find(zip, path);
    if (!entry) throw new Error(`paperSheetWorkbook: ${path} missing`);
    const xml = Buffer.from(entry.content).toString('utf8');
    const patched = edit(xml);
    entry.content = Buffer.from(patched, 'utf8');
    entry.size = entry.content.length;
  };
  const must = (xml: string, patched: string, what: string) => {
    if (patched === xml) throw new Error(`paperSheetWorkbook: could not add ${what}`);
    return patched;
  };
  replace('/xl/worksheets/sheet1.xml', (xml) => {
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
  replace('/xl/workbook.xml', (xml) =>
    xml.includes('<calcPr')
      ? xml
      : must(
          xml,
          xml.replace('</workbook>', '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'),
          'calcPr',
        ),
  );
  return CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true });
}

export interface ReadWorkbook {
  sheets: Array<{ name: string; cells: Array<{ row: number; column: number; cell: RawCell }> }>;
}

/** Plain data from the workbook's bytes; formulas are read as their cached values. */
export function readPaperWorkbook(bytes: Uint8Array): ReadWorkbook | null {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      cellFormula: true,
      cellHTML: false,
      cellText: false,
      cellNF: false,
      cellDates: false,
      sheetStubs: false,
      bookVBA: false,
    });
  } catch {
    return null;
  }
  if (!workbook.SheetNames?.length) return null;
  return {
    sheets: workbook.SheetNames.map((name) => {
      const ws = workbook.Sheets[name] ?? {};
      const cells: ReadWorkbook['sheets'][number]['cells'] = [];
      for (const key of Object.keys(ws)) {
        if (key.startsWith('!')) continue;
        const { r, c } = XLSX.utils.decode_cell(key);
        const cell = rawCell(ws[key] as XLSX.CellObject);
        if (cell) cells.push({ row: r, column: c, cell });
      }
      cells.sort((a, b) => a.row - b.row || a.column - b.column);
      return { name, cells };
    }),
  };
}

function rawCell(cell: XLSX.CellObject): RawCell | null {
  if (cell.f !== undefined && (cell.v === undefined || cell.t === 'z')) {
    return { kind: 'formulaNoValue' };
  }
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? { kind: 'number', value: cell.v } : null;
    case 's':
    case 'str' as XLSX.ExcelDataType:
      return { kind: 'text', text: String(cell.v ?? '') };
    case 'b':
      return { kind: 'other', text: cell.v ? 'TRUE' : 'FALSE' };
    case 'e':
      return { kind: 'other', text: String(cell.w ?? '#ERROR') };
    case 'd':
      return { kind: 'other', text: String(cell.v) };
    default:
      return null;
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A plain zip (stored, not compressed: .xlsx is compressed already) with UTF-8 names (flag bit
 * 11), so Chinese file names show right in Windows Explorer, macOS and Linux.
 */
export function zipStore(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(file.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(file.bytes.length, 18);
    local.writeUInt32LE(file.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(file.bytes.length, 20);
    central.writeUInt32LE(file.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(file.bytes));
    centrals.push(central, name);
    offset += 30 + name.length + file.bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
