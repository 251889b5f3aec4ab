import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { exportWorkbook } from '../../electron/services/exportService';
import { addPenalty } from '../../electron/services/marksService';
import { exportPaperSheets } from '../../electron/services/paperSheetService';
import { trackResults } from '../../electron/services/resultsService';
import type { Db } from '../../electron/store/database';
import { organizerStore } from '../helpers/judgingFixture';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// The exported workbooks as a printer sees them, read back by a second library (ExcelJS reads
// what the file says about paper; SheetJS reads the cells and formats them as Excel would).

const tempDir = tempDirsForEachTest();
let open: Db | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

const NOW = new Date(2026, 9, 22, 16, 5);

function demo() {
  const db = createCompetitionStore(join(tempDir(), 'demo.scoredesk'), sampleInfo, 'counselor');
  open = db;
  fillDemo(db, { seed: 7, entriesPerTrack: 12, judgesPerTrack: 7, blankShare: 0.02 });
  const first = trackResults(db, 'exhibit').results.entries[0]!;
  addPenalty(db, { entryId: first.entryId, rule: 'overtime', points: 100, reason: '超时 20 秒' });
  return db;
}

async function printed(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  // ExcelJS's typings take an ArrayBuffer; a copy of the bytes is one.
  await book.xlsx.load(new Uint8Array(buffer).buffer as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

/** The row (1-based) of the table's header: the first whose column A reads 组别 or Group. */
function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (['组别', 'Group'].includes(String(ws.getCell(r, 1).value))) return r;
  }
  throw new Error(`no header row on ${ws.name}`);
}

const thin = { style: 'thin' };

describe('the exported results on paper', () => {
  it('sets every sheet up for A4, one page wide, its header row on every page, numbered', async () => {
    const buffer = await exportWorkbook(demo(), { language: 'zh-CN', now: NOW });
    const book = await printed(buffer);
    expect(book.worksheets.map((ws) => ws.name)).toHaveLength(12);
    for (const ws of book.worksheets) {
      const header = headerRowOf(ws);
      const columns = ws.getRow(header).cellCount;
      expect(ws.pageSetup, ws.name).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${header}:${header}`,
      });
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
      expect(ws.headerFooter.oddHeader).toContain(sampleInfo.name);
      // The title: merged across the table, bold, the competition first, then version and time.
      const last = ws.getCell(1, columns).address.replace(/\d+$/, '');
      for (let r = 1; r < header; r++) {
        expect(ws.model.merges, ws.name).toContain(`A${r}:${last}${r}`);
        expect(ws.getCell(r, 1).font?.bold, `${ws.name} A${r}`).toBe(true);
      }
      expect(ws.getCell(1, 1).value).toBe(sampleInfo.name);
      expect(String(ws.getCell(header - 1, 1).value)).toMatch(
        /^草稿（未锁定）　导出时间：2026-10-22 16:05　输入数据校验值：[0-9a-f]{64}$/,
      );
      // Borders round every cell of the table, blank ones too; the header bold.
      for (let r = header; r <= ws.rowCount; r++) {
        for (let c = 1; c <= columns; c++) {
          const cell = ws.getCell(r, c);
          expect(cell.border, `${ws.name} ${cell.address}`).toMatchObject({
            top: thin,
            left: thin,
            bottom: thin,
            right: thin,
          });
          if (r === header) expect(cell.font?.bold).toBe(true);
        }
      }
      // The page is frozen under the header on screen as well.
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    }
    // Wide tables print landscape, the award list portrait.
    const orientation = (name: string) => book.getWorksheet(name)!.pageSetup.orientation;
    expect(orientation('展品辅导-成绩')).toBe('landscape');
    expect(orientation('展品辅导-获奖名单')).toBe('portrait');
  });

  it('prints 名次 as 第1名 beside 编号 as text, criterion marks in one format, judges’ totals as posted', async () => {
    const db = demo();
    const view = trackResults(db, 'exhibit');
    const buffer = await exportWorkbook(db, { language: 'zh-CN', track: 'exhibit', now: NOW });
    const book = XLSX.read(buffer, { type: 'buffer', cellNF: true });
    const sheet = (name: string) => {
      const ws = book.Sheets[name]!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
      const header = rows.findIndex((row) => row[0] === '组别');
      // A header printed on two lines (1号评委 / 黄秀, 科学内容 / （35分）) read as its name.
      const names = (rows[header] as string[]).map((h) =>
        String(h)
          .replace(/\n(?=[（(])/, '')
          .replace('\n', ' '),
      );
      const cells = (column: string) => {
        const c = names.indexOf(column);
        if (c < 0) throw new Error(`${name}: no column ${column}`);
        const out: XLSX.CellObject[] = [];
        for (let r = header + 1; r < rows.length; r++) {
          const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
          if (cell) out.push(cell);
        }
        return out;
      };
      return { names, cells };
    };
    const results = sheet('展品辅导-成绩');
    const ranks = results.cells('名次');
    expect(ranks.map((cell) => [cell.t, cell.w])).toEqual(
      view.results.entries.filter((e) => e.rank !== null).map((e) => ['n', `第${e.rank}名`]),
    );
    // The number stays the roster's text, leading zeros and all, in a column of its own.
    const numbers = results.cells('编号');
    expect(numbers.map((cell) => [cell.t, cell.v])).toEqual(
      view.results.entries.map((e) => ['s', e.no]),
    );
    expect(numbers.every((cell) => cell.z === '@')).toBe(true);
    expect(results.names.indexOf('编号')).toBe(results.names.indexOf('名次') + 1);

    // The counselor template's steps are 0.5 and 1: criterion marks, quiz points and deductions
    // show one place; a judge's total shows the track's two, as on the 公示 and the big screen,
    // a dropped one in brackets; the final shows the track's two.
    const formats = (cells: XLSX.CellObject[]) => new Set(cells.map((cell) => cell.z));
    const judges = view.judges.flatMap((_, i) => results.cells(results.names[7 + i]!));
    expect(formats(judges)).toEqual(new Set(['0.00', '(0.00)']));
    for (const column of ['客观分', '扣分']) {
      expect(formats(results.cells(column)), column).toEqual(new Set(['0.0']));
    }
    expect(formats(results.cells('最后得分'))).toEqual(new Set(['0.00']));
    const details = sheet('展品辅导-明细');
    const criteria = details.names.filter((name) => /（\d+分）$/.test(name));
    expect(criteria).toHaveLength(5);
    for (const column of criteria) {
      expect(formats(details.cells(column)), column).toEqual(new Set(['0.0']));
    }
    expect(formats(details.cells('评委总分'))).toEqual(new Set(['0.00']));
    expect(results.cells('扣分')[0]?.w).toBe('1.0');
  });

  it('prints in English with the rank as a number and English page numbers', async () => {
    const buffer = await exportWorkbook(demo(), { language: 'en', track: 'drama', now: NOW });
    const book = await printed(buffer);
    const ws = book.getWorksheet('Short science drama-Results')!;
    expect(ws.headerFooter.oddFooter).toContain('Page &P of &N');
    const header = headerRowOf(ws);
    expect(ws.getCell(header + 1, 2).numFmt).toBe('0');
    expect(String(ws.getCell(header - 1, 1).value)).toContain('Exported 2026-10-22 16:05');
  });
});

describe('a paper score sheet on paper', () => {
  it('prints A4 landscape one page wide, its two header rows on every page, a bordered grid', async () => {
    const { db, judges } = organizerStore(tempDir());
    open = db;
    const [file] = await exportPaperSheets(db, judges[0]!.id);
    const book = await printed(file!.bytes);
    const ws = book.worksheets[0]!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:6',
    });
    expect(ws.headerFooter.oddFooter).toMatch(/&P.*&N/);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.model.merges).toContain('A1:H1');
    // Every cell a judge writes in is bordered and blank; rows are tall enough for a pen.
    for (let r = 7; r <= 10; r++) {
      expect(ws.getRow(r).height).toBeGreaterThanOrEqual(28);
      for (let c = 1; c <= 8; c++) {
        expect(ws.getCell(r, c).border, ws.getCell(r, c).address).toMatchObject({
          top: thin,
          bottom: thin,
        });
      }
      expect(ws.getCell(r, 3).value).toBeNull();
    }
    expect(book.worksheets[1]?.state).toBe('veryHidden');
  });
});
