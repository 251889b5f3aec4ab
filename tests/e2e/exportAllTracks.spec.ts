import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { expect, screenshot, test } from './host';

// The results page of one track exports every track at once: one workbook, three sheets for
// each track that has entries, through the same results.exportWorkbook call as the CLI's export.

function seed(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '全赛项导出测试.scoredesk'),
    { name: '全赛项导出测试', edition: '第九届', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    fillDemo(db, { seed: 5, entriesPerTrack: 6, judgesPerTrack: 5 });
  } finally {
    db.close();
  }
}

test('one button exports the results of every track as one workbook', async ({
  page,
  host,
  folders,
}) => {
  seed(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /全赛项导出测试/ })
    .first()
    .click();
  await page
    .locator('.sidebar .nav-track', { hasText: '科普短剧' })
    .getByRole('link', { name: '成绩与奖项' })
    .click();
  await expect(page.getByRole('heading', { name: '成绩：科普短剧' })).toBeVisible();
  const all = page.getByRole('button', { name: '导出全部赛项 Excel' });
  await expect(all).toHaveAttribute('title', /每个有选手的赛项各三张表/);
  await page.screenshot({
    path: join('test-results', 'screens', '15-results-export-all-zh.png'),
  });

  const [download] = await Promise.all([page.waitForEvent('download'), all.click()]);
  expect(download.suggestedFilename()).toBe('全赛项导出测试-成绩-草稿.xlsx');
  const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
  expect(book.SheetNames).toEqual(
    ['展品辅导', '科学实验', '科普短剧', '科学课程（活动）'].flatMap((track) => [
      `${track}-成绩`,
      `${track}-明细`,
      `${track}-获奖名单`,
    ]),
  );
  // The track's own button still exports that track alone.
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出本赛项 Excel' }).click(),
  ]);
  expect(one.suggestedFilename()).toBe('全赛项导出测试-科普短剧-成绩-草稿.xlsx');

  // In English: the same button, and the workbook in English.
  await page.getByRole('button', { name: 'English' }).click();
  const allEn = page.getByRole('button', { name: 'Export all tracks to Excel' });
  await expect(allEn).toBeVisible();
  await page.screenshot({
    path: join('test-results', 'screens', '15-results-export-all-en.png'),
  });
  const [en] = await Promise.all([page.waitForEvent('download'), allEn.click()]);
  expect(en.suggestedFilename()).toBe('全赛项导出测试-results-draft.xlsx');
  const enBook = XLSX.read(readFileSync((await en.path())!), { type: 'buffer' });
  expect(enBook.SheetNames).toHaveLength(12);
  expect(enBook.SheetNames[0]).toBe('Exhibit interpretation-Results');
  await screenshot(page, '15-results-export-all-en-full');
});
