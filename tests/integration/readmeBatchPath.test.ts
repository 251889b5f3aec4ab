import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openJudgeFile } from '../../electron/services/judgeFileService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { keyFingerprint } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import { readTracks } from '../../electron/store/tracksTable';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Runs the README's batch path exactly as written there (between the batch-path markers), from
// an empty folder to the exported workbook. What the README leaves to people is done here: the
// four spreadsheets an organizer brings, and the judges' laptops (open the judge file, score,
// export the score file). The one line the README gives "per judge" (accepting a judge's key
// after comparing fingerprints) is run once per seat with that judge's own fingerprint.

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();

/** The command lines of the README's batch path, split as a shell would (double quotes only). */
function readmeBatchPath(): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- batch-path:start -->');
  const end = readme.indexOf('<!-- batch-path:end -->');
  expect(start).toBeGreaterThan(0);
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('npx scoredesk '))
    .map((line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(2));
}

const sheetFile = (path: string, rows: (string | number)[][]) => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
};

// Six counselors; 陈静 works at 浙江省科技馆 like entry 003 (recused by organization) and taught
// entry 004's counselor (recused by hand in the README).
const entries = [
  ['001', '郭志远', '杭州低碳科技馆', '光的折射'],
  ['002', '林可', '宁波科学探索中心', '声音的旅行'],
  ['003', '王立', '浙江省科技馆', '磁悬浮列车'],
  ['004', '赵敏', '温州科技馆', '水的三态'],
  ['005', '孙婷', '嘉兴科技馆', '地震来了'],
  ['006', '周航', '湖州科技馆', '飞行的秘密'],
];
const judges = [
  ['陈静', '浙江省科技馆'],
  ['刘建国', '中国科学技术馆'],
  ['黄敏', '上海科技馆'],
  ['吴婷', '广东科学中心'],
  ['郑伟', '四川科技馆'],
];

function organizerFiles(dir: string) {
  sheetFile(join(dir, '选手名单.xlsx'), [
    ['2026 年浙江省科技馆辅导员大赛 展品辅导 选手名单'],
    ['编号', '姓名', '单位', '作品名称'],
    ...entries,
  ]);
  sheetFile(join(dir, '评委名单.xlsx'), [
    ['姓名', '单位', '评审赛项'],
    ...judges.map(([name, org]) => [name!, org!, '展品辅导']),
  ]);
  // The quiz system's export: per question; 005 got one of the two right.
  sheetFile(join(dir, '知识测试.xlsx'), [
    ['准考证号', '姓名', '第1题', '第2题', '总分'],
    ...entries.map(([no, name], i) => [no!, name!, 1, i === 4 ? 0 : 1, i === 4 ? 1 : 2]),
  ]);
  sheetFile(join(dir, '扣分.xlsx'), [
    ['编号', '扣分', '原因'],
    ['006', -1, '超时 20 秒'],
  ]);
}

/**
 * Each judge, on their own laptop: opens the judge file, scores every entry they are not recused
 * from (entry i a little lower than entry i−1, so the ranking is 001 … 006), exports the score
 * file into 评分文件/. Returns seat → fingerprint, as each judge's screen shows it.
 */
function judgesScore(dir: string): Map<string, string> {
  const out = join(dir, '评分文件');
  mkdirSync(out);
  const fingerprints = new Map<string, string>();
  for (const name of readdirSync(join(dir, '评委文件')).sort()) {
    const laptop = openStore(
      openJudgeFile(
        join(dir, `laptop-${fingerprints.size}`),
        readFileSync(join(dir, '评委文件', name), 'utf8'),
      ),
    );
    const criteria = readTracks(laptop)[0]!
      .segments.filter((s) => s.kind === 'judged')
      .flatMap((s) => s.criteria);
    const sheet = readSheet(laptop);
    for (const entry of sheet.entries) {
      if (entry.recusal) continue;
      const index = Number(entry.no) - 1;
      for (const c of criteria) {
        const value = c.max - c.step * (index + (fingerprints.size % 2));
        setSheetScore(laptop, { entryId: entry.id, criterion: c.code, value });
      }
    }
    writeFileSync(
      join(out, `${fingerprints.size + 1}.scoredesk-scores`),
      exportScoreFile(laptop).content,
    );
    fingerprints.set(
      `${sheet.judge.seats.exhibit}号`,
      keyFingerprint(readOwnKey(laptop)!.publicKey),
    );
    laptop.close();
  }
  return fingerprints;
}

async function scoredesk(cwd: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the README’s batch path', () => {
  it('runs from an empty folder to a workbook with the ranked, locked results', async () => {
    const dir = tempDir();
    organizerFiles(dir);
    const lines = readmeBatchPath();
    expect(lines.map((l) => l[0])).toEqual([
      'new',
      'roster',
      'judges',
      'draw',
      'recusals',
      'recusals',
      'recusals',
      'judge-file',
      'merge',
      'keys',
      'merge',
      'quiz',
      'deductions',
      'award',
      'results',
      'lock',
      'export',
    ]);
    const said: Record<string, string> = {};
    let fingerprints: Map<string, string> | null = null;
    let merges = 0;
    for (const args of lines) {
      let runs = [args];
      if (args[0] === 'merge' && merges++ === 0) {
        // The judges have scored by now: their files wait in 评分文件/, with keys not yet seen.
        fingerprints = judgesScore(dir);
        const first = await scoredesk(dir, args);
        expect(first.code).toBe(1);
        for (const fingerprint of fingerprints.values())
          expect(first.stderr).toContain(fingerprint);
        continue;
      }
      if (args[0] === 'keys') {
        // Read off each judge's screen.
        runs = [...fingerprints!].map(([seat, fingerprint]) =>
          args.map((a, i) =>
            args[i - 1] === '--judge' ? seat : args[i - 1] === '--fingerprint' ? fingerprint : a,
          ),
        );
      }
      for (const command of runs) {
        const result = await scoredesk(dir, command);
        expect(result.stderr, command.join(' ')).toBe('');
        expect(result.code, command.join(' ')).toBe(0);
        const key = command.slice(0, 2).join(' ');
        said[key] = (said[key] ?? '') + result.stdout;
      }
    }
    expect(fingerprints?.size).toBe(5);

    // What a user would read along the way.
    expect(said['draw 省赛.scoredesk']).toContain('种子 20261020，共 6 名选手');
    expect(said['recusals list']).toMatch(/陈静 回避 003 王立：同单位/);
    expect(said['recusals list']).toMatch(/陈静 回避 004 赵敏：师生关系/);
    expect(said['judge-file 省赛.scoredesk']).toContain('已为 5 位评委生成评委文件');
    expect(said['merge 省赛.scoredesk']).not.toContain('拒绝');
    expect(said['quiz import']).toContain('修改 12 项');
    expect(said['deductions import']).toContain('新增扣分 1 项');
    expect(said['lock 省赛.scoredesk']).toContain('已锁定第 1 版成绩（李明）');

    // The workbook: version 1, ranked 1 … 6 in the order the marks say, with quiz points,
    // the deduction and the single award.
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && f.startsWith('成绩'));
    expect(files).toEqual(['成绩.xlsx']);
    const book = XLSX.read(readFileSync(join(dir, '成绩.xlsx')), { type: 'buffer' });
    const resultsSheet = book.SheetNames.find((n) => n.includes('成绩'))!;
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[resultsSheet]!, {
      header: 1,
      raw: false,
    });
    const text = rows.map((r) => r.join('|')).join('\n');
    expect(text).toContain('第 1 版');
    const header = rows.findIndex((r) => r.includes('名次'));
    const rankAt = rows[header]!.indexOf('名次');
    const noAt = rows[header]!.indexOf('编号');
    const ranked = rows
      .slice(header + 1)
      .filter(
        (r) => /^第\d+名$/.test(String(r[rankAt] ?? '')) && /^00\d$/.test(String(r[noAt] ?? '')),
      )
      .map((r) => [String(r[rankAt]), String(r[noAt])]);
    expect(ranked).toEqual([
      ['第1名', '001'],
      ['第2名', '002'],
      ['第3名', '003'],
      ['第4名', '004'],
      ['第5名', '005'],
      ['第6名', '006'],
    ]);
    // Six entries: 不超过 15 % is no first prize; 25 % is one second prize.
    const row = (no: string) => rows.find((r) => r[noAt] === no)!.join('|');
    expect(row('001')).toContain('|二等奖');
    expect(row('002')).toContain('|最佳创意奖');
    expect(row('003')).toContain('有评委回避');
    expect(row('005')).toContain('|1.0|');
    expect(row('006')).toContain('扣 1.0 分：超时 20 秒');
  }, 240_000);
});
