import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { openStore } from '../../electron/store/database';
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

describe('the scoredesk command line', () => {
  it('creates a competition from the template and shows it as the public JSON', async () => {
    const file = join(tempDir(), '省赛.scoredesk');
    const created = await scoredesk(
      'new',
      file,
      '--template',
      'counselor',
      '--name',
      '浙江省科技馆辅导员大赛',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(file);

    const db = openStore(file);
    saveEntry(db, {
      track: 'drama',
      group: 'main',
      no: 'D01',
      name: '星火剧社',
      organization: '杭州科技馆',
      region: '浙江',
      title: '光的旅行',
      status: 'competing',
      members: [
        { name: '王五', role: '编剧' },
        { name: '赵六', role: '' },
      ],
    });
    saveJudge(db, {
      name: '陈评委',
      organization: '中国科学技术馆',
      region: '北京',
      tracks: ['drama'],
    });
    db.close();

    const shown = await scoredesk('show', file, '--json');
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.stdout);
    expect(json.name).toBe('浙江省科技馆辅导员大赛');
    expect(json.tracks.map((t: { code: string }) => t.code)).toEqual([
      'exhibit',
      'experiment',
      'drama',
      'course',
    ]);
    const exhibit = json.tracks[0];
    expect(exhibit).toMatchObject({
      code: 'exhibit',
      name: { zh: '展品辅导', en: 'Exhibit interpretation' },
      decimals: 2,
    });
    expect(exhibit.groups).toEqual([
      { code: 'counselor', name: { zh: '科技辅导员', en: 'Counselors' }, default: true },
      { code: 'volunteer', name: { zh: '科技志愿者', en: 'Volunteers' }, default: false },
    ]);
    expect(exhibit.segments[0].criteria[0]).toEqual({
      code: 'content',
      name: { zh: '科学内容', en: 'Scientific content' },
      max: 35,
      step: 0.5,
    });
    expect(exhibit.segments[1]).toMatchObject({ code: 'quiz', kind: 'objective' });
    expect(json.tracks[2].entries).toEqual([
      {
        no: 'D01',
        name: '星火剧社',
        organization: '杭州科技馆',
        region: '浙江',
        title: '光的旅行',
        members: [
          { name: '王五', role: '编剧' },
          { name: '赵六', role: '' },
        ],
        group: 'main',
        status: 'competing',
        drawOrder: null,
      },
    ]);
    expect(json.judges).toEqual([
      { name: '陈评委', organization: '中国科学技术馆', region: '北京', tracks: ['drama'] },
    ]);
  });

  it('summarizes a store for people without --json, in Chinese or English', async () => {
    const file = join(tempDir(), 'a.scoredesk');
    await scoredesk('new', file, '--name', '测试赛');
    expect((await scoredesk('show', file)).stdout).toContain(
      '展品辅导（exhibit）：0 名选手，满分 100',
    );
    expect((await scoredesk('show', file, '--lang', 'en')).stdout).toContain(
      'Exhibit interpretation (exhibit): 0 entries, full marks 100',
    );
  });

  it('fails with a clear message and a non-zero code', async () => {
    const dir = tempDir();
    const missing = await scoredesk('show', join(dir, 'missing.scoredesk'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到赛事文件');
    const noName = await scoredesk('new', join(dir, 'b.scoredesk'));
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain('--name');
    const exists = join(dir, 'c.scoredesk');
    await scoredesk('new', exists, '--name', 'x');
    const again = await scoredesk('new', exists, '--name', 'x', '--lang', 'en');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect((await scoredesk('frobnicate')).code).toBe(1);
  });

  it('refuses a second file of the same event beside the first, as the app does', async () => {
    const dir = tempDir();
    const config = ['--config-dir', join(dir, 'config')];
    const first = join(dir, '省赛.scoredesk');
    expect(
      (await scoredesk('new', first, '--name', '省赛', '--edition', '第六届', ...config)).code,
    ).toBe(0);
    const twin = join(dir, '省赛副本.scoredesk');
    const refused = await scoredesk(
      'new',
      twin,
      '--name',
      '省赛',
      '--edition',
      '第六届',
      ...config,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('本机已有同名、同届次的赛事“省赛”');
    expect(refused.stderr).toContain(first);
    expect(existsSync(twin)).toBe(false);
    // A rehearsal under another edition is another event.
    const rehearsal = await scoredesk(
      'new',
      twin,
      '--name',
      '省赛',
      '--edition',
      '演练',
      ...config,
    );
    expect(rehearsal.code).toBe(0);
  });
});
