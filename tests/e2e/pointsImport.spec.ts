import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { readEntries } from '../../electron/store/entriesTable';
import { expect, screenshot, test } from './host';

test.use({ viewport: { width: 1366, height: 768 } });

const sheet = (path: string, rows: (string | number)[][]) => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '成绩');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return path;
};

test('the scorekeeper imports quiz points and deductions from files, all or nothing', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(folders.dataDir, '答题导入测试.scoredesk'),
    { name: '答题导入测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  fillDemo(db, { seed: 3, entriesPerTrack: 5, judgesPerTrack: 5 });
  const entries = readEntries(db, 'exhibit');
  db.close();
  const [a, b, c] = entries;
  const bad = sheet(join(folders.dataDir, '答题-有误.xlsx'), [
    ['知识测试成绩'],
    ['准考证号', '姓名', '第1题', '第2题'],
    [a!.no, a!.name, 1, 0],
    [b!.no, b!.name, 3, 1],
    ['099', '无名', 1, 1],
  ]);
  const good = sheet(join(folders.dataDir, '答题.xlsx'), [
    ['准考证号', '姓名', '第1题', '第2题'],
    [a!.no, a!.name, 0, 0],
    [b!.no, b!.name, 1, 0],
    [c!.no, c!.name, 1, ''],
  ]);

  await page.goto(host.url);
  await page
    .getByRole('button', { name: /答题导入测试/ })
    .first()
    .click();
  await page
    .locator('.sidebar .nav-track', { hasText: '展品辅导' })
    .getByRole('link', { name: '成绩与奖项' })
    .click();
  await page.getByRole('link', { name: '导入知识测试得分' }).click();
  await expect(page.getByRole('heading', { name: '导入知识测试得分 — 展品辅导' })).toBeVisible();

  // A file with problems: each by row, number, contestant and question; nothing can be imported.
  await page.getByLabel('选择文件').setInputFiles(bad);
  await expect(page.locator('[data-problem-row="4"]')).toHaveText(
    `第 4 行 · ${b!.no} ${b!.name} · 第1题：3 超过满分 1`,
  );
  await expect(page.locator('[data-problem-row="5"]')).toHaveText(
    '第 5 行 · 099 无名：编号 099 不是赛项“展品辅导”的选手',
  );
  await expect(page.getByRole('button', { name: /^导入/ })).toBeDisabled();
  await screenshot(page, 'points-01-quiz-problems-zh');

  // The right file: every change with before and after, a blank left blank.
  await page.getByLabel('选择文件').setInputFiles(good);
  await expect(page.getByText('没有发现问题。')).toBeVisible();
  await expect(page.locator('.points-counts')).toContainText('空白 1 项');
  await screenshot(page, 'points-02-quiz-preview-zh');
  const apply = page.getByRole('button', { name: /^导入/ });
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(page.getByRole('status')).toContainText('已导入');

  // The same file again has nothing to write.
  await page.getByLabel('选择文件').setInputFiles(good);
  await expect(page.getByText('文件中的分数与现有记录完全一致，不需要写入。')).toBeVisible();

  // Deductions, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Back to results' }).first().click();
  await page.getByRole('link', { name: 'Import deductions' }).click();
  const deductions = sheet(join(folders.dataDir, '扣分.xlsx'), [
    ['编号', '扣分', '原因'],
    [a!.no, -2, '超时 40 秒'],
    [b!.no, 1, ''],
  ]);
  await page.getByLabel('Choose file').setInputFiles(deductions);
  await expect(page.locator('[data-problem-row="3"]')).toHaveText(
    `Row 3 · ${b!.no} ${b!.name} · 原因: a deduction without a reason`,
  );
  await screenshot(page, 'points-03-deductions-problems-en');
  const fixed = sheet(join(folders.dataDir, '扣分2.xlsx'), [
    ['编号', '扣分', '原因'],
    [a!.no, -2, '超时 40 秒'],
  ]);
  await page.getByLabel('Choose file').setInputFiles(fixed);
  await expect(page.locator('[data-change-row="2"]')).toContainText('−2');
  await screenshot(page, 'points-04-deductions-preview-en');
  await page.getByRole('button', { name: 'Import (1)' }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 1 written.');
  await page.getByRole('link', { name: 'Back to results' }).first().click();
  await expect(page.locator(`tr[data-entry="${a!.no}"]`)).toContainText('−2');
  await screenshot(page, 'points-05-results-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('link', { name: '导入扣分' })).toBeVisible();
  await screenshot(page, 'points-06-results-zh');
});
