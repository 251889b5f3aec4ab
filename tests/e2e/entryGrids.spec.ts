import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, screenshot, test } from './host';
import { exhibitDraw, seedEntryGrids } from './seedEntryGrids';

async function openTrack(page: Page, url: string, track: string) {
  await page.goto(url);
  await page
    .getByRole('button', { name: /记分录入测试/ })
    .first()
    .click();
  await page
    .locator('.sidebar .nav-track', { hasText: track })
    .getByRole('link', { name: '记分录入' })
    .click();
}

const rowOrder = (page: Page) =>
  page
    .locator('[data-grid] tbody tr[data-entry]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** The judge's marks in the store, as the results will read them: [entry no, criterion, value]. */
function storedMarks(path: string, judge: string) {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT e.no, c.code, s.value FROM scores s JOIN entries e ON e.id = s.entry_id
         JOIN criteria c ON c.id = s.criterion_id JOIN judges j ON j.id = s.judge_id
         WHERE j.name = ? ORDER BY e.no, c.position`,
      )
      .raw()
      .all(judge);
  } finally {
    db.close();
  }
}

test('quiz points go down a column in running order, nothing re-sorts, a blank stays —', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedEntryGrids(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTrack(page, host.url, '展品辅导');
  await expect(page.getByRole('heading', { name: '记分录入：展品辅导' })).toBeVisible();
  await expect(page.locator('[data-grid] tbody tr')).toHaveCount(exhibitDraw.length);
  expect(await rowOrder(page)).toEqual(exhibitDraw);

  // 第1题 of the first in running order (003), then Enter all the way down.
  await page.getByLabel('003 陈思远 第1题').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  expect(await focusedLabel(page)).toBe('001 李晓梅 第1题');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  expect(await focusedLabel(page)).toBe('005 刘子涵 第1题');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  // 002 has no answer on record: Enter on the empty cell leaves it blank and goes on.
  await page.keyboard.press('Enter');
  expect(await focusedLabel(page)).toBe('004 赵雨桐 第1题');
  // Over the maximum: refused with the contestant named, the cursor stays.
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('004 赵雨桐 · 第1题：2 超过满分 1');
  expect(await focusedLabel(page)).toBe('004 赵雨桐 第1题');
  await screenshot(page, 'entry-quiz-refused-1366-zh');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Tab goes across: 003's 第2题, then its overtime deduction.
  await page.getByLabel('003 陈思远 第2题').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('003 陈思远 超时');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toHaveText(
    '已保存：003 陈思远 · 超时 = 2',
  );

  // Still in running order; totals beside the figures; the blank shown as —, not 0.
  expect(await rowOrder(page)).toEqual(exhibitDraw);
  const total = (no: string) => page.locator(`tr[data-entry="${no}"] td.total`);
  await expect(total('003')).toHaveText('2');
  await expect(total('005')).toHaveText('0');
  await expect(total('002')).toHaveText('—');
  await expect(page.getByLabel('002 王建国 第1题')).toHaveValue('');
  await expect(page.getByLabel('002 王建国 第1题')).toHaveAttribute('placeholder', '—');
  await screenshot(page, 'entry-quiz-1366-zh');

  // Saved as typed: after a reload the same figures, the same order, the blank still blank.
  await page.reload();
  await expect(page.getByLabel('003 陈思远 第1题')).toHaveValue('1');
  expect(await rowOrder(page)).toEqual(exhibitDraw);
  await expect(page.getByLabel('005 刘子涵 第1题')).toHaveValue('0');
  await expect(page.getByLabel('002 王建国 第1题')).toHaveValue('');
  await expect(page.getByLabel('003 陈思远 超时')).toHaveValue('2');

  // The results agree: 003 has 2 quiz points and −2.
  await page
    .locator('.sidebar .nav-track', { hasText: '展品辅导' })
    .getByRole('link', { name: '成绩与奖项' })
    .click();
  const results = page.locator('tr[data-entry="003"] td');
  await expect(results.nth(6)).toHaveText('2');
  await expect(results.nth(7)).toHaveText('−2');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page
    .locator('.sidebar .nav-track', { hasText: '展品辅导' })
    .getByRole('link', { name: '记分录入' })
    .click();
  await expect(page.getByLabel('003 陈思远 第1题')).toHaveValue('1');
  await screenshot(page, 'entry-quiz-1920-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('003 陈思远 Question 1')).toHaveValue('1');
  await screenshot(page, 'entry-quiz-1920-en');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByLabel('004 赵雨桐 Question 2').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    '004 赵雨桐 · Question 2: 3 is above the maximum 1',
  );
  await screenshot(page, 'entry-quiz-refused-1366-en');
});

test('double entry merges what two scorekeepers typed alike, and holds a mismatch until chosen', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  const path = seedEntryGrids(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTrack(page, host.url, '科普短剧');
  await page.getByRole('link', { name: '纸质评分表双人录入' }).click();
  await expect(page.locator('tr[data-judge="周敏"]')).toContainText('未开始');
  await screenshot(page, 'entry-paper-sheets-1366-zh');
  await page.locator('tr[data-judge="周敏"]').getByRole('button', { name: '录入' }).click();

  const typeAs = async (name: string, pass: string) => {
    await page.getByLabel('录入人姓名').fill(name);
    await page.getByLabel('录入第几遍').selectOption({ label: pass });
    await page.getByRole('button', { name: '开始录入' }).click();
  };
  /** Types down the column from its first row, Enter after each figure ('' leaves it). */
  const typeColumn = async (criterion: string, figures: string[]) => {
    await page.getByLabel(`025 郭志远 ${criterion}`).click();
    for (const figure of figures) {
      if (figure) await page.keyboard.type(figure);
      await page.keyboard.press('Enter');
    }
  };

  // Pass 1, by 王芳; a figure over the maximum is refused in the paper's words.
  await typeAs('王芳', '第1遍');
  await page.getByLabel('025 郭志远 科学内容与主题').click();
  await page.keyboard.type('35');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('025 郭志远 · 科学内容与主题：35 超过满分 30');
  await page.keyboard.press('Escape');
  await typeColumn('科学内容与主题', ['28', '25', '27']);
  await typeColumn('剧本创作', ['20', '21', '']);
  await expect(page.getByLabel('027 星空小队 科学内容与主题')).toHaveValue('27');
  expect(storedMarks(path, '周敏')).toEqual([]);

  // Pass 2, by 李明, blind to pass 1: the grid starts empty.
  await page.getByRole('button', { name: '换人 / 换遍' }).click();
  await typeAs('王芳', '第2遍');
  await expect(page.getByRole('alert')).toContainText('双人录入须由另一位记分员录入另一遍');
  await typeAs('李明', '第2遍');
  await expect(page.getByLabel('025 郭志远 科学内容与主题')).toHaveValue('');
  await typeColumn('科学内容与主题', ['28', '26', '27']);
  await typeColumn('剧本创作', ['20', '21', '']);

  // Agreements count at once; the one mismatch is shown side by side and counts for nothing.
  const cell = (label: string) => page.getByLabel(label).locator('..');
  await expect(cell('025 郭志远 科学内容与主题')).toHaveClass(/state-agreed/);
  await expect(cell('026 光影剧社 科学内容与主题')).toHaveClass(/state-mismatch/);
  const mismatch = page.locator('.mismatch-table tbody tr');
  await expect(mismatch).toHaveCount(1);
  await expect(mismatch).toContainText('026 光影剧社 · 科学内容与主题');
  await expect(mismatch.locator('td.side').nth(0)).toHaveText('25（王芳 录入）');
  await expect(mismatch.locator('td.side').nth(1)).toHaveText('26（李明 录入）');
  expect(storedMarks(path, '周敏')).toEqual([
    ['025', 'content', 2800],
    ['025', 'script', 2000],
    ['026', 'script', 2100],
    ['027', 'content', 2700],
  ]);
  await screenshot(page, 'entry-paper-mismatch-1366-zh');

  // The third look: nothing is chosen without a name; then 26 is taken, and only then counts.
  await expect(mismatch.getByRole('button', { name: '取 26' })).toBeDisabled();
  await page.getByLabel('裁定人').fill('张主任');
  await mismatch.getByLabel('说明（可不填）').fill('纸质表上是 26');
  await mismatch.getByRole('button', { name: '取 26' }).click();
  await expect(page.locator('.mismatch-table')).toHaveCount(0);
  await expect(page.locator('.resolved-list')).toContainText(
    '026 光影剧社 · 科学内容与主题：裁定为 26（张主任）',
  );
  expect(storedMarks(path, '周敏')).toContainEqual(['026', 'content', 2600]);
  await expect(cell('026 光影剧社 科学内容与主题')).toHaveClass(/state-resolved/);

  // Pass 2 done: what it left empty and pass 1 typed would now differ; both left it blank here.
  await page.getByRole('button', { name: '本遍录入完成' }).click();
  await expect(page.getByText('第2遍已完成，仍可更正。')).toBeVisible();
  await screenshot(page, 'entry-paper-resolved-1366-zh');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'entry-paper-resolved-1920-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Pass 2 is done; corrections are still possible.')).toBeVisible();
  await screenshot(page, 'entry-paper-1920-en');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'entry-paper-1366-en');
  await page.getByRole('button', { name: 'Back to the progress list' }).click();
  await expect(page.locator('tr[data-judge="周敏"]')).toContainText('李明 (done)');
  await screenshot(page, 'entry-paper-sheets-1366-en');
});
