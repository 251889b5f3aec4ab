import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { listConflicts, mergeScoreFiles } from '../../electron/services/mergeService';
import {
  exportAllPaperSheets,
  exportPaperSheets,
  importPaperSheets,
  zipPaperSheets,
} from '../../electron/services/paperSheetService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { asActor } from '../../electron/store/auditActor';
import type { PaperSheetImportSummary } from '../../shared/api/paperSheets';
import type { MessageKey } from '../../shared/i18n/catalog';
import { translate } from '../../shared/i18n/catalog';
import { criteria, judgeLaptop, organizerStore, scoresDump } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const SHEET = '科普短剧';
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const run = promisify(execFile);

/** Edits a workbook as a judge would in Excel: cells set by address on the first sheet. */
function fill(bytes: Uint8Array, edit: (ws: XLSX.WorkSheet, wb: XLSX.WorkBook) => void): Buffer {
  const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  edit(ws, wb);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' });
}

const set = (ws: XLSX.WorkSheet, address: string, value: number | string) => {
  ws[address] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const cell = XLSX.utils.decode_cell(address);
  range.e.r = Math.max(range.e.r, cell.r);
  range.e.c = Math.max(range.e.c, cell.c);
  ws['!ref'] = XLSX.utils.encode_range(range);
};

const messages = (summary: PaperSheetImportSummary, language: 'zh-CN' | 'en' = 'zh-CN') =>
  summary.cellErrors.map((e) =>
    translate(language, e.code as MessageKey, e.params as Record<string, string>),
  );

async function setup() {
  const dir = tempDir();
  const store = organizerStore(dir);
  const judge = store.judges[0]!;
  const [file] = await exportPaperSheets(store.db, judge.id);
  return { dir, ...store, judge, file: file! };
}

/** Marks for every entry (rows 7…) and criterion (columns C…): a value on each one's scale. */
function fillAll(ws: XLSX.WorkSheet, db: Parameters<typeof criteria>[0], rows: number) {
  const expected: Array<{ row: number; criterion: string; value: number }> = [];
  for (let i = 0; i < rows; i++) {
    criteria(db).forEach((c, j) => {
      const value = Math.min(
        c.max,
        Math.round((c.max * (0.5 + 0.1 * ((i + j) % 5))) / c.step) * c.step,
      );
      set(ws, XLSX.utils.encode_cell({ r: 6 + i, c: 2 + j }), value / 100);
      expected.push({ row: i, criterion: c.code, value });
    });
  }
  return expected;
}

const judgeScores = (db: Parameters<typeof scoresDump>[0], judgeId: number) =>
  db
    .prepare(
      `SELECT e.no, c.code AS criterion, s.value, s.revision FROM scores s
       JOIN entries e ON e.id = s.entry_id JOIN criteria c ON c.id = s.criterion_id
       WHERE s.judge_id = ? ORDER BY e.no, c.position`,
    )
    .all(judgeId) as Array<{ no: string; criterion: string; value: number; revision: number }>;

describe('paper score sheets', () => {
  it('writes a recognizable, print-ready blank sheet', async () => {
    const { db, file } = await setup();
    expect(file.fileName).toMatch(/-科普短剧-1号评委 评委1-评分表\.xlsx$/);
    const wb = XLSX.read(file.bytes, { type: 'buffer', cellFormula: true });
    expect(wb.SheetNames).toEqual(['科普短剧', '_scoredesk']);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(2);
    const ws = wb.Sheets[SHEET]!;
    expect(ws.A5?.v).toBe('编号');
    const names = criteria(db).map((c) => c.name.zh);
    expect(names.map((_, j) => ws[XLSX.utils.encode_cell({ r: 4, c: 2 + j })]?.v)).toEqual(names);
    expect([ws.A7?.v, ws.A8?.v, ws.A9?.v, ws.A10?.v]).toEqual(['D01', 'D02', 'D03', 'D04']);
    expect(ws.C7).toBeUndefined(); // blank, not 0
    const zip = XLSX.CFB.read(file.bytes, { type: 'buffer' });
    const xml = Buffer.from(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content).toString();
    // A decimal between 0 and the maximum ("between" is the operator when none is written).
    expect(xml).toMatch(/<dataValidation type="decimal" (?!operator)[^>]*sqref="C7:C10">/);
    expect(xml).toContain('sqref="C7:C10"><formula1>0</formula1><formula2>30</formula2>');
    expect(xml).toContain('步长 0.5');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape"');
    expect(xml).toContain('state="frozen"');
    const book = Buffer.from(XLSX.CFB.find(zip, '/xl/workbook.xml')!.content).toString();
    expect(book).toContain('_xlnm.Print_Titles');
    // Judge 5 is recused from D04: the row is left out of that judge's sheet.
    const [fifth] = await exportPaperSheets(db, 5);
    const ws5 = XLSX.read(fifth!.bytes, { type: 'buffer' }).Sheets[SHEET]!;
    expect([ws5.A7?.v, ws5.A8?.v, ws5.A9?.v, ws5.A10?.v]).toEqual(['D01', 'D02', 'D03', undefined]);
    expect(await exportAllPaperSheets(db)).toHaveLength(5);
    expect(
      zipPaperSheets(await exportAllPaperSheets(db))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('imports a filled sheet; the same file again changes nothing; a corrected one wins', async () => {
    const { db, file, judge } = await setup();
    let expected: ReturnType<typeof fillAll> = [];
    const filled = fill(file.bytes, (ws) => {
      expected = fillAll(ws, db, 4);
      delete ws.E8; // one blank cell: stays missing, not 0
    });
    const [first] = await importPaperSheets(db, [{ name: 'a.xlsx', bytes: filled }]);
    expect(first).toMatchObject({
      status: 'applied',
      applied: expected.length - 1,
      cellErrors: [],
    });
    const stored = judgeScores(db, judge.id);
    const names = ['D01', 'D02', 'D03', 'D04'];
    const E8 = { no: 'D02', criterion: criteria(db)[2]!.code };
    expect(stored.map(({ no, criterion, value }) => ({ no, criterion, value }))).toEqual(
      expected
        .map((e) => ({ no: names[e.row]!, criterion: e.criterion, value: e.value }))
        .filter((e) => !(e.no === E8.no && e.criterion === E8.criterion)),
    );
    expect(stored.every((s) => s.revision === 1)).toBe(true);
    const cleared = db.prepare('SELECT COUNT(*) AS n FROM cleared_scores').get() as { n: number };
    expect(cleared.n).toBe(0);

    const before = scoresDump(db);
    const [again] = await importPaperSheets(db, [{ name: 'a.xlsx', bytes: filled }]);
    expect(again).toMatchObject({ status: 'unchanged', applied: 0 });
    expect(scoresDump(db)).toBe(before);

    const corrected = fill(filled, (ws) => set(ws, 'C7', 20));
    const [third] = await importPaperSheets(db, [{ name: 'b.xlsx', bytes: corrected }]);
    expect(third).toMatchObject({ status: 'applied', applied: 1 });
    const c7 = judgeScores(db, judge.id).find(
      (s) => s.no === 'D01' && s.criterion === criteria(db)[0]!.code,
    );
    expect(c7).toMatchObject({ value: 2000, revision: 2 });
    // The first file once more, after the correction: already imported, so nothing changes.
    const afterCorrection = scoresDump(db);
    expect((await importPaperSheets(db, [{ name: 'a.xlsx', bytes: filled }]))[0]!.status).toBe(
      'unchanged',
    );
    expect(scoresDump(db)).toBe(afterCorrection);
  });

  it('refuses bad cells with their addresses, all or nothing', async () => {
    const { db, file } = await setup();
    const before = scoresDump(db);
    const cases: Array<[string, (ws: XLSX.WorkSheet, wb: XLSX.WorkBook) => void, string[]]> = [
      [
        'over max',
        (ws) => {
          set(ws, 'C8', 28);
          set(ws, 'C7', 31);
        },
        ['C7：31 超过满分 30'],
      ],
      ['wrong step', (ws) => set(ws, 'C7', 28.3), ['C7：28.3 不是步长 0.5 的整数倍']],
      ['text', (ws) => set(ws, 'D9', '好'), ['D9：“好” 不是分数']],
      ['negative', (ws) => set(ws, 'C7', -1), ['C7：-1 是负数，分数不能为负']],
      [
        'outside the grid',
        (ws) => {
          set(ws, 'C7', 28);
          set(ws, 'J8', 5);
        },
        ['J8：评分区域以外的单元格有内容“5”，请删除后再导入'],
      ],
      [
        'formula without a value',
        (ws) => {
          ws.C7 = { t: 'n', f: '1+1' } as XLSX.CellObject;
        },
        ['C7：公式没有计算结果，请在 Excel 中重新计算并保存，或直接填写数字'],
      ],
      [
        'a deleted row',
        (ws) => {
          // What Excel does on "delete row 8": everything below moves up one row.
          const range = XLSX.utils.decode_range(ws['!ref']!);
          for (let r = 7; r <= range.e.r; r++) {
            for (let c = 0; c <= range.e.c; c++) {
              const below = ws[XLSX.utils.encode_cell({ r: r + 1, c })];
              const here = XLSX.utils.encode_cell({ r, c });
              if (below) ws[here] = below;
              else delete ws[here];
            }
          }
          set(ws, 'C7', 28);
        },
        [
          'A8：编号应为 D02，现为“D03”（行被移动、删除或改动）',
          'A9：编号应为 D03，现为“D04”（行被移动、删除或改动）',
          'A10：编号应为 D04，现为“”（行被移动、删除或改动）',
        ],
      ],
    ];
    for (const [label, edit, expected] of cases) {
      const bytes = fill(file.bytes, edit);
      const [summary] = await importPaperSheets(db, [{ name: `${label}.xlsx`, bytes }]);
      expect(summary!.status, label).toBe('refused');
      expect(summary!.reason?.code, label).toBe('paperSheet.cellErrors');
      expect(messages(summary!).slice(0, expected.length), label).toEqual(expected);
      expect(scoresDump(db), label).toBe(before);
    }
    const [over] = await importPaperSheets(db, [
      { name: 'x.xlsx', bytes: fill(file.bytes, (ws) => set(ws, 'C7', 31)) },
    ]);
    expect(messages(over!, 'en')).toEqual(['C7: 31 exceeds the maximum 30']);
  });

  it('refuses a tampered marker, another competition, a stranger workbook', async () => {
    const { db, file, dir } = await setup();
    const before = scoresDump(db);
    const tampered = fill(file.bytes, (ws, wb) => {
      set(ws, 'C7', 28);
      const marker = wb.Sheets._scoredesk!;
      marker.A1 = { t: 's', v: String(marker.A1!.v).replace('"no":"D01"', '"no":"D09"') };
    });
    const other = organizerStore(mkdir(dir, 'other'));
    const foreign = fill((await exportPaperSheets(other.db, other.judges[0]!.id))[0]!.bytes, (ws) =>
      set(ws, 'C7', 28),
    );
    const plain = XLSX.write(
      { SheetNames: ['S'], Sheets: { S: { A1: { t: 'n', v: 1 }, '!ref': 'A1' } } },
      { type: 'buffer', bookType: 'xlsx' },
    );
    const results = await importPaperSheets(db, [
      { name: 't.xlsx', bytes: tampered },
      { name: 'f.xlsx', bytes: foreign },
      { name: 'p.xlsx', bytes: plain },
      { name: 'n.xlsx', bytes: Buffer.from('not a workbook at all') },
    ]);
    expect(results.map((r) => r.reason?.code)).toEqual([
      'paperSheet.badSignature',
      'paperSheet.otherCompetition',
      'paperSheet.noMarker',
      'paperSheet.noMarker',
    ]);
    expect(scoresDump(db)).toBe(before);
  });

  it('refuses a sheet made for an earlier rubric; reads numbers typed as text', async () => {
    const { db, file, judge } = await setup();
    const textual = fill(file.bytes, (ws) => {
      set(ws, 'C7', '２８.５'); // full-width digits, as an input method may type them
      set(ws, 'D7', ' 20 ');
    });
    const [ok] = await importPaperSheets(db, [{ name: 'text.xlsx', bytes: textual }]);
    expect(ok).toMatchObject({ status: 'applied', applied: 2 });
    expect(judgeScores(db, judge.id).map((s) => s.value)).toEqual([2850, 2000]);

    db.prepare(
      "UPDATE criteria SET max = max + 500 WHERE code = ? AND track_id = (SELECT id FROM tracks WHERE code = 'drama')",
    ).run(criteria(db)[0]!.code);
    const before = scoresDump(db);
    const [old] = await importPaperSheets(db, [
      { name: 'old.xlsx', bytes: fill(file.bytes, (ws) => set(ws, 'C7', 20)) },
    ]);
    expect(old!.reason?.code).toBe('paperSheet.otherRubric');
    expect(scoresDump(db)).toBe(before);
  });

  it.skipIf(!hasSoffice)(
    'still recognizes a sheet re-saved by LibreOffice, with the same result',
    async () => {
      const { db, file, dir, judge } = await setup();
      let expected: ReturnType<typeof fillAll> = [];
      const filled = fill(file.bytes, (ws) => {
        expected = fillAll(ws, db, 3);
      });
      const inDir = join(dir, 'in');
      const outDir = join(dir, 'out');
      mkdirSync(inDir);
      mkdirSync(outDir);
      writeFileSync(join(inDir, 'sheet.xlsx'), filled);
      const profile = pathToFileURL(join(dir, 'lo-profile')).href;
      await run(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          outDir,
          join(inDir, 'sheet.xlsx'),
        ],
        { timeout: 120_000 },
      );
      const resaved = readFileSync(join(outDir, 'sheet.xlsx'));
      expect(Buffer.compare(resaved, filled)).not.toBe(0);
      const [summary] = await importPaperSheets(db, [{ name: 'resaved.xlsx', bytes: resaved }]);
      expect(summary, JSON.stringify(summary)).toMatchObject({
        status: 'applied',
        applied: expected.length,
      });
      expect(judgeScores(db, judge.id).map((s) => s.value)).toEqual(expected.map((e) => e.value));
      // The original after its re-saved copy: the same content, so nothing changes.
      const after = scoresDump(db);
      expect((await importPaperSheets(db, [{ name: 'a.xlsx', bytes: filled }]))[0]!.status).toBe(
        'unchanged',
      );
      expect(scoresDump(db)).toBe(after);
    },
    180_000,
  );
});

function mkdir(dir: string, name: string) {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('paper is paper', () => {
  it('records a typed mark as the scorekeeper’s, and makes one that would replace a signed mark a conflict', async () => {
    const { db, judge, file } = await setup();
    // The judge scored D01 in the app first; that signed file is merged.
    const laptop = judgeLaptop(db, judge.id, tempDir());
    const [c] = criteria(db);
    mergeScoreFiles(db, [{ name: 'app', content: exportScoreFile(laptop.db).content }]);
    const signed = judgeScores(db, judge.id).find(
      (s) => s.no === 'D01' && s.criterion === c!.code,
    )!;
    const paperValue = signed.value === c!.max ? c!.max - c!.step : c!.max;

    // Someone holding a blank sheet of that judge writes another mark over it, and one for D02.
    const filled = fill(file.bytes, (ws) => {
      set(ws, 'C7', paperValue / 100);
    });
    const [summary] = await importPaperSheets(db, [{ name: '纸质.xlsx', bytes: filled }]);
    expect(summary!.conflicts).toBe(1);
    const after = judgeScores(db, judge.id).find((s) => s.no === 'D01' && s.criterion === c!.code)!;
    expect(after.value).toBe(signed.value);
    expect(listConflicts(db)).toEqual([
      expect.objectContaining({
        entryNo: 'D01',
        storedValue: signed.value,
        incomingValue: paperValue,
        source: '纸质.xlsx',
      }),
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM paper_cells').get()).toEqual({ n: 0 });
  });

  it('keeps who typed a paper mark, when and from which sheet', async () => {
    const { db, judge, file } = await setup();
    const filled = fill(file.bytes, (ws) => set(ws, 'C7', 1));
    await asActor('记分员 王老师', () =>
      importPaperSheets(db, [{ name: '第一轮.xlsx', bytes: filled }]),
    );
    expect(db.prepare('SELECT judge_id, sheet, entered_by FROM paper_cells').all()).toEqual([
      { judge_id: judge.id, sheet: '第一轮.xlsx', entered_by: '记分员 王老师' },
    ]);
  });
});
