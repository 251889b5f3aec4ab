import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { runDraw } from '../../electron/services/drawService';
import { addPenalty } from '../../electron/services/marksService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { judgeLaptop } from '../helpers/judgingFixture';
import { expect, screenshot, test } from './host';
import { team } from './seedTeam';

/**
 * Drama: scored by five judges, locked, corrected after an appeal and locked again. Exhibit:
 * three guides and no panel yet. The other two tracks untouched.
 */
function seed(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '进度测试.scoredesk'),
    { name: '进度测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    const entries = ['D01', 'D02', 'D03', 'D04'].map((no) => saveEntry(db, team(no)));
    for (const no of ['E01', 'E02', 'E03'])
      saveEntry(db, team(no, { track: 'exhibit', group: 'counselor' }));
    const judges = [1, 2, 3, 4, 5].map((n) =>
      saveJudge(db, { name: `评委${n}`, organization: `${n}号馆`, region: '', tracks: ['drama'] }),
    );
    runDraw(db, 'drama', 7);
    const files = judges.map((j) => {
      const laptop = judgeLaptop(db, j.id, join(dataDir, '..', `laptop${j.id}`));
      const file = {
        name: `${j.name}.scoredesk-scores`,
        content: exportScoreFile(laptop.db).content,
      };
      laptop.db.close();
      return file;
    });
    mergeScoreFiles(db, files);
    const flags = () => trackResults(db, 'drama').blockers.map((b) => b.flag);
    lockResults(db, 'drama', '裁判长 李明', '', flags());
    addPenalty(db, { entryId: entries[2]!.id, rule: null, points: 300, reason: '超时 40 秒' });
    lockResults(db, 'drama', '裁判长 李明', '申诉后更正：D03 超时扣分', flags());
  } finally {
    db.close();
  }
}

test('the overview shows where each track stands, its next step, and its versions', async ({
  page,
  host,
  folders,
}) => {
  seed(folders.dataDir);
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page
      .getByRole('button', { name: /进度测试/ })
      .first()
      .click();
    const board = page.locator('section.status-board');
    const drama = board.locator('tr[data-board-track="drama"]');
    await expect(drama).toContainText('第 2 版');
    await expect(drama).toContainText('5/5');
    await expect(drama.getByRole('link', { name: '已完成：查看成绩' })).toBeVisible();
    await expect(board.locator('tr[data-board-track="exhibit"]').getByRole('link')).toHaveText(
      '安排评委',
    );
    await drama.getByRole('button', { name: '版本记录' }).click();
    const history = board.locator('.version-history');
    await expect(history).toContainText('原因：申诉后更正：D03 超时扣分');
    await expect(history).toContainText('D03 D03剧社');
    await expect(history).toContainText('首次公布。');
    await screenshot(page, `status-board-${width}-zh`);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(drama).toContainText('Version 2');
    await expect(history).toContainText('First publication.');
    await screenshot(page, `status-board-${width}-en`);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '关闭赛事' }).click();
  }
});
