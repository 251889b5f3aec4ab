import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { expect, screenshot, test } from './host';
import { team } from './seedTeam';

/** Five drama judges, three of whom got their judge file before a late team was added. */
function seedLateEntry(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '评委文件测试.scoredesk'),
    { name: '评委文件测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    const judges = ['甲', '乙', '丙', '丁', '戊'].map((n) =>
      saveJudge(db, { name: `评委${n}`, organization: '', region: '', tracks: ['drama'] }),
    );
    for (const no of ['D01', 'D02', 'D03']) saveEntry(db, team(no));
    for (const judge of judges.slice(0, 3)) exportJudgeFile(db, judge.id);
    saveEntry(db, team('D04'));
  } finally {
    db.close();
  }
}

test('the head table sees which judge files a late entry made stale, and issues them again', async ({
  page,
  host,
  folders,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  seedLateEntry(folders.dataDir);
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /评委文件测试/ })
    .first()
    .click();

  const section = page.locator('section.judge-files');
  const state = (judge: string) => section.locator(`tr[data-judge="${judge}"] .badge`);
  await expect(section.getByRole('heading', { name: '评委文件' })).toBeVisible();
  await expect(state('评委甲')).toHaveText('需重新发放');
  await expect(section.locator('tr[data-judge="评委甲"]')).toContainText('选手名单或回避已改');
  await expect(state('评委丁')).toHaveText('未发放');
  await expect(section).toContainText('3 份评委文件已过期（改了什么见各行），2 位评委尚未发放');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'judge-files-01-stale-zh');

  const download = page.waitForEvent('download');
  await section
    .locator('tr[data-judge="评委甲"]')
    .getByRole('button', { name: '重新导出' })
    .click();
  expect((await download).suggestedFilename()).toMatch(/评委甲\.scoredesk-judge$/);
  await expect(state('评委甲')).toHaveText('最新');
  await expect(section.locator('tr[data-judge="评委甲"]')).toContainText('第 2 次');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(state('评委乙')).toHaveText('Issue again');
  await expect(state('评委甲')).toHaveText('Up to date');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'judge-files-02-stale-en');
});
