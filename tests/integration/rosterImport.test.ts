import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { applyImport, previewImport } from '../../electron/services/importService';
import { addPenalty } from '../../electron/services/marksService';
import type { Db } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudges } from '../../electron/store/judgesTable';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import type { ImportKind } from '../../shared/roster/fields';
import {
  buildImportFixtures,
  generatedDir,
  type ImportFixtures,
} from '../fixtures/buildImportFixtures';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
let files: ImportFixtures;
beforeAll(() => {
  files = buildImportFixtures(generatedDir);
}, 60_000);

function store(): { db: Db; path: string } {
  const path = join(tempDir(), 'import.scoredesk');
  return { db: createCompetitionStore(path, sampleInfo, 'counselor'), path };
}

const request = (path: string, kind: ImportKind = 'roster', track?: string) => ({
  kind,
  track,
  file: { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
});

/** Everything an import could touch, to compare before and after a refusal. */
function dump(db: Db) {
  const tables = ['entries', 'team_members', 'judges', 'panel_members', 'audit_log'];
  return tables.map((table) => {
    try {
      return db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
    } catch {
      return table;
    }
  });
}

async function refusal(work: () => Promise<unknown>): Promise<string[]> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppFailure) {
      return error.errors.map((e) => translate('zh-CN', e.code as MessageKey, e.params));
    }
    throw error;
  }
  throw new Error('not refused');
}

const exhibitNames = (db: Db) =>
  readEntries(db, 'exhibit').map((e) => [e.no, e.name, e.group, e.organization]);

describe('roster import from real files', () => {
  it('finds the header under a merged title row and normalizes the cells', async () => {
    const { db } = store();
    const preview = await previewImport(db, request(files.titleXlsx));
    expect(preview.headerRow).toBe(3);
    expect(preview.problems).toEqual([]);
    expect(preview.mapping).toEqual([
      'no',
      'name',
      'organization',
      'region',
      'track',
      'group',
      'title',
      'members',
      null,
    ]);
    expect(preview.diff.added.map((i) => i.no)).toEqual(['001', '002', '003', '101']);
    const summary = await applyImport(db, request(files.titleXlsx));
    expect(summary).toMatchObject({ added: 4, changed: 0, removed: 0 });
    expect(exhibitNames(db)).toEqual([
      ['001', '张晓明', 'counselor', '杭州低碳科技馆'],
      ['002', '李思远', 'volunteer', '宁波科学探索中心'],
      ['003', '王芳', 'counselor', '江苏省科技馆'],
    ]);
    // 科学表演 is an alias of 科普短剧; the members come from one cell split on 、 and ，.
    const [drama] = readEntries(db, 'drama');
    expect(drama?.members.map((m) => m.name)).toEqual(['赵一', '钱二', '孙三']);
  });

  it('reads GBK and UTF-8-with-BOM CSV alike, and re-importing changes nothing', async () => {
    const { db } = store();
    await applyImport(db, request(files.titleXlsx));
    const before = dump(db);
    for (const path of [files.gbkCsv, files.bomCsv, files.titleXlsx]) {
      const summary = await applyImport(db, request(path));
      expect(summary, basename(path)).toMatchObject({
        added: 0,
        changed: 0,
        removed: 0,
        unchanged: 4,
      });
    }
    expect(dump(db)).toEqual(before);
  });

  it('keeps numbers stored as numbers readable: 1 → "1" (.xls)', async () => {
    const { db } = store();
    await applyImport(db, request(files.plainXls));
    expect(readEntries(db, 'exhibit').map((e) => e.no)).toEqual(['1', '2']);
  });

  it('shows what an updated file adds, changes and removes, and keeps entries with marks', async () => {
    const { db } = store();
    await applyImport(db, request(files.titleXlsx));
    const marked = readEntries(db, 'exhibit').find((e) => e.no === '003')!;
    addPenalty(db, { entryId: marked.id, rule: null, points: 100, reason: '超时' });
    const preview = await previewImport(db, request(files.updatedXlsx));
    expect(preview.diff.added.map((i) => i.no)).toEqual(['004']);
    expect(preview.diff.changed.map((i) => [i.no, i.fields])).toEqual([['002', ['name']]]);
    expect(preview.diff.removed).toEqual([]);
    expect(preview.diff.keptWithMarks.map((i) => i.no)).toEqual(['003']);
    const summary = await applyImport(db, request(files.updatedXlsx));
    expect(summary).toMatchObject({ added: 1, changed: 1, removed: 0, unchanged: 2 });
    expect(readEntries(db, 'exhibit').map((e) => [e.no, e.name])).toEqual([
      ['001', '张晓明'],
      ['002', '李思源'],
      ['003', '王芳'],
      ['004', '陈静'],
    ]);
    // Without the mark, 003 is missing from the file, kept unless removing it is asked for.
    const fresh = store().db;
    await applyImport(fresh, request(files.titleXlsx));
    const kept = await previewImport(fresh, request(files.updatedXlsx));
    expect([kept.diff.missing.map((i) => i.no), kept.diff.removed]).toEqual([['003'], []]);
    const asked = await previewImport(fresh, {
      ...request(files.updatedXlsx),
      removeMissing: true,
    });
    expect(asked.diff.removed.map((i) => i.no)).toEqual(['003']);
  });

  it('joins one-row-per-member layouts with merged cells into one team', async () => {
    const { db } = store();
    await applyImport(db, request(files.memberRowsXlsx));
    const teams = readEntries(db, 'experiment');
    expect(teams.map((e) => [e.no, e.name, e.members.map((m) => `${m.name}/${m.role}`)])).toEqual([
      ['E01', '会跳舞的盐', ['孙一/主讲', '孙二/实验员', '孙三/助手']],
      ['E02', '彩虹瓶', ['郑一/主讲']],
    ]);
  });

  it('lists every problem by row and column and writes nothing', async () => {
    const { db } = store();
    await applyImport(db, request(files.titleXlsx));
    const before = dump(db);
    expect(await refusal(() => applyImport(db, request(files.problemsXlsx)))).toEqual([
      '名单有 5 个问题，未导入任何数据。请先修改文件或列对应关系。',
      '第 2 行，B 列：缺少姓名',
      '第 3 行，E 列：赛项“天文观测”不存在（请检查赛项名称或在评分细则中添加别名）',
      '第 5 行，A 列：编号 003 与第 4 行重复',
      '第 6 行，H 列：团队有 7 人，赛项“科普短剧”要求 2–6 人',
      '第 7 行，F 列：组别“少年组”不属于赛项“展品辅导”',
    ]);
    expect(await refusal(() => applyImport(db, request(files.formulaXlsx)))).toEqual([
      '名单有 1 个问题，未导入任何数据。请先修改文件或列对应关系。',
      '第 3 行，B 列：文件“roster-formula.xlsx”的单元格 B3 是公式但没有计算结果；请在 Excel 中打开并保存后再导入',
    ]);
    expect(dump(db)).toEqual(before);
  });

  it('refuses bad files with a clear message naming the file, and leaves the store as it was', async () => {
    const { db } = store();
    await applyImport(db, request(files.titleXlsx));
    const before = dump(db);
    const cases: Array<[string, string]> = [
      [files.emptyXlsx, '文件“empty.xlsx”是空的（0 字节）。'],
      [
        files.renamedTxt,
        '文件“notes-renamed.xlsx”的内容不是 Excel 表格（可能是改了扩展名的其他文件）。',
      ],
      [files.garbageXls, '文件“garbage.xls”的内容不是 Excel 表格（可能是改了扩展名的其他文件）。'],
      [
        files.hugeXlsx,
        '文件“huge.xlsx”的工作表“名单”有 210010 个单元格，超过上限 200000；请只保留名单所在的区域。',
      ],
      [files.bombXlsx, '文件“bomb.xlsx”解压后超过 100 MB，拒绝读取（可能是恶意压缩文件）。'],
    ];
    for (const [path, message] of cases) {
      expect(await refusal(() => applyImport(db, request(path)))).toEqual([message]);
      expect(await refusal(() => previewImport(db, request(path)))).toEqual([message]);
    }
    const big = {
      kind: 'roster' as const,
      file: { name: 'big.csv', bytes: new Uint8Array(11 * 1024 * 1024) },
    };
    expect(await refusal(() => applyImport(db, big))).toEqual([
      '文件“big.csv”太大（11534336 字节），导入名单的文件不能超过 10 MB。',
    ]);
    const pdf = { kind: 'roster' as const, file: { name: '名单.pdf', bytes: new Uint8Array([1]) } };
    expect(await refusal(() => applyImport(db, pdf))).toEqual([
      '文件“名单.pdf”不是 .xlsx、.xls 或 .csv 文件，无法导入。',
    ]);
    expect(dump(db)).toEqual(before);
  });

  it('takes a corrected mapping, and refuses one that misses a required column', async () => {
    const { db } = store();
    const preview = await previewImport(db, request(files.dramaXlsx, 'roster', 'drama'));
    expect(preview.mapping).toEqual(['no', 'title', 'organization', 'region', null, null]);
    const mapping = preview.mapping.map((f, i) => (i === 4 ? ('members' as const) : f));
    const fixed = await previewImport(db, {
      ...request(files.dramaXlsx, 'roster', 'drama'),
      mapping,
    });
    expect(fixed.rows[0]?.values.members).toBe('赵一、钱二、孙三');
    const noNumber = mapping.map((f) => (f === 'no' ? null : f));
    expect(
      await refusal(() =>
        applyImport(db, { ...request(files.dramaXlsx, 'roster', 'drama'), mapping: noNumber }),
      ),
    ).toEqual([
      '名单有 1 个问题，未导入任何数据。请先修改文件或列对应关系。',
      '第 2 行：缺少“编号”列，请在列对应中指定',
    ]);
    await applyImport(db, { ...request(files.dramaXlsx, 'roster', 'drama'), mapping });
    expect(readEntries(db, 'drama').map((e) => [e.no, e.name, e.members.length])).toEqual([
      ['D01', '空气的力量', 3],
      ['D02', '水的旅行', 2],
    ]);
  });
});

describe('judge list import', () => {
  it('imports judges with their panels matched by track names and aliases', async () => {
    const { db } = store();
    expect(await applyImport(db, request(files.judgesXlsx, 'judges'))).toMatchObject({ added: 3 });
    expect(readJudges(db).map((j) => [j.name, j.organization, j.tracks])).toEqual([
      ['刘教授', '中国科学技术馆', ['exhibit', 'drama']],
      ['陈老师', '浙江省科技馆', ['experiment', 'course']],
      ['黄研究员', '上海科技馆', ['exhibit']],
    ]);
    const before = dump(db);
    expect(await applyImport(db, request(files.judgesXlsx, 'judges'))).toMatchObject({
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 3,
    });
    expect(dump(db)).toEqual(before);
  });
});

describe('the import commands', () => {
  const run = promisify(execFile);
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
  async function scoredesk(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('prints a summary, or the problems by row and column with a non-zero exit and nothing written', async () => {
    const { db, path } = store();
    db.close();
    const dry = await scoredesk('roster', 'import', path, files.titleXlsx, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('试运行（--dry-run）');
    const ok = await scoredesk('roster', 'import', path, files.titleXlsx);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      'roster-title.xlsx：新增 4，修改 0，删除 0，不变 0，已有评分而保留 0。',
    );
    const bad = await scoredesk('roster', 'import', path, files.problemsXlsx, '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('roster-problems.xlsx: 5 problems, nothing written:');
    expect(bad.stderr).toContain('Row 5, column A: entry number 003 already used in row 4');
    const empty = await scoredesk('roster', 'import', path, files.emptyXlsx);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('文件“empty.xlsx”是空的（0 字节）。');
    const judges = await scoredesk('judges', 'import', path, files.judgesXlsx);
    expect(judges.code).toBe(0);
    expect(judges.stdout).toContain('新增 3');
  }, 60_000);
});
