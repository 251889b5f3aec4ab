import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, startHost, test } from './host';

const JUDGES = ['赵评委', '钱评委', '孙评委', '李评委', '周评委'];
const ENTRIES = [
  { no: '001', name: '闪电小队', org: '杭州科技馆' },
  { no: '002', name: '磁力先锋', org: '宁波科学探索中心' },
  { no: '003', name: '光影魔术', org: '温州科技馆' },
];
/** Per judge, per entry: the five criteria of 科学实验 (30, 25, 20, 15, 10). */
const marks = (judge: number, entry: number) => [
  25 + entry,
  20 + (judge % 3),
  16.5,
  12,
  8 + (entry % 2) * 0.5,
];

async function save(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('five judges score offline and the organizer merges their files', async ({
  page,
  host,
  browser,
}) => {
  test.setTimeout(240_000);
  const files = mkdtempSync(join(tmpdir(), 'scoredesk-files-'));

  // The organizer: competition, five judges on the experiment panel, three teams.
  await page.goto(host.url);
  await page.getByLabel('赛事名称').fill('评委离线评分演练');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await page.getByRole('link', { name: '评委', exact: true }).click();
  for (const name of JUDGES) {
    await page.getByRole('button', { name: '添加评委' }).click();
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('展品辅导').uncheck();
    await page.getByLabel('科学实验').check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('tbody tr', { hasText: name })).toBeVisible();
  }
  const experiment = page.locator('.sidebar .nav-track', { hasText: '科学实验' });
  await experiment.getByRole('link', { name: '选手名单' }).click();
  for (const entry of ENTRIES) {
    await page.getByRole('button', { name: '添加参赛队' }).click();
    await page.getByLabel('编号').fill(entry.no);
    await page.getByLabel('团队名称').fill(entry.name);
    await page.getByLabel('单位').fill(entry.org);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator(`[data-entry="${entry.no}"]`)).toBeVisible();
  }

  // Draw the order and hand each judge a judge file.
  await experiment.getByRole('link', { name: '评审安排' }).click();
  await page.getByLabel('随机种子（可选）').fill('2026');
  await page.getByRole('button', { name: '抽签' }).click();
  await expect(page.locator('.draw-panel [role="status"]')).toContainText('种子 2026');
  await screenshot(page, '20-panel-zh');
  const judgeFiles: string[] = [];
  for (const name of JUDGES) {
    // Each judge's own row of the seating table, named by seat.
    const row = page.locator(`tr[data-judge="${name}"]`);
    await expect(row).toContainText('号评委');
    judgeFiles.push(
      await save(page, () => row.getByRole('button', { name: /^导出评委文件 / }).click(), files),
    );
  }

  // Each judge: a separate store on a separate host, scored by keyboard only.
  const scoreFiles: string[] = [];
  // What each judge's screen shows as the fingerprint of the key their device made.
  const fingerprints: string[] = [];
  for (const [j, judgeFile] of judgeFiles.entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'scoredesk-judge-'));
    const judgeHost = await startHost(join(dir, 'data'), join(dir, 'config'));
    const context = await browser.newContext({ locale: 'zh-CN' });
    const judgePage = await context.newPage();
    try {
      await judgePage.goto(judgeHost.url);
      await judgePage.getByLabel(/评委：打开评委文件/).setInputFiles(judgeFile);
      await expect(judgePage.getByRole('heading', { name: '评分表：科学实验' })).toBeVisible();
      await expect(judgePage.locator('.titlebar')).toContainText(JUDGES[j]!);
      fingerprints.push((await judgePage.locator('.own-key .fingerprint').textContent()) ?? '');
      const rows = await judgePage
        .locator('tbody tr[data-entry]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')));
      const first = judgePage.locator('[data-cell="0:0:0"]');
      if (j === 0) {
        // A mark above the maximum is refused where it was typed, and Esc puts the cell back.
        await first.focus();
        await judgePage.keyboard.type('31');
        await judgePage.keyboard.press('Enter');
        await expect(judgePage.getByRole('alert')).toHaveText('31 超过满分 30');
        await screenshot(judgePage, '21-sheet-invalid-zh');
        await first.focus();
        await judgePage.keyboard.press('Escape');
        await expect(first).toHaveValue('');
        await expect(judgePage.getByRole('alert')).toHaveCount(0);
      }
      await first.focus();
      for (const no of rows) {
        const entry = ENTRIES.findIndex((e) => e.no === no);
        for (const value of marks(j, entry)) {
          await judgePage.keyboard.type(String(value));
          await judgePage.keyboard.press('Tab');
        }
      }
      await expect(judgePage.locator('.progress')).toContainText('已评 3 / 3 名');
      if (j === 0) await screenshot(judgePage, '21-sheet-zh');
      await judgePage.getByRole('button', { name: '提交评分' }).click();
      // Nothing blank: 提交 still asks, then says what to hand over.
      const dialog = judgePage.getByRole('dialog');
      await expect(dialog).toContainText('提交全部评分？');
      await dialog.getByRole('button', { name: '提交评分' }).click();
      await expect(judgePage.locator('.next-step')).toContainText('请把评分文件交给记分员');
      await expect(judgePage.locator('.progress')).toContainText('已提交 1 次');
      scoreFiles.push(
        await save(
          judgePage,
          () => judgePage.getByRole('button', { name: '导出评分文件' }).click(),
          files,
        ),
      );
    } finally {
      await context.close();
      await judgeHost.stop();
    }
  }

  // A copy of the first file, and a tampered one: a mark changed by hand.
  const duplicate = join(files, 'copy-of-first.scoredesk-scores');
  writeFileSync(duplicate, readFileSync(scoreFiles[0]!));
  const tampered = join(files, 'tampered.scoredesk-scores');
  writeFileSync(
    tampered,
    readFileSync(scoreFiles[1]!, 'utf8').replace(/"value":\s*(\d)/, '"value": 9$1'),
  );

  // The organizer merges them all at once. The judges' keys are new to the head table: each
  // waits until its fingerprint is compared with the judge's screen; the tampered file is refused.
  await page.getByRole('link', { name: '合并评分文件' }).click();
  const choose = page.getByLabel('选择评分文件（可多选）');
  await choose.setInputFiles([...scoreFiles, duplicate, tampered]);
  await expect(page.locator('.merge-summary tr[data-status="refused"]')).toHaveCount(7);
  await expect(page.locator('.merge-summary')).toContainText('密钥尚未确认');
  const keys = page.locator('section.judge-keys');
  await expect(keys.locator('tr[data-state="pending"]')).toHaveCount(5);
  await screenshot(page, '22-merge-keys-zh');
  for (const [j, name] of JUDGES.entries()) {
    const row = keys.locator(`tr[data-judge="${name}"]`);
    await expect(row.locator('.fingerprint')).toHaveText(fingerprints[j]!);
    await row.getByRole('button', { name: '核对并确认…' }).click();
    await expect(page.getByRole('dialog')).toContainText(fingerprints[j]!);
    await page.getByRole('button', { name: '一致，确认' }).click();
    await expect(row).toHaveAttribute('data-state', 'accepted');
  }
  await choose.setInputFiles([...scoreFiles, duplicate, tampered]);
  const summary = page.locator('.merge-summary tbody tr');
  await expect(summary).toHaveCount(7);
  await expect(page.locator('.merge-summary tr[data-status="applied"]')).toHaveCount(5);
  await expect(page.locator('.merge-summary tr[data-status="unchanged"]')).toHaveCount(1);
  await expect(page.locator('.merge-summary tr[data-status="refused"]')).toHaveCount(1);
  await page.getByRole('combobox', { name: '赛项' }).selectOption({ label: '科学实验' });
  await expect(page.locator('.matrix td[data-state="submitted"]')).toHaveCount(15);
  await expect(page.locator('.progress')).toHaveText(
    '已评完 15 / 15（其中已提交 15）；回避 0 格不计入',
  );
  await screenshot(page, '22-merge-zh');

  // And the results follow.
  await experiment.getByRole('link', { name: '成绩与奖项' }).click();
  await expect(page.locator('tbody tr[data-entry]')).toHaveCount(3);
  await expect(page.locator('tr[data-entry="003"] td').first()).toHaveText('1');
});
