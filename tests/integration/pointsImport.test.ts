import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { applyPoints, previewPoints } from '../../electron/services/pointsImportService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import type { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { blockingFlags } from '../../shared/scoring';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const demoInfo = { name: '演示赛事 Demo', edition: '', venue: '', startDate: '', endDate: '' };
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

const xlsx = (rows: (string | number)[][]) => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '成绩');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
};
const csvGbk = (text: string) => new Uint8Array(new TextEncoder().encode(text));

function demoStore() {
  const dir = tempDir();
  const path = join(dir, '赛事.scoredesk');
  const db = createCompetitionStore(path, demoInfo, 'counselor');
  fillDemo(db, { seed: 2, entriesPerTrack: 4, judgesPerTrack: 3 });
  return { dir, path, db, entries: readEntries(db, 'exhibit') };
}

const objective = (db: ReturnType<typeof openStore>, no: string) => {
  const row = trackResults(db, 'exhibit').results.entries.find((e) =>
    readEntries(db, 'exhibit').some((x) => x.id === e.entryId && x.no === no),
  );
  return row?.objective?.sum ?? null;
};

describe('quiz points from a quiz system’s export', () => {
  it('previews, then writes every value in one go; the same file again changes nothing', async () => {
    const { db, entries } = demoStore();
    const [a, b] = entries;
    const file = (first: number) => ({
      name: '答题.xlsx',
      bytes: xlsx([
        ['知识测试成绩单'],
        ['考号', '姓名', '第1题', '第2题'],
        [a!.no, a!.name, first, first],
        [b!.no, b!.name, 1, ''],
      ]),
    });
    for (const first of [1, 0]) {
      const request = { kind: 'quiz' as const, track: 'exhibit', file: file(first) };
      const preview = await previewPoints(db, request);
      expect(preview.problems).toEqual([]);
      expect(preview.headerRow).toBe(2);
      expect(preview.blank).toBe(1);
      expect(preview.notInFile.map((e) => e.no)).toEqual(entries.slice(2).map((e) => e.no));
      await applyPoints(db, request);
      expect(objective(db, a!.no)).toBe(first * 200);
      expect((await previewPoints(db, request)).changes).toEqual([]);
    }
    // A snapshot was taken before the import, as before a roster import.
    expect(readdirSync(`${db.name}.backups`).some((f) => f.includes('quiz-import'))).toBe(true);
    db.close();
  });

  it('writes nothing when one row is wrong, and names row, number, contestant and question', async () => {
    const { db, entries } = demoStore();
    const before = entries.map((e) => objective(db, e.no));
    const file = {
      name: 'quiz.csv',
      bytes: csvGbk(`编号,第1题,第2题\n${entries[0]!.no},0,0\n${entries[1]!.no},3,1\n`),
    };
    const failure = await applyPoints(db, { kind: 'quiz', track: 'exhibit', file }).catch((e) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    const [head, first] = (failure as AppFailure).errors;
    expect(head!.code).toBe('points.hasProblems');
    expect(translate('zh-CN', first!.code, first!.params)).toBe(
      `第 3 行 · ${entries[1]!.no} ${entries[1]!.name} · 第1题：3 超过满分 1`,
    );
    expect(entries.map((e) => objective(db, e.no))).toEqual(before);
    db.close();
  });

  it('after a lock, changes quiz points only with a reason', async () => {
    const { db, entries } = demoStore();
    lockResults(db, 'exhibit', '裁判长', '', blockingFlags);
    const file = { name: 'q.csv', bytes: csvGbk(`编号,总分\n${entries[0]!.no},0\n`) };
    await expect(applyPoints(db, { kind: 'quiz', track: 'exhibit', file })).rejects.toThrow(
      'points.lockedReason',
    );
    await applyPoints(db, { kind: 'quiz', track: 'exhibit', file, reason: '答题系统更正' });
    expect(objective(db, entries[0]!.no)).toBe(0);
    db.close();
  });
});

describe('deductions from a sheet', () => {
  it('adds each once, and refuses an unknown number with nothing written', async () => {
    const { db, entries } = demoStore();
    const good = {
      name: '扣分.csv',
      bytes: csvGbk(`编号,扣分,原因\n${entries[0]!.no},-2,超时 40 秒\n`),
    };
    await applyPoints(db, { kind: 'deductions', track: 'exhibit', file: good });
    await applyPoints(db, { kind: 'deductions', track: 'exhibit', file: good });
    expect(trackResults(db, 'exhibit').penalties).toHaveLength(1);
    const bad = {
      name: '扣分.csv',
      bytes: csvGbk(`编号,扣分,原因\n${entries[1]!.no},1,道具\n099,1,超时\n`),
    };
    await expect(
      applyPoints(db, { kind: 'deductions', track: 'exhibit', file: bad }),
    ).rejects.toThrow('points.hasProblems');
    expect(trackResults(db, 'exhibit').penalties).toHaveLength(1);
    db.close();
  });
});

describe('the command line names judges and tracks as people do', () => {
  it('lists the candidates of an ambiguous or unknown name, in both languages', async () => {
    const { dir, path, db } = demoStore();
    db.close();
    const cli = async (...args: string[]) => {
      try {
        await run(process.execPath, [bin, ...args], { cwd: dir });
        return '';
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    const seat = await cli('judge-file', path, '--judge', '2号', '--out', dir);
    expect(seat).toContain('“2号”是座位号，请用 --track 指明赛项');
    const track = await cli('draw', path, '--track', 'Science', '--lang', 'en');
    expect(track).toContain(
      'No track is called “Science”. Tracks: Exhibit interpretation (exhibit)',
    );
    writeFileSync(join(dir, 'x.csv'), '编号,扣分,原因\n');
    const who = await cli(
      'recusals',
      'set',
      path,
      '--track',
      '展品辅导',
      '--judge',
      '无此人',
      '--entry',
      '001',
      '--reason',
      'x',
    );
    expect(who).toMatch(/没有评委“无此人”。本赛项的评委：.+（.+，1号，#\d+）/);
  }, 60_000);
});
