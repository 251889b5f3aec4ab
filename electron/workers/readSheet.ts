import * as XLSX from 'xlsx';
import { AppFailure } from '../../shared/errors';
import { decodeText, parseCsv } from '../../shared/roster/csv';
import { IMPORT_LIMITS, MAX_IMPORT_MB } from '../../shared/roster/importLimits';
import { numberText } from '../../shared/roster/normalize';
import type { CellIssue, Grid } from '../../shared/roster/records';
import { UnreadableZip, zipDirectory } from './zipArchive';

// Reads a roster file that came from outside. Pure (bytes in, text grid out, no files read); it
// runs inside the untrusted-file worker (the `rosterSheet` task). Formulas are never evaluated:
// only the values Excel cached are read, and a formula without one is reported with its cell
// address. A sheet is read as far as its cells really go: the <dimension> a workbook declares is
// written by whatever saved it last and may be stale (a script appending rows, an old WPS), so
// neither what is read nor the cell limit trusts it.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

export function readSheetFile(file: string, bytes: Uint8Array): Grid {
  const extension = extensionOf(file);
  if (!['xlsx', 'xls', 'csv'].includes(extension)) {
    throw AppFailure.of('import.unsupportedType', { file });
  }
  if (bytes.length === 0) throw AppFailure.of('import.emptyFile', { file });
  if (bytes.length > IMPORT_LIMITS.maxBytes) {
    throw AppFailure.of('import.tooLarge', { file, size: bytes.length, max: MAX_IMPORT_MB });
  }
  const zip = startsWith(bytes, ZIP);
  const cfb = startsWith(bytes, CFB);
  if (zip || cfb) {
    if (zip) checkZip(file, bytes);
    return readWorkbook(file, bytes);
  }
  // A workbook named .xlsx or .xls must be one: a renamed text file is refused, not guessed at.
  if (extension !== 'csv') throw AppFailure.of('import.notSpreadsheet', { file });
  return readCsv(file, bytes);
}

function readCsv(file: string, bytes: Uint8Array): Grid {
  if (bytes.subarray(0, 64 * 1024).includes(0)) throw AppFailure.of('import.notText', { file });
  const { text } = decodeText(bytes);
  const rows = parseCsv(text);
  const width = Math.max(0, ...rows.map((r) => r.length));
  checkCells(file, file, rows.length * width);
  if (rows.every((r) => r.every((c) => c.trim() === ''))) {
    throw AppFailure.of('import.noSheet', { file });
  }
  return { file, sheet: file.replace(/\.[^.]+$/, ''), rows, cellIssues: [] };
}

function checkCells(file: string, sheet: string, cells: number) {
  if (cells > IMPORT_LIMITS.maxCells) {
    throw AppFailure.of('import.tooManyCells', { file, sheet, cells, max: IMPORT_LIMITS.maxCells });
  }
}

/** Sums the sizes the zip's central directory declares, before anything is unpacked. */
function checkZip(file: string, bytes: Uint8Array) {
  let total = 0;
  const max = IMPORT_LIMITS.maxUnpackedBytes;
  try {
    for (const { packedSize: packed, unpackedSize: unpacked } of zipDirectory(bytes)) {
      // ZIP64 sizes (0xFFFFFFFF) are over the limit by themselves.
      total += unpacked;
      if (
        total > max ||
        unpacked === 0xffffffff ||
        (packed > 0 && unpacked / packed > 1000 && unpacked > 1e6)
      ) {
        throw AppFailure.of('import.zipTooLarge', { file, max: max / 1024 / 1024 });
      }
    }
  } catch (error) {
    if (error instanceof UnreadableZip) throw AppFailure.of('import.unreadable', { file });
    throw error;
  }
}

function readWorkbook(file: string, bytes: Uint8Array): Grid {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      // Formulas are read (never run) and stubs kept, so that a formula cell without a cached
      // value is seen at all: without them SheetJS drops it as if the cell were blank.
      cellFormula: true,
      sheetStubs: true,
      cellHTML: false,
      cellText: false,
      cellNF: true,
      cellDates: true,
      bookVBA: false,
      sheetRows: IMPORT_LIMITS.maxRows + 1,
    });
  } catch {
    throw AppFailure.of('import.unreadable', { file });
  }
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const data = cellsOf(sheet);
    const { rows, cols } = realExtent(data);
    if (rows > IMPORT_LIMITS.maxRows) {
      // Parsing stopped at maxRows + 1: the real size is unknown, the declared one may say more.
      const ref = sheet['!fullref'] ?? sheet['!ref'];
      const declared = ref ? XLSX.utils.decode_range(ref) : null;
      const cells = declared ? (declared.e.r + 1) * (declared.e.c + 1) : 0;
      checkCells(file, name, Math.max(cells, rows * cols));
      throw AppFailure.of('import.tooManyRows', { file, sheet: name, max: IMPORT_LIMITS.maxRows });
    }
    checkCells(file, name, rows * cols);
    const grid = sheetGrid(file, name, sheet, data, rows, cols);
    if (grid.rows.some((row) => row.some((cell) => cell.trim() !== ''))) return grid;
  }
  throw AppFailure.of('import.noSheet', { file });
}

type Cells = Array<Array<XLSX.CellObject | undefined> | undefined>;

const cellsOf = (sheet: XLSX.WorkSheet) => (sheet['!data'] ?? []) as Cells;

/** A cell that holds something: a value, or a formula (with or without its cached value). */
const hasContent = (cell: XLSX.CellObject | undefined) =>
  cell !== undefined && (cell.t !== 'z' || cell.f !== undefined);

/** Rows and columns up to the last cell with content, whatever the sheet declares. */
function realExtent(data: Cells): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [r, row] of data.entries()) {
    if (!row) continue;
    for (let c = row.length - 1; c >= 0; c -= 1) {
      if (!hasContent(row[c])) continue;
      rows = r + 1;
      cols = Math.max(cols, c + 1);
      break;
    }
  }
  return { rows, cols };
}

function cellText(cell: XLSX.CellObject): string {
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'n': {
      const value = cell.v as number;
      // A number shown with leading zeros (format 000) reads as the person sees it: 001.
      if (typeof cell.z === 'string' && /^0+$/.test(cell.z)) return XLSX.SSF.format(cell.z, value);
      return numberText(value);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    default:
      return '';
  }
}

function sheetGrid(
  file: string,
  name: string,
  sheet: XLSX.WorkSheet,
  data: Cells,
  rowCount: number,
  cols: number,
): Grid {
  const rows: string[][] = [];
  const cellIssues: CellIssue[] = [];
  for (let r = 0; r < Math.min(rowCount, data.length); r += 1) {
    const source = data[r] ?? [];
    const row: string[] = [];
    for (let c = 0; c < Math.min(cols, source.length); c += 1) {
      const cell = source[c];
      if (!cell) {
        row[c] = '';
        continue;
      }
      // A formula Excel never ran: a stub, or an error cell without its error value.
      if (cell.f !== undefined && (cell.t === 'z' || cell.v === undefined)) {
        cellIssues.push({ row: r, col: c, code: 'import.formulaNoValue' });
        row[c] = '';
        continue;
      }
      if (cell.t === 'e') {
        if (cell.v === undefined)
          cellIssues.push({ row: r, col: c, code: 'import.formulaNoValue' });
        else {
          const value = ERRORS[cell.v as number] ?? String(cell.v);
          cellIssues.push({ row: r, col: c, code: 'import.cellError', value });
        }
        row[c] = '';
        continue;
      }
      row[c] = cellText(cell);
    }
    rows.push(row);
  }
  // Merged cells hold their value in the top-left cell: spread it over the whole area.
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c] ?? '';
    if (value === '') continue;
    for (let r = merge.s.r; r <= Math.min(merge.e.r, rows.length - 1); r += 1) {
      for (let c = merge.s.c; c <= Math.min(merge.e.c, cols - 1); c += 1) {
        if (r === merge.s.r && c === merge.s.c) continue;
        rows[r]![c] = value;
      }
    }
  }
  return {
    file,
    sheet: name,
    rows: rows.map((row) => Array.from(row, (cell) => cell ?? '')),
    cellIssues,
  };
}
