import * as XLSX from 'xlsx';
import type { RawCell } from '../../shared/formats/paperSheet';

// A filled-in paper score sheet that came back from outside (a judge's USB stick, Excel, WPS or
// LibreOffice re-saved it), read into plain data in the untrusted-file worker (the
// `paperWorkbook` task): cached values only — a formula is never evaluated. What the cells mean
// (the marker, the rows, the marks) is decided on the main thread, in paperSheetService.ts.

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
