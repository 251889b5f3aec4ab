import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createBackend } from '../../electron/ipc/backend';
import {
  createCompetitionStore,
  loadCompetition,
} from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { exportWorkbook, resultsWorkbookModel } from '../../electron/services/exportService';
import { addPenalty, addSingleAward } from '../../electron/services/marksService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveEntry } from '../../electron/services/rosterService';
import { confSettings } from '../../electron/services/settings';
import type { Db } from '../../electron/store/database';
import { formatPoints } from '../../shared/domain/points';
import { translate } from '../../shared/i18n/catalog';
import { seatedName } from '../../shared/panel/seats';
import { awardsProvisional, blockingFlags } from '../../shared/scoring';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
let open: Db | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

/** A demo competition on a real file, with a few blank marks, a deduction and a single award. */
function demo(dir = tempDir()) {
  const file = join(dir, 'demo.scoredesk');
  const db = createCompetitionStore(file, sampleInfo, 'counselor');
  open = db;
  fillDemo(db, { seed: 7, entriesPerTrack: 12, judgesPerTrack: 7, blankShare: 0.02 });
  const first = trackResults(db, 'exhibit').results.entries[0]!;
  addPenalty(db, { entryId: first.entryId, rule: 'overtime', points: 100, reason: '超时 20 秒' });
  addSingleAward(db, { entryId: first.entryId, name: '最佳创意奖' });
  return { db, file, dir };
}

type Row = Map<string, XLSX.CellObject | undefined>;

/** The sheet's table: the header row is the first whose column A reads 组别 (or Group). */
function table(ws: XLSX.WorkSheet): { headerRow: number; header: string[]; rows: Row[] } {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const cell = (r: number, c: number) => ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject;
  let headerRow = 0;
  while (!['组别', 'Group'].includes(String(cell(headerRow, 0)?.v))) headerRow++;
  const columns = Array.from({ length: range.e.c + 1 }, (_, c) => c);
  // A header printed on two lines (1号评委 / 张三, 科学内容 / （35分）) is read as its name.
  const header = columns.map((c) =>
    String(cell(headerRow, c)?.v)
      .replace(/\n(?=[（(])/, '')
      .replace('\n', ' '),
  );
  const rows: Row[] = [];
  for (let r = headerRow + 1; r <= range.e.r; r++) {
    rows.push(new Map(columns.map((c) => [header[c]!, cell(r, c)])));
  }
  return { headerRow, header, rows };
}

describe('the results workbook', () => {
  it('shows the service’s finals, awards and judge totals, with dropped marks in brackets', async () => {
    const { db } = demo();
    const book = XLSX.read(await exportWorkbook(db, { language: 'zh-CN' }), { type: 'buffer' });
    let blanks = 0;
    let provisionalTracks = 0;
    for (const track of loadCompetition(db).tracks) {
      const view = trackResults(db, track.code);
      const provisional = awardsProvisional(view.blockers, view.lock);
      if (provisional) provisionalTracks++;
      const { header, rows } = table(book.Sheets[`${track.name.zh}-成绩`]!);
      expect(rows).toHaveLength(view.results.entries.length);
      for (const row of rows) {
        const result = view.results.entries.find((e) => e.no === row.get('编号')?.v)!;
        expect(result, String(row.get('编号')?.v)).toBeDefined();
        const final = row.get('最后得分');
        if (result.final === null) expect(final).toBeUndefined();
        else expect([final?.t, final?.w]).toEqual(['n', result.final]);
        // The demo has marks still to come: its awards are printed as provisional (暂定).
        const award =
          result.award && (provisional ? `${result.award.name.zh}（暂定）` : result.award.name.zh);
        expect(row.get('奖项')?.v).toBe(award ?? undefined);
        expect(row.get('名次')?.v).toBe(result.rank ?? undefined);
        view.judges.forEach((judge, i) => {
          const line = result.judges.find((l) => l.judgeId === judge.id)!;
          const cell = row.get(header[7 + i]!);
          expect(header[7 + i]).toBe(seatedName(judge, 'zh-CN'));
          if (line.total === null) {
            blanks++;
            expect(cell, 'blank is not zero').toBeUndefined();
            return;
          }
          const dropped = line.status === 'droppedHigh' || line.status === 'droppedLow';
          // A judge's total shows the track's two places, as the 公示 and the big screen do.
          const shown = formatPoints(line.total, 2);
          expect(cell?.w).toBe(dropped ? `(${shown})` : shown);
          expect(cell?.v).toBe(line.total / 100);
        });
        const droppedText = String(row.get('去掉的分数')?.v ?? '');
        const droppedCount = result.judges.filter((l) => l.status.startsWith('dropped')).length;
        expect(droppedText.split('、').filter(Boolean)).toHaveLength(droppedCount);
      }
    }
    expect(blanks, 'the demo has blank marks to check').toBeGreaterThan(0);
    expect(provisionalTracks, 'the demo has provisional awards to check').toBeGreaterThan(0);
  });

  it('gives every sheet a valid unique name, a frozen header, filters and column widths', async () => {
    const { db } = demo();
    const buffer = await exportWorkbook(db, { language: 'zh-CN' });
    const book = XLSX.read(buffer, { type: 'buffer', cellStyles: true });
    expect(book.SheetNames.slice(0, 3)).toEqual([
      '展品辅导-成绩',
      '展品辅导-明细',
      '展品辅导-获奖名单',
    ]);
    expect(book.SheetNames).toHaveLength(12);
    expect(new Set(book.SheetNames.map((n) => n.toLowerCase())).size).toBe(12);
    const zip = XLSX.CFB.read(buffer, { type: 'buffer' });
    book.SheetNames.forEach((name, index) => {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      const ws = book.Sheets[name]!;
      const { headerRow, header } = table(ws);
      expect(ws['!cols']?.map((col) => col.wch)).toHaveLength(header.length);
      expect(ws['!autofilter']?.ref.startsWith(`A${headerRow + 1}:`)).toBe(true);
      const xml = Buffer.from(XLSX.CFB.find(zip, `/xl/worksheets/sheet${index + 1}.xml`).content);
      expect(xml.toString()).toMatch(
        new RegExp(
          `<pane [^>]*ySplit="${headerRow + 1}" topLeftCell="A${headerRow + 2}" activePane="bottomLeft" state="frozen"/>`,
        ),
      );
    });
    // Chinese names are wider than their character count.
    const { header } = table(book.Sheets['展品辅导-成绩']!);
    const cols = book.Sheets['展品辅导-成绩']!['!cols']!;
    expect(cols[header.indexOf('单位')]!.wch).toBeGreaterThanOrEqual(16);
  });

  it('explains every mark on the detail sheet and lists the awards', async () => {
    const { db } = demo();
    const view = trackResults(db, 'exhibit');
    const book = XLSX.read(await exportWorkbook(db, { language: 'zh-CN', track: 'exhibit' }), {
      type: 'buffer',
    });
    expect(book.SheetNames).toEqual(['展品辅导-成绩', '展品辅导-明细', '展品辅导-获奖名单']);
    const details = table(book.Sheets['展品辅导-明细']!);
    expect(details.rows).toHaveLength(view.results.entries.length * view.judges.length);
    const criteria = details.header.filter((h) => /（\d+分）$/.test(h));
    expect(criteria).toEqual([
      '科学内容（35分）',
      '辅导设计（25分）',
      '语言表达（20分）',
      '仪态与现场把控（10分）',
      '创新与特色（8分）',
    ]);
    for (const row of details.rows) {
      const total = row.get('评委总分');
      const marks = criteria.map((c) => row.get(c));
      if (total === undefined) {
        expect(['未评分', '未评完', '回避']).toContain(row.get('状态')?.v);
        continue;
      }
      const sum = marks.reduce((s, cell) => s + Math.round(Number(cell?.v) * 100), 0);
      expect(sum).toBe(Math.round(Number(total.v) * 100));
    }
    const awards = table(book.Sheets['展品辅导-获奖名单']!);
    const awarded = view.results.entries.filter((e) => e.award !== null);
    expect(awards.rows).toHaveLength(awarded.length + 1);
    // The single award follows the tiers of its group (科技辅导员, listed before 科技志愿者).
    const single = awards.rows.findIndex((row) => row.get('奖项')?.v === '单项奖：最佳创意奖');
    const groups = awards.rows.map((row) => row.get('组别')?.v);
    expect(groups.slice(0, single + 1).every((group) => group === '科技辅导员')).toBe(true);
    expect(groups.slice(single + 1).every((group) => group === '科技志愿者')).toBe(true);
    const results = table(book.Sheets['展品辅导-成绩']!);
    const first = results.rows.find((row) => row.get('单项奖')?.v === '最佳创意奖');
    expect(first?.get('扣分')?.v).toBe(1);
    expect(String(first?.get('提示')?.v)).toContain('扣 1.0 分：超时 20 秒');
  });

  it('says the version in the title and the file name: v1 once locked, a draft after a change', async () => {
    const { db } = demo();
    const now = new Date(2026, 9, 22, 16, 5);
    const model = () => resultsWorkbookModel(db, { language: 'zh-CN', track: 'exhibit', now });
    expect(model().fileName).toBe(`${sampleInfo.name}-展品辅导-成绩-草稿.xlsx`);
    expect(model().sheets[0]!.title.at(-1)).toMatch(
      /^草稿（未锁定）　导出时间：2026-10-22 16:05　输入数据校验值：[0-9a-f]{64}$/,
    );
    lockResults(db, 'exhibit', '裁判长', '', blockingFlags);
    const hash = trackResults(db, 'exhibit').inputHash;
    expect(model().fileName).toBe(`${sampleInfo.name}-展品辅导-成绩-v1.xlsx`);
    expect(model().sheets[0]!.title.at(-1)).toBe(
      `第 1 版　导出时间：2026-10-22 16:05　输入数据校验值：${hash}`,
    );
    const entryId = trackResults(db, 'exhibit').results.entries[1]!.entryId;
    addPenalty(db, { entryId, rule: null, points: 50, reason: '道具违规' });
    expect(model().fileName).toMatch(/-草稿\.xlsx$/);
    expect(model().sheets[0]!.title.at(-1)).toContain('第 1 版锁定后成绩有改动');
    const en = resultsWorkbookModel(db, { language: 'en' });
    expect(en.fileName).toBe(`${sampleInfo.name}-results-draft.xlsx`);
  });

  it('writes formula-looking names as text cells', async () => {
    const { db } = demo();
    saveEntry(db, {
      track: 'drama',
      group: 'main',
      no: 'X1',
      name: '=1+2',
      organization: '@SUM(A1)',
      region: '-1',
      title: '+cmd',
      status: 'competing',
      members: [],
    });
    const book = XLSX.read(await exportWorkbook(db, { language: 'zh-CN', track: 'drama' }), {
      type: 'buffer',
      cellFormula: true,
    });
    const row = table(book.Sheets['科普短剧-成绩']!).rows.find((r) => r.get('编号')?.v === 'X1')!;
    for (const [column, text] of [
      ['姓名/团队', '=1+2'],
      ['单位', '@SUM(A1)'],
      ['省份', '-1'],
      ['作品', '+cmd'],
    ] as const) {
      expect(row.get(column)).toMatchObject({ t: 's', v: text });
      expect(row.get(column)?.f).toBeUndefined();
    }
    expect(row.get('最后得分')).toBeUndefined();
    expect(row.get('提示')?.v).toContain(translate('zh-CN', 'flag.missingScores'));
  });

  it('answers the results.exportWorkbook call with a file name and the workbook in base64', async () => {
    const { file, dir } = demo();
    open?.close();
    open = undefined;
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      settings: confSettings(join(dir, 'config')),
      shell: 'browser',
      version: 'test',
    });
    try {
      expect((await backend.dispatch('competitions.open', { path: file })).ok).toBe(true);
      const answer = await backend.dispatch('results.exportWorkbook', {
        track: 'drama',
        language: 'en',
      });
      if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
      const value = answer.value as { fileName: string; base64: string };
      expect(value.fileName).toBe(`${sampleInfo.name}-Short science drama-results-draft.xlsx`);
      const book = XLSX.read(Buffer.from(value.base64, 'base64'), { type: 'buffer' });
      expect(book.SheetNames).toEqual([
        'Short science drama-Results',
        'Short science drama-Marks',
        'Short science drama-Awards',
      ]);
      const unknown = await backend.dispatch('results.exportWorkbook', {
        track: 'nope',
        language: 'en',
      });
      expect(unknown).toMatchObject({ ok: false, errors: [{ code: 'track.notFound' }] });
      const badLanguage = await backend.dispatch('results.exportWorkbook', { language: 'fr' });
      expect(badLanguage.ok).toBe(false);
    } finally {
      backend.session.close();
    }
  });
});
