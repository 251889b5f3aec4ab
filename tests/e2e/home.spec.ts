import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { expect, screenshot, test } from './host';
import { team } from './seedTeam';

const NAME = '2026年全国科技馆辅导员大赛（华东赛区）';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Last year's final in the data folder, two judges already holding their judge files. */
function seedIssued(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '华东赛区决赛.scoredesk'),
    {
      name: '华东赛区决赛',
      edition: '第八届',
      venue: '上海科技馆',
      startDate: '2025-10-20',
      endDate: '2025-10-22',
    },
    'counselor',
  );
  try {
    const judges = ['甲', '乙'].map((n) =>
      saveJudge(db, { name: `评委${n}`, organization: '', region: '', tracks: ['drama'] }),
    );
    saveEntry(db, team('D01'));
    for (const judge of judges) exportJudgeFile(db, judge.id);
  } finally {
    db.close();
  }
}

async function shoot(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await screenshot(page, `home-${name}-${size.width}`);
  }
}

const line = (page: Page, name: string) =>
  page.locator('[data-list="data-folder"] .file-line').filter({ hasText: name });

test('the judge’s way in stands apart; one competition has one file; rename and archive from the list', async ({
  page,
  host,
  folders,
}) => {
  seedIssued(folders.dataDir);
  await page.setViewportSize(SIZES[0]);
  await page.goto(host.url);

  // Two areas: the judge's one button, and the organizer's create and open.
  const judgeArea = page.getByRole('region', { name: '我是评委' });
  await expect(judgeArea.getByRole('button', { name: '打开评委文件…' })).toBeVisible();
  await expect(judgeArea).toContainText('尚未选择文件');
  await expect(page.getByLabel(/评委：打开评委文件/)).toHaveAttribute('type', 'file');
  const organizerArea = page.getByRole('region', { name: '我是组委会 / 记分员' });
  await expect(organizerArea.getByRole('heading', { name: '新建赛事' })).toBeVisible();
  await expect(organizerArea.getByRole('heading', { name: '打开赛事' })).toBeVisible();
  await expect(line(page, '华东赛区决赛')).toContainText(
    '第八届 · 上海科技馆 · 2025-10-20 – 2025-10-22',
  );
  await expect(line(page, '华东赛区决赛')).toContainText('文件 华东赛区决赛.scoredesk');

  // Dates typed as people type them; one that is no date is refused in the app's words.
  await page.getByLabel('赛事名称').fill(NAME);
  await page.getByLabel('届次').fill('第九届');
  await expect(page.getByLabel('开始日期')).toHaveAttribute(
    'placeholder',
    '年-月-日，如 2026-05-18',
  );
  await page.getByLabel('开始日期').fill('2026/10/20');
  await page.getByLabel('结束日期').fill('2026-02-30');
  await page.getByLabel('届次').click();
  await expect(page.getByLabel('开始日期')).toHaveValue('2026-10-20');
  await expect(page.getByText('请按“年-月-日”填写日期，例如 2026-05-18。')).toBeVisible();
  await shoot(page, '01-zh');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByRole('heading', { name: '新建赛事' })).toBeVisible();
  await page.getByLabel('结束日期').fill('2026年10月22日');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('2026-10-20 – 2026-10-22');
  await page.getByRole('button', { name: '关闭赛事' }).click();

  // The same name and edition again: refused, with the way to the one that exists.
  await page.getByLabel('赛事名称').fill(NAME);
  await page.getByLabel('届次').fill('第九届');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByRole('alert')).toContainText('本机已有同名、同届次的赛事');
  await shoot(page, '02-twin-zh');
  await page.getByRole('button', { name: '打开已有的赛事' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await page.getByRole('button', { name: '关闭赛事' }).click();

  // Rename last year's final: its judges hold files that now name it as it was.
  await line(page, '华东赛区决赛').getByRole('button', { name: '重命名…' }).click();
  const dialog = page.locator('dialog.confirm-dialog');
  await expect(dialog).toContainText('文件名不变（华东赛区决赛.scoredesk）');
  await dialog.getByLabel('新名称').fill('2025年华东赛区决赛');
  await shoot(page, '03-rename-zh');
  await dialog.getByRole('button', { name: '重命名' }).click();
  await expect(page.getByRole('status')).toContainText('已发给 2 位评委的评委文件仍然有效');
  await expect(line(page, '2025年华东赛区决赛')).toContainText('文件 华东赛区决赛.scoredesk');
  await line(page, '2025年华东赛区决赛').locator('button.file').click();
  const judgeFiles = page.locator('section.judge-files');
  await expect(judgeFiles.locator('tr[data-judge="评委甲"]')).toContainText('需重新发放');
  await expect(judgeFiles.locator('tr[data-judge="评委甲"]')).toContainText('赛事名称或信息已改');
  await page.getByRole('button', { name: '关闭赛事' }).click();

  // Archive it: off the lists, under 已归档, restorable.
  await line(page, '2025年华东赛区决赛').getByRole('button', { name: '归档' }).click();
  await expect(page.getByRole('status')).toContainText('已归档');
  await expect(line(page, '2025年华东赛区决赛')).toHaveCount(0);
  await expect(page.locator('[data-list="recent"]')).not.toContainText('2025年华东赛区决赛');
  await page.getByText('已归档（1）').click();
  const archived = page.locator('[data-list="archived"] .file-line');
  await expect(archived).toContainText('2025年华东赛区决赛');
  await shoot(page, '04-archived-zh');
  await archived.getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('[data-list="recent"]')).toContainText('2025年华东赛区决赛');
  await expect(page.getByText('已归档（1）')).toHaveCount(0);
});

test('file choosers and dates follow the app’s language, not the browser’s', async ({
  page,
  host,
}) => {
  await page.setViewportSize(SIZES[0]);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: '打开评委文件…' })).toBeVisible();
  // The browser stays zh-CN; the app is switched to English with its own switch.
  expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
  await page.getByRole('button', { name: 'English' }).click();

  const judgeArea = page.getByRole('region', { name: 'I am a judge' });
  await expect(judgeArea.getByRole('button', { name: 'Open my judge file…' })).toBeVisible();
  await expect(judgeArea).toContainText('No file chosen yet');
  await expect(judgeArea).not.toContainText('未选择');
  await expect(page.getByLabel('Start date')).toHaveAttribute(
    'placeholder',
    'YYYY-MM-DD, e.g. 2026-05-18',
  );
  await expect(page.getByLabel('Start date')).toHaveAttribute('type', 'text');
  await page.getByLabel('Competition name').fill('Rehearsal');
  await page.getByLabel('End date').fill('22/10/2026');
  await page.getByLabel('Venue').click();
  await expect(page.getByText('Enter the date as year-month-day, e.g. 2026-05-18.')).toBeVisible();
  // The refusal the browser shows on submit is the app's too.
  expect(
    await page
      .getByLabel('End date')
      .evaluate((input) => (input as HTMLInputElement).validationMessage),
  ).toBe('Enter the date as year-month-day, e.g. 2026-05-18.');
  await shoot(page, '05-en');

  // A judge file that is none: the chosen file's name is shown, and the refusal is in English.
  await page.getByLabel(/Judges: open your judge file/).setInputFiles({
    name: 'not-a-judge-file.scoredesk-judge',
    mimeType: 'application/json',
    buffer: Buffer.from('{}'),
  });
  await expect(judgeArea).toContainText('not-a-judge-file.scoredesk-judge');
  await expect(judgeArea.getByRole('alert')).toBeVisible();
  await shoot(page, '06-en-judge-file');
});
