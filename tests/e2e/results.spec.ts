import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect, screenshot, test } from './host';
import { courseLink, openCourseCompetition, seedCourseResults } from './seedResults';

test('the head judge sees ranks, awards and explanations, deducts, locks and prints', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedCourseResults(folders.dataDir);

  await openCourseCompetition(page, host.url);
  await courseLink(page, '成绩与奖项').click();
  await expect(page.getByRole('heading', { name: '成绩：科学课程（活动）' })).toBeVisible();

  const row = (no: string) => page.locator(`tr[data-entry="${no}"]`);
  const cells = async (no: string) => {
    const texts = await row(no).locator('td').allInnerTexts();
    return { rank: texts[0], final: texts[7], award: texts[8] };
  };
  await expect(row('001')).toBeVisible();
  // Ranked by the published figure; the tie at 81.00 goes to the higher untrimmed mean.
  expect(await cells('001')).toEqual({ rank: '1', final: '81.00', award: '二等奖' });
  expect(await cells('003')).toEqual({ rank: '2', final: '81.00', award: '三等奖' });
  expect(await cells('002')).toEqual({ rank: '3', final: '80.67', award: '优秀奖' });
  expect(await cells('004')).toEqual({ rank: '4', final: '71.00', award: '优秀奖' });
  const order = await page
    .locator('tbody tr[data-entry]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));
  expect(order).toEqual(['001', '003', '002', '004']);
  await screenshot(page, '11-results-zh');

  // The explanation: dropped marks struck through, the rule and the tie-break named.
  await row('003').getByRole('button', { name: '查看计算过程' }).click();
  const details = page.locator('.entry-details');
  await expect(details.locator('li[data-status="droppedHigh"] s')).toHaveText('84.00');
  await expect(details.locator('li[data-status="droppedLow"] s')).toHaveText('75.00');
  await expect(details).toContainText('计算方法：去掉最高分和最低分后取平均（有效评委 5 名）');
  await expect(details).toContainText('全部评委平均分（不去分）：80.4000');
  await expect(details).toContainText('并列处理：全部评委平均分（不去分）较高者在前');
  await screenshot(page, '12-results-explained-zh');
  await row('003').getByRole('button', { name: '查看计算过程' }).click();

  // A free deduction of 0.5 for entry 004, with its reason.
  await row('004').getByRole('button', { name: '查看计算过程' }).click();
  await page.getByLabel('扣分项').selectOption({ label: '其他扣分' });
  await page.getByLabel('扣分值').fill('0.5');
  await page.getByLabel('原因').fill('道具未按时撤场');
  await page.getByRole('button', { name: '添加扣分' }).click();
  await expect(page.locator('.penalties:not(.single-awards)')).toContainText(
    '−0.5 · 道具未按时撤场',
  );
  expect(await cells('004')).toEqual({ rank: '4', final: '70.50', award: '优秀奖' });

  // Lock: version 1. A later change needs a reason, and makes the lock stale.
  await page.getByLabel('裁判长姓名').fill('周裁判长');
  await page.getByRole('button', { name: '锁定成绩', exact: true }).click();
  // The dialog shows the award counts before anything is published.
  await page.getByRole('dialog').getByRole('button', { name: '已确认，锁定成绩' }).click();
  await expect(page.locator('.lock-state')).toContainText('已锁定：第 1 版，周裁判长');
  await page
    .locator('.penalties:not(.single-awards) li', { hasText: '道具未按时撤场' })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(page.getByRole('alert')).toHaveText('该赛项成绩已锁定，修改必须填写原因。');
  await page.getByLabel('修改原因（成绩已锁定，必须填写）').fill('申诉成立，撤销扣分');
  await page
    .locator('.penalties:not(.single-awards) li', { hasText: '道具未按时撤场' })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(page.locator('.warn-text')).toHaveText('锁定后成绩有改动，需要发布第 2 版。');
  expect(await cells('004')).toEqual({ rank: '4', final: '71.00', award: '优秀奖' });
  await page.getByLabel('原因', { exact: true }).first().fill('申诉成立，撤销扣分');
  await page.getByRole('button', { name: '发布新版本' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '已确认，锁定成绩' }).click();
  await expect(page.locator('.lock-state')).toContainText('已锁定：第 2 版，周裁判长');
  await screenshot(page, '13-results-locked-zh');

  // The workbook the organizers publish holds the same figures as the screen.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出本赛项 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/课程赛项成绩测试.*v2\.xlsx$/);
  const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
  const sheet = book.Sheets[book.SheetNames.find((name) => name.includes('成绩'))!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' });
  const headerIndex = rows.findIndex((r) => r.includes('最后得分'));
  const header = rows[headerIndex]!;
  const column = (name: string) => header.indexOf(name);
  const published = rows
    .slice(headerIndex + 1)
    .filter((r) => r[column('编号')])
    .map((r) => [r[column('名次')], r[column('编号')], r[column('最后得分')], r[column('奖项')]]);
  // The rank prints as 第1名, apart from the number 001 beside it.
  expect(published).toEqual([
    ['第1名', '001', '81.00', '二等奖'],
    ['第2名', '003', '81.00', '三等奖'],
    ['第3名', '002', '80.67', '优秀奖'],
    ['第4名', '004', '71.00', '优秀奖'],
  ]);
  expect(rows.slice(0, headerIndex).flat().join(' ')).toContain('第 2 版');

  // Printing this page gives the 公示 of 打印 → 成绩公示: the version, who locked it, the lines
  // to sign; none of the screen's buttons or explanations.
  await page.emulateMedia({ media: 'print' });
  const posted = page.locator('.posted-results');
  await expect(posted.locator('.lock-line')).toContainText('第 2 版');
  await expect(posted.locator('.signature-line').first()).toContainText('裁判长');
  await expect(page.locator('.result-group[data-group]').first()).toBeHidden();
  await page.pdf({ path: join('test-results', 'screens', '14-results-print.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
});
