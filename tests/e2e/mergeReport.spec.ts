import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { MERGE_COMPETITION, OTHER_COMPETITION, seedMerge } from './seedMerge';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const SHOTS =
  process.env.SHOTS_DIR ?? join(import.meta.dirname, '..', '..', 'test-results', 'screens');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function shoot(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `merge-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]!);
}

/** No short word (两个字 to 四个字) broken over two lines: its text sits on one line. */
async function expectNoBrokenShortWords(page: Page) {
  const broken = await page.locator('.merge-page td, .merge-page th').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const text = (cell.textContent ?? '').trim();
        if (!/^[\u4e00-\u9fff]{2,4}$/u.test(text)) return false;
        const tops = new Set<number>();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.width > 0) tops.add(Math.round(rect.top));
          }
        }
        return tops.size > 1;
      })
      .map((cell) => cell.textContent),
  );
  expect(broken).toEqual([]);
}

test('the merge report speaks the organizer’s words, and its history stays', async ({
  page,
  host,
  folders,
}) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'scoredesk-merge-'));
  const seeded = seedMerge(folders.dataDir, work);
  await page.setViewportSize(SIZES[0]!);
  await page.goto(host.url);
  await page
    .getByRole('button', { name: new RegExp(MERGE_COMPETITION) })
    .first()
    .click();
  await page.getByRole('link', { name: '合并评分文件' }).click();
  const choose = page.getByLabel('选择评分文件（可多选）');

  await choose.setInputFiles(seeded.first);
  const summary = page.locator('.merge-summary tbody tr');
  await expect(summary).toHaveCount(8);
  await expect(page.locator('.merge-summary tr[data-outcome="merged"]')).toHaveCount(5);
  const report = page.locator('.merge-summary');
  await expect(report).toContainText('这是评委文件');
  await expect(report).toContainText(`这是赛事“${OTHER_COMPETITION} 第九届”的评分文件`);
  await expect(report).toContainText(`“${seeded.criterion.zh}”`);
  const reportText = await report.textContent();
  expect(reportText ?? '').not.toMatch(UUID);
  expect(reportText ?? '').not.toMatch(/JSON|版|scoredesk\./i);

  // Completeness: submitted, saved but not submitted, some blank, recused — each its own word.
  await page.getByRole('combobox', { name: '赛项' }).selectOption({ label: '科普短剧' });
  const matrix = page.locator('.matrix');
  await expect(matrix.locator('td[data-state="recused"]')).toHaveText(['回避']);
  await expect(matrix.locator('td[data-state="partial"]')).toHaveText(['部分未评']);
  await expect(matrix.locator('td[data-state="scored"]')).toHaveText(['已录未交']);
  await expect(matrix.locator('td[data-state="submitted"]')).toHaveCount(17);
  await expect(page.locator('.progress')).toHaveText(
    '已评完 18 / 19（其中已提交 17）；回避 1 格不计入',
  );
  await expectNoBrokenShortWords(page);
  await shoot(page, 'report-zh');

  // Judge 2's two copies of one sheet: both sides named, then decided with who and why.
  await choose.setInputFiles(seeded.second);
  const conflict = page.locator('.conflicts .conflict-item');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText(`“${seeded.criterion.zh}”`);
  await expect(conflict).toContainText('评委2-笔记本.scoredesk-scores');
  await expect(conflict).toContainText('评委2-平板.scoredesk-scores');
  await expect(conflict).toContainText('评委电脑上录入于');
  await shoot(page, 'conflict-zh');
  await conflict.getByRole('button', { name: '裁定…' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: '确认裁定' });
  await dialog.getByLabel(/新文件中的/).check();
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('裁定人').fill('王裁判长');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('理由').fill('评委本人确认平板上的分数为准');
  await shoot(page, 'decide-zh');
  await confirm.click();
  await expect(page.locator('.conflicts')).toHaveCount(0);
  const decided = page.locator('.decided-conflicts');
  await expect(decided).toContainText('王裁判长');
  await expect(decided).toContainText('评委本人确认平板上的分数为准');

  // Away and back, then a reload: the history of both merges is still there.
  await page.getByRole('link', { name: '评委', exact: true }).click();
  await page.getByRole('link', { name: '合并评分文件' }).click();
  await page.reload();
  const history = page.locator('.merge-history');
  await expect(history.locator('.merge-batch')).toHaveCount(2);
  await expect(history.locator('tr[data-outcome="refused"]')).toHaveCount(3);
  await expect(history.locator('tr[data-outcome="conflict"]')).toHaveCount(1);
  await expect(history).toContainText('这是评委文件');
  await expect(decided).toContainText('王裁判长');
  expect((await history.textContent()) ?? '').not.toMatch(UUID);
  await shoot(page, 'history-zh');

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(history).toContainText('This is a judge file');
  await expect(history).toContainText(`“${seeded.criterion.en}”`);
  await page.locator('.merge-page select').selectOption('drama');
  await expect(page.locator('.matrix td[data-state="recused"]')).toHaveText(['Recused']);
  // Judge 2's D01 was typed again after the submission (both copies): saved, not submitted.
  await expect(page.locator('.matrix td[data-state="scored"]')).toHaveText([
    'Saved, not submitted',
    'Saved, not submitted',
  ]);
  await expectNoBrokenShortWords(page);
  expect((await page.locator('.merge-page').textContent()) ?? '').not.toMatch(
    /JSON|scoredesk\.|版/,
  );
  await shoot(page, 'history-en');
});
