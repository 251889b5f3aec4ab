import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { workbookBuffer } from '../../electron/services/exportService';
import type { TrackResultsView } from '../../shared/api/results';
import {
  type Cell,
  numberFormat,
  numberWidth,
  type SheetModel,
  safeSheetName,
  textWidth,
  trackSheets,
} from '../../shared/formats/resultsSheets';
import { markTable, markTableOf } from '../../shared/scoring';
import {
  criterion,
  entry,
  makeTrack,
  overall,
  p,
  panelOf,
  quizSegment,
  resultOf,
  run,
  overallSegment as segment,
} from './scoring/fixtures';

// Five judges, groups A and B. Entry 1: five marks (highest and lowest dropped); entry 2: judge
// 5 left it blank; entry 3 absent (unranked); entries 4 and 5 have names that look like formulas.
const track = makeTrack({
  name: { zh: '展品辅导', en: 'Exhibit interpretation' },
  groups: [
    { code: 'a', name: { zh: '甲组', en: 'Group A' }, isDefault: true },
    { code: 'b', name: { zh: '乙组', en: 'Group B' }, isDefault: false },
  ],
  segments: [segment, quizSegment],
  awards: {
    basis: 'count',
    tiers: [{ code: 'first', name: { zh: '一等奖', en: 'First prize' }, value: 1 }],
    rest: { zh: '优秀奖', en: 'Excellence award' },
    boundaryTie: 'higher',
  },
});
const entries = [
  entry(1, { group: 'a', name: '张三' }),
  entry(2, { group: 'a', name: '李四' }),
  entry(3, { group: 'a', name: '王五', status: 'absent' }),
  entry(4, { group: 'b', name: '=1+2' }),
  entry(5, { group: 'b', name: '@SUM(A1)' }),
];
const results = run({
  track,
  entries,
  judges: panelOf(5),
  scores: [
    ...overall(1, [90, 80, 85, 86, 70]),
    ...overall(2, [88, 84, 86, 87, null]),
    ...overall(4, [70, 71, 72, 73, 74]),
    ...overall(5, [60, 61, 62, 63, 64]),
  ],
  objective: [1, 2, 4, 5].flatMap((entryId) => [
    { entryId, criterion: 'q1', value: p(1) },
    { entryId, criterion: 'q2', value: 0 },
  ]),
  penalties: [{ entryId: 2, points: p(0.5), reason: '超时' }],
});
const view: TrackResultsView = {
  results,
  blockers: [],
  publishable: true,
  entries: entries.map((e) => ({
    id: e.id,
    no: e.no,
    name: e.name,
    organization: '+馆',
    region: '浙江',
    title: '-光',
  })),
  judges: panelOf(5).map((judge, i) => ({ ...judge, seat: i + 1 })),
  penalties: [],
  singleAwards: [{ id: 1, entryId: 2, name: '最佳创意奖' }],
  lock: null,
  inputHash: 'f00d',
};
const competition = {
  name: '测试赛',
  edition: '第九届',
  venue: '',
  startDate: '2026-10-20',
  endDate: '',
};
const marks = markTableOf(track, [
  ...overall(1, [90, 80, 85, 86, 70]),
  ...overall(2, [88, 84, 86, 87, null]),
]);
const sheets = (language: 'zh-CN' | 'en' = 'zh-CN', lock: TrackResultsView['lock'] = null) =>
  trackSheets(competition, { track, view: { ...view, lock }, marks }, language);

/** The body row of the entry with this number, as header → cell. */
function rowOf(sheet: SheetModel, no: string): Record<string, Cell> {
  const noColumn = sheet.header.indexOf(sheet.header.find((h) => h === '编号' || h === 'No.')!);
  const row = sheet.rows.find((r) => r[noColumn]?.kind === 'text' && r[noColumn].text === no);
  if (!row) throw new Error(`no row ${no}`);
  return Object.fromEntries(sheet.header.map((h, i) => [h, row[i]!]));
}

describe('the results sheet layout', () => {
  it('names the three sheets of a track and heads them in the chosen language', () => {
    const [zh] = sheets();
    expect(sheets().map((s) => s.name)).toEqual([
      '展品辅导-成绩',
      '展品辅导-明细',
      '展品辅导-获奖名单',
    ]);
    expect(zh!.title).toEqual([
      '测试赛',
      '第九届 · 2026-10-20',
      '展品辅导 成绩表',
      '草稿（未锁定）　输入数据校验值：f00d',
    ]);
    expect(zh!.header).toEqual([
      '组别',
      '名次',
      '编号',
      '姓名/团队',
      '单位',
      '省份',
      '作品',
      '1号评委 J1',
      '2号评委 J2',
      '3号评委 J3',
      '4号评委 J4',
      '5号评委 J5',
      '去掉的分数',
      '评委得分',
      '客观分',
      '扣分',
      '最后得分',
      '奖项',
      '单项奖',
      '提示',
    ]);
    const [en] = sheets('en');
    expect(en!.name).toBe('Exhibit interpretation-Results');
    expect(en!.header.slice(0, 4)).toEqual(['Group', 'Rank', 'No.', 'Name / team']);
    expect(en!.header).toContain('Final');
  });

  it('says which version it is: draft, published, or changed since', () => {
    const lock = {
      version: 2,
      lockedAt: '',
      lockedBy: '',
      reason: '',
      inputHash: 'f00d',
      current: true,
    };
    expect(sheets('zh-CN', lock)[0]!.title[3]).toBe('第 2 版　输入数据校验值：f00d');
    expect(sheets('zh-CN', { ...lock, current: false })[0]!.title[3]).toContain(
      '第 2 版锁定后成绩有改动',
    );
  });

  it('writes each judge total, brackets and lists the dropped ones, finals with the track decimals', () => {
    const row = rowOf(sheets()[0]!, '001');
    expect(row['1号评委 J1']).toEqual({ kind: 'number', value: 90, format: DROPPED });
    expect(row['5号评委 J5']).toEqual({ kind: 'number', value: 70, format: DROPPED });
    expect(row['2号评委 J2']).toEqual({ kind: 'number', value: 80, format: '0.00' });
    expect(row.去掉的分数).toEqual({ kind: 'text', text: '90.00（最高）、70.00（最低）' });
    expect(row.评委得分).toEqual({ kind: 'number', value: 83.6667, format: '0.00##' });
    expect(row.最后得分).toEqual({
      kind: 'number',
      value: Number(resultOf(results, 1).final),
      format: '0.00',
    });
    expect(row.客观分).toEqual({ kind: 'number', value: 1, format: '0.00' });
    expect(row.扣分).toEqual({ kind: 'empty' });
  });

  it('leaves a blank mark blank, never 0, and says why in words', () => {
    const row = rowOf(sheets()[0]!, '002');
    expect(row['5号评委 J5']).toEqual({ kind: 'empty' });
    expect(row.扣分).toEqual({ kind: 'number', value: 0.5, format: '0.00' });
    expect(row.单项奖).toEqual({ kind: 'text', text: '最佳创意奖' });
    expect(row.提示?.kind === 'text' && row.提示.text).toContain('有评委未评分或未评完');
    expect(row.提示?.kind === 'text' && row.提示.text).toContain('扣 0.50 分：超时');
    // Four valid judges: the small-panel rule, said with the result (design rule 8).
    expect(row.提示?.kind === 'text' && row.提示.text).toContain(
      '计算方法：全部有效评分取平均（有效评委 4 名）',
    );
    const detail = sheets()[1]!;
    const judge5 = detail.rows.find(
      (r) =>
        r[2]?.kind === 'text' &&
        r[2].text === '002' &&
        r[4]?.kind === 'text' &&
        r[4].text === '5号评委 J5',
    );
    expect(judge5?.slice(5)).toEqual([
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'text', text: '未评分' },
    ]);
  });

  it('puts unranked entries after the ranked ones of their group, with a blank rank and final', () => {
    const sheet = sheets()[0]!;
    const order = sheet.rows.map((r) => (r[2]?.kind === 'text' ? r[2].text : ''));
    expect(order).toEqual(['002', '001', '003', '004', '005']);
    const absent = rowOf(sheet, '003');
    expect([absent.名次, absent.最后得分, absent['1号评委 J1']]).toEqual([
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'empty' },
    ]);
    expect(absent.组别).toEqual({ kind: 'text', text: '甲组' });
  });

  it('lists the detail marks with the criteria and their maxima in the header', () => {
    const two = makeTrack({
      segments: [{ ...segment, criteria: [criterion('a', 60), criterion('b', 40)] }],
    });
    const [, detail] = trackSheets(competition, { track: two, view, marks: markTable(2, []) });
    expect(detail!.header.slice(5)).toEqual(['a（60分）', 'b（40分）', '评委总分', '状态']);
    expect(detail!.rows).toHaveLength(entries.length * 5);
  });

  it('lists awards per group, tier by tier, then the jury’s single awards', () => {
    const awards = sheets()[2]!;
    expect(awards.header.slice(0, 3)).toEqual(['组别', '奖项', '名次']);
    const listed = awards.rows.map((r) =>
      [r[0], r[1], r[3]].map((c) => (c?.kind === 'text' ? c.text : '')),
    );
    expect(listed).toEqual([
      ['甲组', '一等奖', '002'],
      ['甲组', '优秀奖', '001'],
      ['甲组', '单项奖：最佳创意奖', '002'],
      ['乙组', '一等奖', '004'],
      ['乙组', '优秀奖', '005'],
    ]);
  });
});

describe('formula-looking text', () => {
  it('stays a text cell in the model and in the written workbook, never a formula', async () => {
    const model = sheets();
    expect(rowOf(model[0]!, '004')['姓名/团队']).toEqual({ kind: 'text', text: '=1+2' });
    const book = XLSX.read(await workbookBuffer(model, 'test'), {
      type: 'buffer',
      cellFormula: true,
    });
    const cells = Object.values(book.Sheets).flatMap((ws) =>
      Object.entries(ws)
        .filter(([key]) => !key.startsWith('!'))
        .map(([, cell]) => cell as XLSX.CellObject),
    );
    expect(cells.filter((cell) => cell.f !== undefined)).toEqual([]);
    for (const value of ['=1+2', '@SUM(A1)', '+馆', '-光']) {
      const found = cells.filter((cell) => cell.v === value);
      expect(found.length, value).toBeGreaterThan(0);
      expect(
        found.every((cell) => cell.t === 's'),
        value,
      ).toBe(true);
    }
  });
});

describe('sheet names', () => {
  it('keeps the suffix and shortens the name to 31 characters', () => {
    expect(safeSheetName('展品辅导', [], '-成绩')).toBe('展品辅导-成绩');
    expect(safeSheetName('a[b]:c*d?e/f\\g', [])).toBe('a_b__c_d_e_f_g');
    const long = safeSheetName('Science course (activity) extended', [], '-Results');
    expect(long).toBe('Science course (activit-Results');
    expect(long.length).toBe(31);
    expect(safeSheetName('A-成绩', ['a-成绩'])).toBe('A-成绩(2)');
    expect(safeSheetName('展品', ['展品-成绩'], '-成绩')).toBe('展品(2)-成绩');
    expect(safeSheetName("'quoted'", [])).toBe('_quoted_');
    expect(safeSheetName("Kid's show", [], '-Results')).toBe('Kid’s show-Results');
    expect(safeSheetName('History', [])).toBe('History(2)');
    expect(safeSheetName('   ', [])).toBe('Sheet');
  });

  it('is always valid and unique, whatever the names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        fc.string({ maxLength: 10 }),
        (names, suffix) => {
          const taken: string[] = [];
          for (const name of names) {
            const chosen = safeSheetName(name, taken, suffix);
            expect(chosen.length).toBeGreaterThan(0);
            expect(chosen.length).toBeLessThanOrEqual(31);
            expect(chosen).not.toMatch(/[[\]:*?/\\]|^'|'$/);
            expect(taken.map((n) => n.toLowerCase())).not.toContain(chosen.toLowerCase());
            taken.push(chosen);
          }
        },
      ),
    );
  });
});

/** A dropped mark of a track marked in hundredths reads in brackets: (88.50). */
const DROPPED = '(0.00)';

describe('formatting helpers', () => {
  it('counts CJK as two columns and derives number formats', () => {
    expect(textWidth('展品ab')).toBe(6);
    expect(textWidth('（）')).toBe(4);
    expect([numberFormat(0), numberFormat(1), numberFormat(2), numberFormat(2, 2)]).toEqual([
      '0',
      '0.0',
      '0.00',
      '0.00##',
    ]);
  });

  // Column widths come from numberWidth, not from formatting every figure: it must never be
  // narrower than what Excel shows (SheetJS's formatter stands in for Excel), at most one wider.
  const formats = [numberFormat(0), numberFormat(1), numberFormat(2), numberFormat(2, 2)];
  const shown = (value: number, format: string) => XLSX.SSF.format(format, value).length;

  it('measures a number in each format of the sheets as wide as it shows', () => {
    const cases: Array<[number, string, string]> = [
      [7, numberFormat(0), '7'],
      [1234, numberFormat(0), '1234'],
      [8.5, numberFormat(1), '8.5'],
      [35, numberFormat(1), '35.0'],
      [88.5, numberFormat(2), '88.50'],
      [100, numberFormat(2), '100.00'],
      [0, numberFormat(2), '0.00'],
      [-1.5, numberFormat(2), '-1.50'],
      [85.1, numberFormat(2, 2), '85.10'],
      [85.125, numberFormat(2, 2), '85.125'],
      [83.6667, numberFormat(2, 2), '83.6667'],
      [88.5, DROPPED, '(88.50)'],
    ];
    for (const [value, format, text] of cases) {
      expect(XLSX.SSF.format(format, value), `${value} ${format}`).toBe(text);
      expect(numberWidth(value, format), `${value} ${format}`).toBe(text.length);
    }
    // Rounding that carries into a new digit (9.96 shows as 10.0) may be counted where it
    // does not carry: one character to spare, never one short.
    expect([numberWidth(9.96, numberFormat(1)), shown(9.96, numberFormat(1))]).toEqual([4, 4]);
    expect([numberWidth(9.99, numberFormat(2)), shown(9.99, numberFormat(2))]).toEqual([5, 4]);
    expect(() => numberWidth(1, '0%')).toThrow(RangeError);
    // The rank prints as 第12名 and is as wide as that text.
    expect(XLSX.SSF.format('"第"0"名"', 12)).toBe('第12名');
    expect(numberWidth(12, '"第"0"名"')).toBe(textWidth('第12名'));
  });

  it('never measures a figure narrower than it shows, nor a figure of the sheets much wider', () => {
    const anyFormat = fc.constantFrom(...formats, DROPPED);
    // Figures of the sheets: hundredths, and the panel score with up to four places.
    const places = (n: number) =>
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((i) => i / 10 ** n);
    fc.assert(
      fc.property(fc.oneof(places(2), places(4)), anyFormat, (value, format) => {
        const width = numberWidth(value, format);
        expect(width).toBeGreaterThanOrEqual(shown(value, format));
        expect(width).toBeLessThanOrEqual(shown(value, format) + 1);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), anyFormat, (value, format) => {
        expect(numberWidth(value, format)).toBeGreaterThanOrEqual(shown(value, format));
      }),
    );
  });
});
