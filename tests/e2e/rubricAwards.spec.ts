import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { saveEntry } from '../../electron/services/rosterService';
import { openStore } from '../../electron/store/database';
import { expect, test } from './host';
import { courseLink, openCourseCompetition, seedCourseResults } from './seedResults';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Both window sizes the organizers use, saved for a person to look at. */
async function shots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `/tmp/shots-a/${name}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(SIZES[0]!);
}

async function openCourse(page: Page, url: string, link: '评分细则' | '成绩与奖项') {
  await openCourseCompetition(page, url);
  await courseLink(page, link).click();
}

test('the rubric screen: English folded away, the judge’s view, the sum warning, award counts, and a question before leaving unsaved edits', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedCourseResults(folders.dataDir);
  await openCourse(page, host.url, '评分细则');
  await expect(page.getByRole('heading', { name: '评分细则：科学课程（活动）' })).toBeVisible();

  // English names and descriptions stay out of the way until asked for.
  const first = page.locator('[data-criterion="objectives"]');
  await expect(first.getByLabel('英文名称')).toBeHidden();
  await expect(first.getByLabel('英文说明')).toBeHidden();
  await page.getByLabel('显示英文').check();
  await expect(first.getByLabel('英文名称')).toBeVisible();
  await page.getByLabel('显示英文').uncheck();

  // Award counts for the four teams on the roster, by the rule chosen.
  const counts = page.locator('.award-counts-box');
  await expect(counts).toContainText('默认组（4 名参赛）');
  await expect(counts).toContainText('一等奖 0 / 二等奖 1 / 三等奖 1 / 优秀奖 2');
  await page.getByLabel('名额取整').selectOption({ label: '四舍五入（按累计比例）' });
  await expect(counts).toContainText('一等奖 1 / 二等奖 1 / 三等奖 1 / 优秀奖 1');

  // A description over two lines, and a criterion raised so the track sums to 101.
  await first.getByLabel('评分说明', { exact: true }).fill('目标明确、可检测\n贴合科技馆展品资源');
  await first.getByLabel('满分').fill('16');
  await expect(page.locator('.rubric-warnings')).toHaveText(
    '各评分项满分合计 101 分，不是 100 分。请核对；如确实如此，仍可保存。',
  );
  // A warning, not a refusal.
  await expect(page.getByRole('button', { name: '保存' })).toBeEnabled();

  // The judge's view shows the draft the way the judge's sheet will, lines kept.
  await page.getByRole('button', { name: '评委看到的样子' }).click();
  const view = page.locator('.judge-view');
  await expect(view.locator('.criteria-guide li').first()).toContainText('/16');
  // innerText, not textContent: the line break must be one the judge sees on screen.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  const lines = await view.locator('.criteria-guide .description').first().innerText();
  expect(lines).toBe('目标明确、可检测\n贴合科技馆展品资源');
  await expect(view.locator('th.crit').first()).toContainText('/16');
  await shots(page, 'rubric-zh');

  // Closing or reloading the window is held too (the desktop app then asks in its own dialog).
  const unloadHeld = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await unloadHeld()).toBe(true);

  // Leaving with unsaved edits asks first; staying keeps them.
  await courseLink(page, '成绩与奖项').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('评分细则有未保存的修改，确定离开吗？');
  await shots(page, 'rubric-leave-zh');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('heading', { name: '评分细则：科学课程（活动）' })).toBeVisible();
  await expect(first.getByLabel('满分')).toHaveValue('16');
  expect(page.url()).not.toContain('/results');

  // The browser's back button is held too.
  await page.evaluate(() => {
    window.location.hash = '#/competition';
  });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(page.locator('.rubric')).toHaveCount(0);

  // Back again: nothing was saved, and with nothing unsaved there is no question.
  await courseLink(page, '评分细则').click();
  await expect(first.getByLabel('满分')).toHaveValue('15');
  await expect(page.locator('.rubric-warnings')).toHaveCount(0);
  expect(await unloadHeld()).toBe(false);

  // In English, with the English fields shown.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Show English').check();
  await page.getByRole('button', { name: 'As the judge sees it' }).click();
  await expect(page.locator('.award-counts-box')).toContainText(
    'First prize 0 / Second prize 1 / Third prize 1 / Excellence award 2',
  );
  await first.getByLabel('Max').fill('16');
  await expect(page.locator('.rubric-warnings')).toContainText('add up to 101 points, not 100');
  await shots(page, 'rubric-en');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('dialog')).toContainText('unsaved changes');
  await shots(page, 'rubric-leave-en');
});

test('results: awards marked 暂定 while a team has no marks, counts per group before locking', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  const path = seedCourseResults(folders.dataDir);
  // A fifth team on the roster that no judge has scored yet.
  const db = openStore(path);
  saveEntry(db, {
    track: 'course',
    group: 'main',
    no: '005',
    name: '晚到的队伍',
    organization: '005号科技馆',
    region: '浙江',
    title: '',
    status: 'competing',
    members: [],
  });
  db.close();

  await openCourse(page, host.url, '成绩与奖项');
  await expect(page.locator('tr[data-entry="001"]')).toBeVisible();
  await expect(page.locator('.provisional-note')).toContainText('奖项为暂定');
  await expect(page.locator('tr[data-entry="001"] td.award')).toHaveText('二等奖暂定');
  await shots(page, 'results-provisional-zh');
  // On paper too.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.posted-results .draft-note')).toContainText('奖项为暂定');
  await expect(page.locator('tr[data-posted="001"] .provisional-mark')).toHaveText('暂定');
  await page.emulateMedia({ media: 'screen' });

  await page.getByLabel('裁判长姓名').fill('周裁判长');
  await page.getByRole('button', { name: '锁定成绩', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.lock-award-counts')).toContainText('默认组（4 名排名）');
  await expect(dialog.locator('.lock-award-counts')).toContainText(
    '一等奖 0 / 二等奖 1 / 三等奖 1 / 优秀奖 2',
  );
  await shots(page, 'results-lock-dialog-zh');
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('tr[data-entry="001"] td.award')).toHaveText('Second prizeProvisional');
  await shots(page, 'results-provisional-en');
  await page.getByRole('button', { name: 'Lock results', exact: true }).click();
  await expect(dialog.locator('.lock-award-counts')).toContainText(
    'First prize 0 / Second prize 1 / Third prize 1 / Excellence award 2',
  );
  await shots(page, 'results-lock-dialog-en');
  for (const box of await dialog.getByRole('checkbox').all()) await box.check();
  await dialog.getByRole('button', { name: /Confirmed/ }).click();
  await expect(page.locator('.lock-state')).toContainText('Locked: version 1, 周裁判长');
  // Locked as they stand: the awards are the published ones, no longer provisional.
  await expect(page.locator('.provisional-note')).toHaveCount(0);
  await expect(page.locator('tr[data-entry="001"] td.award')).toHaveText('Second prize');
});
