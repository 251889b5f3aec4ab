import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import {
  type Cell,
  type SheetModel,
  type TrackSheetsInput,
  textWidth,
  trackSheets,
} from '../../shared/formats/resultsSheets';
import { translate } from '../../shared/i18n/catalog';
import { type Db, inTransaction } from '../store/database';
import { loadCompetition } from './competitionService';
import { scoringInput, trackResultsOf } from './resultsService';
import { requireTrack } from './rubricService';

export interface ExportOptions {
  /** One track's code; all tracks that have entries when absent. */
  track?: string | undefined;
  language: Language;
}

/** The published results as sheet models, read in one go so every sheet shows the same data. */
export function resultsWorkbookModel(
  db: Db,
  options: ExportOptions,
): { fileName: string; sheets: SheetModel[] } {
  // One transaction: a snapshot, even if another process (the app) writes meanwhile.
  const { competition, read } = inTransaction(db, () => {
    const competition = loadCompetition(db);
    const codes = options.track
      ? [requireTrack(db, options.track).track.code]
      : competition.tracks.map((track) => track.code);
    const read = codes.map((code): TrackSheetsInput => {
      const read = scoringInput(db, code);
      const { input } = read;
      return { track: input.track, view: trackResultsOf(db, read), scores: input.scores };
    });
    return { competition, read };
  });
  // A whole-competition workbook leaves out tracks nobody entered (a provincial round may run
  // only some of the template's tracks), unless that would leave nothing at all.
  const withEntries = read.filter(({ view }) => view.results.entries.length > 0);
  const exported = options.track || withEntries.length === 0 ? read : withEntries;
  const sheets: SheetModel[] = [];
  for (const input of exported) {
    const taken = sheets.map((sheet) => sheet.name);
    sheets.push(...trackSheets(competition, input, options.language, taken));
  }
  const fileName = workbookFileName(
    competition.name,
    exported,
    options.language,
    Boolean(options.track),
  );
  return { fileName, sheets };
}

/** A file name Windows, macOS and Linux all accept, ending in .xlsx. */
export function safeFileName(name: string): string {
  const clean = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  // 100 characters keep the full path well inside Windows' 260 even in a deep folder.
  return `${Array.from(clean).slice(0, 100).join('') || 'ScoreDesk'}.xlsx`;
}

/** v2 when every exported track is published as it stands (v1-v2 when they differ); else a draft. */
export function workbookFileName(
  competition: string,
  exported: TrackSheetsInput[],
  language: Language,
  singleTrack: boolean,
): string {
  const locks = exported.map(({ view }) => view.lock);
  const published = locks.every((lock) => lock?.current);
  const versions = [...new Set(locks.map((lock) => lock?.version ?? 0))].sort((a, b) => a - b);
  const version = published
    ? versions.map((v) => `v${v}`).join('-')
    : translate(language, 'export.fileDraft');
  const track = exported[0]?.track.name;
  return safeFileName(
    singleTrack && track
      ? translate(language, 'export.trackFileName', { competition, track, version })
      : translate(language, 'export.fileName', { competition, version }),
  );
}

export function exportWorkbook(db: Db, options: ExportOptions): Buffer {
  const { fileName, sheets } = resultsWorkbookModel(db, options);
  return workbookBuffer(sheets, fileName.replace(/\.xlsx$/, ''));
}

export function writeWorkbookFile(db: Db, path: string, options: ExportOptions): void {
  const buffer = exportWorkbook(db, options);
  try {
    writeFileSync(path, buffer);
  } catch (error) {
    throw AppFailure.of('export.cannotWrite', { path, detail: String(error) });
  }
}

/** For the renderer, which turns it into a download. */
export function exportWorkbookForDownload(
  db: Db,
  options: ExportOptions,
): { fileName: string; base64: string } {
  const { fileName, sheets } = resultsWorkbookModel(db, options);
  const buffer = workbookBuffer(sheets, fileName.replace(/\.xlsx$/, ''));
  return { fileName, base64: buffer.toString('base64') };
}

export function workbookBuffer(sheets: SheetModel[], title: string): Buffer {
  const workbook = XLSX.utils.book_new();
  workbook.Props = { Title: title, Author: 'ScoreDesk' };
  for (const sheet of sheets) XLSX.utils.book_append_sheet(workbook, worksheet(sheet), sheet.name);
  // bookSST: text goes to the shared-string table (t="s"), the plainest form of a text cell.
  // Stored uncompressed here: freezeHeaderRows rewrites the zip and compresses it, once.
  const written: Buffer = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  });
  return freezeHeaderRows(
    written,
    sheets.map((sheet) => sheet.title.length + 1),
  );
}

/**
 * Text is always written as a text cell (t 's') and no cell ever gets a formula, so an entry
 * named "=1+2" or "@SUM(A1)" stays those characters in Excel and LibreOffice (design: exported
 * cells beginning with = + - @, tab or CR are text).
 */
export function toCell(cell: Cell): XLSX.CellObject | undefined {
  switch (cell.kind) {
    case 'text':
      return { t: 's', v: cell.text };
    case 'number':
      return { t: 'n', v: cell.value, z: cell.format };
    case 'empty':
      // No cell at all: blank is not zero.
      return undefined;
  }
}

function worksheet(sheet: SheetModel): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const columns = Math.max(1, sheet.header.length);
  const lines: Cell[][] = [
    ...sheet.title.map((line): Cell[] => [{ kind: 'text', text: line }]),
    sheet.header.map((name): Cell => ({ kind: 'text', text: name })),
    ...sheet.rows,
  ];
  lines.forEach((line, r) => {
    line.forEach((cell, c) => {
      const value = toCell(cell);
      if (value) ws[XLSX.utils.encode_cell({ r, c })] = value;
    });
  });
  const last = { r: lines.length - 1, c: columns - 1 };
  const headerRow = sheet.title.length;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last });
  ws['!merges'] = sheet.title.map((_, r) => ({ s: { r, c: 0 }, e: { r, c: columns - 1 } }));
  ws['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: headerRow, c: 0 }, e: last }),
  };
  ws['!cols'] = columnWidths([lines[headerRow] ?? [], ...sheet.rows], columns);
  return ws;
}

/** Title lines span the table, so only the header and the body decide column widths. */
function columnWidths(lines: Cell[][], columns: number): XLSX.ColInfo[] {
  return Array.from({ length: columns }, (_, c) => {
    const widest = Math.max(0, ...lines.map((line) => shownWidth(line[c])));
    // +2 for the filter button of the header cells.
    return { wch: Math.min(60, Math.max(6, widest + 2)) };
  });
}

function shownWidth(cell: Cell | undefined): number {
  if (!cell || cell.kind === 'empty') return 0;
  if (cell.kind === 'text') return textWidth(cell.text);
  return XLSX.SSF.format(cell.format, cell.value).length;
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

/**
 * SheetJS Community 0.20.3 writes no panes (it drops `!freeze` and `!views` panes), so the
 * frozen header is added to each sheet's <sheetView> the way Excel itself writes it. Excel and
 * LibreOffice both honour it (tests/integration/exportLibreOffice.test.ts checks LibreOffice).
 */
function freezeHeaderRows(xlsx: Buffer, frozenRows: number[]): Buffer {
  const zip = CFB.read(xlsx, { type: 'buffer' });
  frozenRows.forEach((rows, index) => {
    const entry = CFB.find(zip, `/xl/worksheets/sheet${index + 1}.xml`);
    if (!entry) throw new Error(`exportService: sheet ${index + 1} missing from the workbook`);
    const xml = Buffer.from(entry.content).toString('utf8');
    const topLeft = `A${rows + 1}`;
    const pane =
      `<pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
    const patched = xml.replace(/<sheetView( [^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
    if (patched === xml) throw new Error('exportService: no <sheetView/> to freeze');
    entry.content = Buffer.from(patched, 'utf8');
    entry.size = entry.content.length;
  });
  return CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true });
}
