import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ResultsJson } from '../../electron/cli/resultsJson';
import { trackResults } from '../../electron/services/resultsService';
import { openStore } from '../../electron/store/database';
import { formatPoints } from '../../shared/domain/points';
import { tempDirsForEachTest } from '../helpers/tempDir';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();

async function scoredesk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function demo() {
  const file = join(tempDir(), '演示.scoredesk');
  const made = await scoredesk('demo', file, '--entries', '8', '--judges', '5', '--seed', '3');
  expect(made.code).toBe(0);
  return file;
}

describe('scoredesk results and export', () => {
  it('prints the public results JSON, with the service’s finals and judge totals', async () => {
    const file = await demo();
    const shown = await scoredesk('results', file, '--json');
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.stdout) as ResultsJson;
    expect(json.competition).toBe('演示赛事 Demo');
    expect(json.tracks.map((t) => t.code)).toEqual(['exhibit', 'experiment', 'drama', 'course']);

    const db = openStore(file);
    let fullPanels = 0;
    try {
      for (const track of json.tracks) {
        const view = trackResults(db, track.code);
        expect(track).toMatchObject({
          decimals: 2,
          version: null,
          lastLocked: null,
          inputHash: view.inputHash,
        });
        expect(track.entries.map((e) => e.no)).toEqual(view.results.entries.map((e) => e.no));
        track.entries.forEach((entry, i) => {
          const result = view.results.entries[i]!;
          expect(entry).toMatchObject({
            track: track.code,
            group: result.group,
            name: result.name,
            rank: result.rank,
            final: result.final,
            award: result.award?.name.zh ?? null,
            flags: result.flags,
          });
          if (entry.final !== null) expect(entry.final).toMatch(/^\d+\.\d{2}$/);
          expect(entry.judges).toEqual(
            result.judges.map((line) => ({
              name: line.name,
              total: line.total === null ? null : formatPoints(line.total, 2),
              status: line.status,
              dropped: line.status === 'droppedHigh' || line.status === 'droppedLow',
            })),
          );
          // Five marks: the highest and the lowest are dropped (a recused judge leaves four).
          if (entry.judges.filter((j) => j.total !== null).length === 5) {
            expect(entry.judges.filter((j) => j.dropped)).toHaveLength(2);
            fullPanels++;
          }
        });
      }
      expect(fullPanels).toBeGreaterThan(20);
    } finally {
      db.close();
    }

    const one = JSON.parse((await scoredesk('results', file, '--track', 'drama', '--json')).stdout);
    expect(one.tracks.map((t: { code: string }) => t.code)).toEqual(['drama']);
  });

  it('prints a readable table without --json, in Chinese or English', async () => {
    const file = await demo();
    const db = openStore(file);
    const first = trackResults(db, 'exhibit').results.entries[0]!;
    db.close();
    const zh = await scoredesk('results', file, '--track', 'exhibit');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('展品辅导（exhibit）成绩 — 草稿（未锁定）');
    expect(zh.stdout).toMatch(/名次\s+编号\s+姓名\/团队\s+最后得分\s+奖项\s+提示/);
    expect(zh.stdout).toMatch(new RegExp(`1\\s+${first.no}\\s+${first.name}\\s+${first.final}`));
    const en = await scoredesk('results', file, '--track', 'exhibit', '--lang', 'en');
    expect(en.stdout).toContain('Exhibit interpretation (exhibit) results — Draft (not locked)');
  });

  it('exports the workbook, the sheets in the language of --lang', async () => {
    const file = await demo();
    const dir = tempDir();
    const all = await scoredesk('export', file, join(dir, 'all.xlsx'));
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(join(dir, 'all.xlsx'));
    const book = XLSX.read(readFileSync(join(dir, 'all.xlsx')), { type: 'buffer' });
    expect(book.SheetNames).toHaveLength(12);
    expect(book.SheetNames[0]).toBe('展品辅导-成绩');

    const en = await scoredesk(
      'export',
      file,
      join(dir, 'drama.xlsx'),
      '--track',
      'drama',
      '--lang',
      'en',
    );
    expect(en.code).toBe(0);
    const drama = XLSX.read(readFileSync(join(dir, 'drama.xlsx')), { type: 'buffer' });
    expect(drama.SheetNames).toEqual([
      'Short science drama-Results',
      'Short science drama-Marks',
      'Short science drama-Awards',
    ]);
  });

  it('fails with a translated message and a non-zero code', async () => {
    const file = await demo();
    const dir = tempDir();
    const unknown = await scoredesk('results', file, '--track', 'nope');
    expect(unknown.code).toBe(1);
    // An unknown track is refused with the tracks there are.
    expect(unknown.stderr).toContain('没有叫“nope”的赛项。可选：展品辅导（exhibit）');
    const unknownExport = await scoredesk(
      'export',
      file,
      join(dir, 'x.xlsx'),
      '--track',
      'nope',
      '--lang',
      'en',
    );
    expect(unknownExport.code).toBe(1);
    expect(unknownExport.stderr).toContain(
      'No track is called “nope”. Tracks: Exhibit interpretation (exhibit)',
    );
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const noOut = await scoredesk('export', file);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('<out.xlsx>');
    const badDir = await scoredesk('export', file, join(dir, 'missing', 'x.xlsx'));
    expect(badDir.code).toBe(1);
    expect(badDir.stderr).toContain('无法写入文件');
    expect((await scoredesk('results', join(dir, 'none.scoredesk'))).stderr).toContain(
      '找不到赛事文件',
    );
  });
});
