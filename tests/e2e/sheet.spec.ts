import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { expect, startHost, test } from './host';

// The judge's sheet on a venue laptop, a tablet or a phone: the path a judge takes with the
// keyboard, the blanks 提交 shows first, the next step after it, and a restart.

const TEAMS = ['闪电小队', '磁力先锋', '光影魔术', '声波探秘', '彩虹实验室', '重力挑战'];

/** An organizer's competition, one judge on the experiment panel; the judge's file on disk. */
function judgeFileOnDisk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scoredesk-sheet-'));
  const db = createCompetitionStore(
    join(dir, 'organizer.scoredesk'),
    { name: '浙江省科技馆辅导员大赛', edition: '', startDate: '', endDate: '', venue: '' },
    'counselor',
  );
  TEAMS.forEach((name, i) => {
    saveEntry(db, {
      track: 'experiment',
      group: 'main',
      no: `00${i + 1}`,
      name,
      // The judge's own museum: recused automatically when the judge file is made.
      organization: i === 2 ? '温州科技馆' : `第${i + 1}科技馆`,
      region: '浙江',
      title: i === 0 ? '会跳舞的磁铁' : '',
      status: 'competing',
      members: [],
    });
  });
  const judge = saveJudge(db, {
    name: '赵评委',
    organization: '温州科技馆',
    region: '浙江',
    tracks: ['experiment'],
  });
  const path = join(dir, '赵评委.scoredesk-judge');
  writeFileSync(path, exportJudgeFile(db, judge.id).content);
  db.close();
  return path;
}

const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'phone', width: 390, height: 844 },
];

async function shots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({
      path: join(
        import.meta.dirname,
        '..',
        '..',
        'test-results',
        'screens',
        `${name}-${size.name}.png`,
      ),
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a judge scores along Tab, is shown every blank before submitting, and is told what to hand over', async ({
  page,
  folders,
  host,
}) => {
  test.setTimeout(180_000);
  const judgeFile = judgeFileOnDisk();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByLabel(/评委：打开评委文件/).setInputFiles(judgeFile);
  await expect(page.getByRole('heading', { name: '评分表：科学实验' })).toBeVisible();
  // The judge is named by seat, as the head table and the paper sheets call them.
  await expect(page.locator('.sheet-judge')).toHaveText('1号评委 赵评委');

  // The recused team is on the sheet, greyed as 回避, with nothing to type in.
  const recused = page.locator('tr[data-entry="003"]');
  await expect(recused).toHaveClass(/recused/);
  await expect(recused).toContainText('回避');
  await expect(recused).toContainText('同单位');
  await expect(recused.locator('input')).toHaveCount(0);
  // What each criterion rewards is on the screen, not only in a tooltip.
  await expect(page.locator('.criteria-guide')).toContainText('科学性');
  await expect(page.locator('.scoring-sheet thead')).toContainText('/30');

  // Tab across one contestant's criteria, and on to the next contestant's first.
  await page.locator('[data-cell="0:0:0"]').focus();
  for (const mark of ['25', '20', '16.5', '12', '8']) {
    await page.keyboard.type(mark);
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('[data-cell="0:1:0"]')).toBeFocused();
  await expect(page.locator('tr[data-entry="001"] td.total')).toHaveText('81.50');
  for (const mark of ['24', '19', '15']) {
    await page.keyboard.type(mark);
    await page.keyboard.press('Tab');
  }
  // Past 002's last criterion, Tab skips the recused 003 and lands on 004.
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-cell="0:3:0"]')).toBeFocused();
  // The contestant being scored stands out (the row holding the focus).
  await expect(page.locator('tr[data-entry="004"] td.no')).toHaveCSS(
    'background-color',
    'rgb(238, 245, 251)',
  );
  await expect(page.locator('tr[data-entry="001"] td.no')).not.toHaveCSS(
    'background-color',
    'rgb(238, 245, 251)',
  );
  await expect(page.locator('.progress')).toContainText('已评 2 / 5 名');
  await shots(page, '30-sheet-zh');

  // 提交 lists every blank first: three teams, fifteen cells, each marked on the sheet.
  await page.getByRole('button', { name: '提交评分' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('还有 15 处未评分（3 名选手）');
  await expect(dialog.locator('.blank-list li')).toHaveText([
    /^004 声波探秘：未评 科学性、实验设计与创新/,
    /^005 彩虹实验室：/,
    /^006 重力挑战：/,
  ]);
  await expect(page.locator('td.mark.blank')).toHaveCount(15);
  await shots(page, '31-sheet-blanks-zh');

  // A line of the list goes to that blank.
  await dialog.getByRole('button', { name: '005 彩虹实验室' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('tr[data-entry="005"] [data-col="0"]')).toBeFocused();

  // Submitted anyway: the next step, with the file's name and folder.
  await page.getByRole('button', { name: '提交评分' }).click();
  await dialog.getByRole('button', { name: '仍然提交' }).click();
  const next = page.locator('.next-step');
  await expect(next).toContainText('请把评分文件交给记分员');
  await expect(next).toContainText('.scoredesk-scores');
  await expect(next).toContainText(join(folders.dataDir, '评分文件'));
  await expect(page.locator('.progress')).toContainText('已提交 1 次');
  await shots(page, '32-sheet-submitted-zh');

  // The same screens in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: /Scoring sheet/ })).toBeVisible();
  await shots(page, '32-sheet-submitted-en');
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: /Submit again/ }).click();
  await expect(dialog).toContainText('15 marks still blank (3 contestants)');
  await shots(page, '31-sheet-blanks-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('[data-cell="0:3:1"]').focus();
  await shots(page, '30-sheet-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '评分表：科学实验' })).toBeVisible();
});

test('a judge’s laptop restarted mid-session opens straight on the sheet', async ({
  page,
  folders,
  host,
}) => {
  await page.goto(host.url);
  await page.getByLabel(/评委：打开评委文件/).setInputFiles(judgeFileOnDisk());
  await page.locator('[data-cell="0:0:0"]').fill('25');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('sheet.setScore')),
    page.locator('[data-cell="0:0:0"]').press('Tab'),
  ]);
  // Enter saves and goes down the column; it submits nothing and reloads nothing (each row's
  // cells belong to a form of their own, which Enter must not send).
  const url = page.url();
  await page.locator('[data-cell="0:0:1"]').fill('18');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('sheet.setScore')),
    page.locator('[data-cell="0:0:1"]').press('Enter'),
  ]);
  await expect(page.locator('[data-cell="0:1:1"]')).toBeFocused();
  await expect(page.locator('[data-cell="0:0:1"]')).toHaveValue('18');
  expect(page.url()).toBe(url);
  await host.stop();

  const again = await startHost(folders.dataDir, folders.configDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: '评分表：科学实验' })).toBeVisible();
    await expect(page.locator('[data-cell="0:0:0"]')).toHaveValue('25');
    await expect(page.locator('[data-cell="0:0:1"]')).toHaveValue('18');
  } finally {
    await again.stop();
  }
});
