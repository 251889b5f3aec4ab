import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fileAppeal } from '../../electron/services/appealService';
import { addPenalty } from '../../electron/services/marksService';
import { lockResults } from '../../electron/services/resultsService';
import { decideEntry } from '../../electron/services/reviewService';
import { saveEntry } from '../../electron/services/rosterService';
import { saveTrack } from '../../electron/services/rubricService';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudges } from '../../electron/store/judgesTable';
import { criterionId } from '../../electron/store/marksTable';
import { writeCell } from '../../electron/store/scoreCellsTable';
import { readTracks, trackId } from '../../electron/store/tracksTable';
import { expect, screenshot, test } from './host';
import { courseLink, openCourseCompetition, seedCourseResults } from './seedResults';

const root = join(import.meta.dirname, '..', '..');

/** The course track with titles, team members, a one-second limit and the overtime rule. */
function seedStage(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const db = openStore(seedCourseResults(dataDir));
  try {
    const course = readTracks(db).find((t) => t.code === 'course')!;
    saveTrack(db, 'course', {
      ...course,
      timeLimitSeconds: 1,
      penalties: [
        { code: 'overtime', name: { zh: '超时', en: 'Overtime' }, points: 100, perSeconds: 30 },
      ],
    });
    const titles: Record<string, string> = {
      '001': '会跳舞的盐粒',
      '002': '看不见的力',
      '003': '光的旅行',
      '004': '纸桥承重挑战',
    };
    for (const entry of readEntries(db, 'course')) {
      saveEntry(db, {
        ...entry,
        title: titles[entry.no] ?? '',
        members: [
          { name: `${entry.no}甲`, role: '主讲' },
          { name: `${entry.no}乙`, role: '实验员' },
        ],
      });
    }
  } finally {
    db.close();
  }
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(root, 'test-results', 'screens', `${name}.png`) });
}

test('the big screen follows the head judge’s releases and holds what is not released', async ({
  page,
  context,
  host,
  folders,
}) => {
  seedStage(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await courseLink(page, '裁判长审核与亮分').click();
  await expect(
    page.getByRole('heading', { name: '裁判长审核与亮分：科学课程（活动）' }),
  ).toBeVisible();
  const row = (no: string) => page.locator(`tr[data-entry="${no}"]`);
  await expect(row('003')).toContainText('待审核');
  // A tighter threshold flags 1号's 75 on 003 against the others' 81.75.
  await page.getByLabel('提示线（占满分的百分比）').selectOption('5');
  await expect(row('003')).toContainText('1号评委 75 分，其他评委平均 81.75 分，相差 -6.75');

  // The big screen, in a tab of its own with the display-only token.
  const [screen] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: '打开亮分屏' }).click(),
  ]);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await expect(screen).toHaveURL(/\/screen\.html$/);
  // Between entries: the running order.
  await expect(screen.locator('[data-slot="current"]')).toContainText('001');
  await expect(screen.locator('[data-slot="next"]')).toContainText('002');
  await expect(screen.locator('[data-slot="prepare"]')).toContainText('003');

  // The timer of 001, on the big screen too; over its limit it turns red.
  await page.getByLabel('台上作品').selectOption({ label: '001 星火课程组' });
  await page.getByLabel('在大屏显示计时').check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(screen.locator('.screen-timer')).toBeVisible();
  await expect(screen.locator('.screen-timer')).toHaveAttribute('data-stage', 'red', {
    timeout: 5000,
  });
  await shot(screen, 'stage-screen-queue-timer-1920');
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: '结束' }).click();
  const proposal = page.locator('.timer-proposal');
  await expect(proposal).toContainText('按“超时”建议扣 1 分');
  await page.getByRole('button', { name: '接受扣分' }).click();
  await expect(proposal).toContainText('已接受超时扣分 1 分');
  await page.getByLabel('在大屏显示计时').uncheck();

  // 002 released: every mark by seat, 83 and 79 struck out, the final, first so far.
  await row('002').getByRole('button', { name: '发布' }).click();
  await expect(screen.locator('.reveal-no')).toHaveText('002');
  const marks = screen.locator('.reveal-marks .mark');
  await expect(marks).toHaveCount(5);
  await expect(marks.locator('.mark-value')).toHaveText([
    '83.00',
    '79.00',
    '81.00',
    '81.00',
    '80.00',
  ]);
  await expect(screen.locator('.mark.struck-high')).toHaveAttribute('data-seat', '1');
  await expect(screen.locator('.mark.struck-low')).toHaveAttribute('data-seat', '2');
  await expect(screen.getByTestId('final')).toHaveText('80.67');
  await expect(screen.getByTestId('rank')).toHaveText('本组暂列第 1 名');
  await expect(screen.locator('.reveal-count')).toHaveText('本组已亮分 1 件');
  await expect(screen.locator('.reveal')).toContainText('《看不见的力》');
  await screen.waitForTimeout(3000);
  await shot(screen, 'stage-screen-entry-1920');

  // 003 is held: it never reaches the screen, which keeps showing 002.
  await row('003').getByRole('button', { name: '暂缓' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('暂缓的原因（可不填）').fill('1号评委的分数待核对');
  await dialog.getByRole('button', { name: '暂缓' }).click();
  await expect(row('003')).toContainText('1号评委的分数待核对');
  await screen.waitForTimeout(1500);
  await expect(screen.locator('.reveal-no')).toHaveText('002');

  // 001 released: 81.00 less the accepted overtime deduction, behind 002's 80.67 so far.
  await row('001').getByRole('button', { name: '发布' }).click();
  await expect(screen.locator('.reveal-no')).toHaveText('001');
  await expect(screen.getByTestId('final')).toHaveText('80.00');
  await expect(screen.locator('.reveal-deduction')).toContainText('扣分 1');
  await expect(screen.getByTestId('rank')).toHaveText('本组暂列第 2 名');
  await expect(screen.locator('.mark.struck-high')).toHaveAttribute('data-seat', '3');
  await expect(screen.locator('.mark.struck-low')).toHaveAttribute('data-seat', '4');

  // The head table stops answering: the screen keeps what it shows, says so, and comes back.
  await screen.route('**/api/screen.view', (route) => route.abort());
  await expect(screen.locator('.screen-lost')).toContainText('正在重新连接');
  await expect(screen.getByTestId('final')).toHaveText('80.00');
  await screen.unroute('**/api/screen.view');
  await expect(screen.locator('.screen-lost')).toBeHidden({ timeout: 5000 });

  // At 1280×720, with English, and with ranks withheld for the ceremony.
  await screen.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('同时显示英文').check();
  await expect(screen.locator('.reveal .en').first()).toBeVisible();
  await screen.waitForTimeout(3000);
  await shot(screen, 'stage-screen-entry-1280-en');
  await page.getByLabel('颁奖模式（不显示名次）').check();
  await expect(screen.getByTestId('rank')).toContainText('名次将在颁奖时公布');
  await page.getByLabel('同时显示英文').uncheck();
  await page.getByLabel('出场顺序（当前 / 下一位 / 准备）').check();
  await expect(screen.locator('[data-slot="current"]')).toBeVisible();
  await shot(screen, 'stage-screen-queue-1280');
  await expect(screen.locator('body')).not.toContainText('小小科学家 81');

  // An appeal against 002, within the window, heard and kept.
  const appeals = page.getByRole('region', { name: '申诉' });
  const option = appeals.locator('option', { hasText: '002 探索者小队' });
  await appeals.getByLabel('申诉的作品').selectOption((await option.getAttribute('value'))!);
  await appeals.getByLabel('申诉人').fill('002队领队');
  await appeals.getByLabel('申诉内容').fill('3号评委漏看了实验环节');
  await appeals.getByRole('button', { name: '登记申诉' }).click();
  const appeal = appeals.locator('[data-appeal="002"]');
  await expect(appeal).toContainText('002队领队');
  await appeal.getByLabel('裁决理由（必填）').fill('3号评委确认已看全部环节');
  await appeal.getByRole('button', { name: '维持原结果' }).click();
  await expect(appeal).toContainText('维持原结果：3号评委确认已看全部环节。成绩 80.67。');

  await page.setViewportSize({ width: 1366, height: 1400 });
  await shot(page, 'stage-head-table-zh');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The accepted deduction, in the results.
  await courseLink(page, '成绩与奖项').click();
  const result = page.locator('tr[data-entry="001"]');
  await expect(result).toContainText('80.00');
  await result.getByRole('button', { name: '查看计算过程' }).click();
  // The measured time depends on the machine's pace: a few seconds, all within one period.
  await expect(page.locator('.entry-details')).toContainText(
    /扣分−1 · 计时 0:0\d，限时 0:01，超时 \d 秒/,
  );

  // The head table in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page
    .locator('.sidebar .nav-track', { hasText: 'Science course (activity)' })
    .getByRole('link', { name: 'Review and big screen' })
    .click();
  await expect(page.locator('tr[data-entry="003"]')).toContainText('Held');
  await shot(page, 'stage-head-table-en');
});

test('an upheld appeal on a locked track asks for what the lock confirmed, then publishes the next version', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  const db = openStore(seedCourseResults(folders.dataDir));
  try {
    // One of 004's marks is blank: the first lock went ahead with that confirmed.
    const tId = trackId(db, 'course')!;
    const judge = readJudges(db).find((j) => j.name === '评委甲')!;
    const e004 = readEntries(db, 'course').find((e) => e.no === '004')!;
    writeCell(db, {
      judgeId: judge.id,
      entryId: e004.id,
      criterionId: criterionId(db, tId, 'answers')!,
      value: null,
      revision: 2,
      updatedAt: new Date().toISOString(),
    });
    lockResults(db, 'course', '周裁判长', '', ['missingScores']);
    const e001 = readEntries(db, 'course').find((e) => e.no === '001')!;
    decideEntry(db, { entryId: e001.id, action: 'release', note: '' });
    fileAppeal(db, { entryId: e001.id, by: '002队领队', what: '001 超时未扣分' });
    addPenalty(db, { entryId: e001.id, rule: null, points: 50, reason: '申诉：超时未扣分' });
  } finally {
    db.close();
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await courseLink(page, '裁判长审核与亮分').click();
  const appeal = page.locator('.appeals [data-appeal="001"]');
  await appeal.getByLabel('裁决理由（必填）').fill('录像核实超时 12 秒');
  await appeal.getByRole('button', { name: '申诉成立' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('锁定成绩前请逐项确认');
  await expect(dialog.locator('[data-flag="missingScores"]')).toContainText('004');
  await screenshot(page, 'stage-appeal-lock-confirm-zh');
  // Cancelled, nothing is decided; in English the same question comes back.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(appeal.getByRole('button', { name: '申诉成立' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await appeal.getByLabel('Reason for the decision (required)').fill('录像核实超时 12 秒');
  await appeal.getByRole('button', { name: 'Uphold' }).click();
  await expect(dialog).toContainText('Confirm each item before locking');
  await screenshot(page, 'stage-appeal-lock-confirm-en');
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Confirmed: lock the results' }).click();
  await expect(appeal).toContainText('Upheld: 录像核实超时 12 秒. Result 81.00 → 80.50.');
  await expect(appeal).toContainText('Version 2 of the results published.');
});
