import { expect, screenshot, startHost, test } from './host';

const NAME = '2026年全国科技馆辅导员大赛（华东赛区）';

test('an organizer creates a competition, edits the rubric, adds contestants, switches language, and finds it all again', async ({
  page,
  host,
  folders,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '新建赛事' })).toBeVisible();
  await screenshot(page, '01-home-zh');

  // Create from the counselor template.
  await page.getByLabel('赛事名称').fill(NAME);
  await page.getByLabel('举办地点').fill('浙江省科技馆');
  await expect(page.getByLabel('全国科技馆辅导员大赛')).toBeChecked();
  await page.getByRole('button', { name: '创建赛事' }).click();

  // The four tracks of the 2024 edition.
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const cards = page.locator('.track-card h3');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toContainText('展品辅导');
  await expect(cards.nth(1)).toContainText('科学实验');
  await expect(cards.nth(2)).toContainText('科普短剧');
  await expect(cards.nth(3)).toContainText('科学课程（活动）');
  await expect(page.locator('[data-track="drama"]')).toContainText('科学表演');
  await screenshot(page, '02-overview-zh');

  // Edit a criterion: 科学内容 35 → 33 and 创新与特色 8 → 10 keeps the judged total at 98.
  await page.locator('[data-track="exhibit"]').getByRole('link', { name: '评分细则' }).click();
  await expect(page.getByRole('heading', { name: '评分细则：展品辅导' })).toBeVisible();
  await expect(page.locator('.totals')).toHaveText('评委评分满分 98 · 总分 100');
  const content = page.locator('[data-criterion="content"]');
  await content.getByLabel('评分项', { exact: true }).fill('科学内容与准确性');
  await content.getByLabel('满分').fill('33');
  await expect(page.locator('.totals')).toHaveText('评委评分满分 96 · 总分 98');
  await page.locator('[data-criterion="originality"]').getByLabel('满分').fill('10');
  await expect(page.locator('.totals')).toHaveText('评委评分满分 98 · 总分 100');

  // A bad value is shown and cannot be saved.
  await page.locator('[data-criterion="language"]').getByLabel('步长').fill('0.333');
  await expect(page.getByText('“0.333”不是有效的分值（最多两位小数）。')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toBeDisabled();
  await page.locator('[data-criterion="language"]').getByLabel('步长').fill('30');
  await expect(page.getByText('评分项“语言表达”的步长 30 大于满分 20。')).toBeVisible();
  await screenshot(page, '03-rubric-invalid-zh');
  await page.locator('[data-criterion="language"]').getByLabel('步长').fill('0.5');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await screenshot(page, '04-rubric-zh');

  // Two contestants: one counselor, one volunteer.
  await page.locator('.sidebar .nav-track').first().getByRole('link', { name: '选手名单' }).click();
  await page.getByRole('button', { name: '添加选手' }).click();
  await expect(page.getByLabel('编号')).toHaveValue('001');
  await page.getByLabel('姓名').fill('张晓明');
  await page.getByLabel('单位').fill('杭州低碳科技馆');
  await page.getByLabel('省份/赛区').fill('浙江');
  await page.getByLabel('作品名称').fill('会“说话”的傅科摆');
  await screenshot(page, '05-entry-form-zh');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-entry="001"]')).toContainText('张晓明');

  await page.getByRole('button', { name: '添加选手' }).click();
  await expect(page.getByLabel('编号')).toHaveValue('002');
  await page.getByLabel('姓名').fill('李思远');
  await page.getByLabel('组别').selectOption({ label: '科技志愿者' });
  await page.getByLabel('单位').fill('宁波科学探索中心');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-entry="002"]')).toContainText('科技志愿者');

  // The same number twice is refused with the reason, and nothing is added.
  await page.getByRole('button', { name: '添加选手' }).click();
  await page.getByLabel('编号').fill('001');
  await page.getByLabel('姓名').fill('王重复');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toHaveText('赛项“展品辅导”中已有编号为 001 的选手。');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await screenshot(page, '06-roster-zh');

  // Switch to English: the interface follows, the data stays.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Roster: Exhibit interpretation' })).toBeVisible();
  await expect(page.locator('[data-entry="002"]')).toContainText('Volunteers');
  await screenshot(page, '07-roster-en');

  // Reload: language remembered, competition still open, edits still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Roster: Exhibit interpretation' })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await page.getByRole('link', { name: 'Overview' }).click();
  await screenshot(page, '08-overview-en');
  await page.locator('[data-track="exhibit"]').getByRole('link', { name: 'Rubric' }).click();
  await expect(
    page.locator('[data-criterion="content"]').getByLabel('Criterion (Chinese)'),
  ).toHaveValue('科学内容与准确性');
  await expect(page.locator('.totals')).toHaveText('Judged full marks 98 · total 100');
  await screenshot(page, '09-rubric-en');

  // Quit and start again: the file is on disk and in the recent list, settings kept.
  await host.stop();
  const again = await startHost(folders.dataDir, folders.configDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Open a competition' })).toBeVisible();
    await screenshot(page, '10-home-en');
    await page
      .locator('.file-list')
      .first()
      .getByRole('button', { name: new RegExp(NAME.replace(/[()（）]/g, '.')) })
      .click();
    await page.locator('.sidebar .nav-track').first().getByRole('link', { name: 'Roster' }).click();
    await expect(page.locator('[data-entry="001"]')).toContainText('张晓明');
    await expect(page.locator('[data-entry="002"]')).toContainText('李思远');
  } finally {
    await again.stop();
  }
  expect(pageErrors).toEqual([]);
});
