import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { runDraw } from '../../electron/services/drawService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { setRecusal } from '../../electron/services/recusalService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { setOfficials } from '../../electron/services/seatingService';
import { expect, screenshot, test } from './host';

// Issue 13, points 2 and 3: the panel page at 9 judges × 60 entries on a 1366×768 laptop, seats
// and roles, and the printable panel list.

const museums = [
  '中国科学技术馆展览教育中心',
  '浙江省科技馆',
  '内蒙古科技馆',
  '广东科学中心科普教育部',
  '上海科技馆',
  '四川科技馆',
  '黑龙江省科学技术馆青少年科技活动部',
  '江苏省科学技术馆',
  '湖北省科学技术馆',
  '重庆科技馆',
];
const judgeNames = [
  '王建国',
  '李晓燕',
  '张伟',
  '刘芳',
  '陈志强',
  '杨丽华',
  '赵明',
  '黄海涛',
  '周敏',
];

/** A real store: 60 exhibit entries, 9 judges (two from entrants' museums), a head judge and supervisors. */
function seed(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '席位测试.scoredesk'),
    {
      name: '第九届全国科技馆辅导员大赛',
      edition: '浙江赛区',
      venue: '',
      startDate: '',
      endDate: '',
    },
    'counselor',
  );
  try {
    const entries = Array.from({ length: 60 }, (_, i) =>
      saveEntry(db, {
        track: 'exhibit',
        group: 'counselor',
        no: String(i + 1).padStart(3, '0'),
        name: `选手${String(i + 1).padStart(2, '0')}号`,
        organization: museums[i % museums.length]!,
        region: '浙江',
        title: '',
        status: 'competing',
        members: [],
      }),
    );
    const judges = judgeNames.map((name, i) =>
      saveJudge(db, {
        name,
        organization: i === 1 ? museums[1]! : i === 4 ? museums[6]! : `评审专家库${i + 1}`,
        region: '',
        phone: `138 0571 ${String(1000 + i)}`,
        tracks: ['exhibit'],
      }),
    );
    const head = saveJudge(db, {
      name: '孙裁判',
      organization: '中国科协',
      region: '北京',
      phone: '010-6857 1234',
      tracks: [],
    });
    // A second track's panel: the printed list gives it a page of its own.
    saveJudge(db, { name: '郑评委', organization: '市科技馆', region: '', tracks: ['drama'] });
    const watchers = ['钱监审', '吴监审'].map((name) =>
      saveJudge(db, { name, organization: '省科协', region: '浙江', phone: '', tracks: [] }),
    );
    setOfficials(db, 'exhibit', {
      headJudgeId: head.id,
      headJudgeScores: false,
      supervisorIds: watchers.map((w) => w.id),
    });
    setRecusal(db, {
      judgeId: judges[7]!.id,
      entryId: entries[20]!.id,
      recused: true,
      reason: '选手的指导老师',
    });
    runDraw(db, 'exhibit', 20261020);
    exportJudgeFile(db, judges[0]!.id);
    exportJudgeFile(db, judges[1]!.id);
  } finally {
    db.close();
  }
}

async function open(page: Page, url: string, hash: string) {
  await page.goto(url);
  await page
    .getByRole('button', { name: /席位测试/ })
    .first()
    .click();
  await page.goto(`${url}${hash}`);
}

/** The element's box lies inside the scroll box's visible part (not under a pinned header). */
async function visibleIn(page: Page, selector: string, box: string) {
  return page.evaluate(
    ([s, b]) => {
      const el = document.querySelector(s!)!.getBoundingClientRect();
      const area = document.querySelector(b!)!.getBoundingClientRect();
      return (
        el.top >= area.top - 1 &&
        el.bottom <= area.bottom + 1 &&
        el.left >= area.left - 1 &&
        el.right <= area.right + 1
      );
    },
    [selector, box],
  );
}

test('9 judges × 60 entries: labels stay in view while the grid scrolls; seats, roles and recusal reasons show', async ({
  page,
  host,
  folders,
}) => {
  page.on('dialog', (dialog) => {
    throw new Error(`native ${dialog.type()} box: ${dialog.message()}`);
  });
  seed(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, host.url, '#/tracks/exhibit/panel');
  const grid = page.getByTestId('recusal-grid');
  await expect(grid.locator('thead th.judge-col')).toHaveCount(9);
  await expect(grid.locator('thead th.judge-col').first()).toContainText('1号');
  await expect(grid.locator('thead th.judge-col').first()).toContainText('王建国');
  await expect(grid.locator('tbody tr')).toHaveCount(60);
  await screenshot(page, 'panel-seats-1366-zh');

  // Organizations stay on one line: no row is taller than a line and a half.
  const tallest = await grid
    .locator('tbody tr')
    .evaluateAll((rows) => Math.max(...rows.map((r) => r.getBoundingClientRect().height)));
  expect(tallest).toBeLessThan(30);

  // Scrolled to the far corner: the judges' row and the entry's own labels are still in view.
  await grid.evaluate((el) => {
    el.scrollIntoView({ block: 'end' });
    el.scrollTo(el.scrollWidth, el.scrollHeight);
  });
  const box = '[data-testid="recusal-grid"]';
  const last = await grid.locator('tbody tr').last().getAttribute('data-entry');
  expect(await visibleIn(page, `${box} thead th.judge-col:last-child`, box)).toBe(true);
  expect(await visibleIn(page, `${box} thead th.pin-no`, box)).toBe(true);
  expect(await visibleIn(page, `${box} tr[data-entry="${last}"] td.pin-no`, box)).toBe(true);
  expect(await visibleIn(page, `${box} tr[data-entry="${last}"] td.pin-org`, box)).toBe(true);
  // …and the pinned cells are what is on top there, not the cells scrolled under them.
  const onTop = await page.evaluate(
    ([b, no]) => {
      const cell = document.querySelector(`${b} tr[data-entry="${no}"] td.pin-no`)!;
      const r = cell.getBoundingClientRect();
      return document.elementFromPoint(r.left + 4, r.top + r.height / 2) === cell;
    },
    [box, last!],
  );
  expect(onTop).toBe(true);
  await screenshot(page, 'panel-seats-1366-zh-scrolled');

  // Recusals: auto and by hand, with the reason readable without hovering.
  const list = page.locator('.recusal-list');
  await expect(list.locator('[data-recusal="黄海涛 021"]')).toContainText('手动');
  await expect(list.locator('[data-recusal="黄海涛 021"]')).toContainText('选手的指导老师');
  await expect(list.locator('[data-recusal="李晓燕 002"]')).toContainText('自动');
  await expect(list.locator('[data-recusal="李晓燕 002"]')).toContainText('同单位');
  await expect(list.locator('[data-recusal="李晓燕 002"]')).toContainText('2号评委 李晓燕');

  // Officials: the head judge does not score, two supervisors.
  await expect(page.getByTestId('head-judge')).toContainText('孙裁判');
  await expect(page.getByTestId('head-judge')).toContainText('不评分');
  await expect(page.getByTestId('supervisors')).toHaveText('钱监审、吴监审');

  // Swap seats 1 and 2: the two judge files issued name the old seats, and the page says so.
  await page.getByRole('button', { name: '调整席位' }).click();
  await page.getByRole('textbox', { name: '席位 王建国' }).fill('2');
  await page.getByRole('textbox', { name: '席位 李晓燕' }).fill('1');
  await screenshot(page, 'panel-seats-dialog-1366-zh');
  await page.getByRole('button', { name: '保存席位' }).click();
  await expect(page.getByRole('status').filter({ hasText: '席位已保存' })).toContainText(
    '1号评委 李晓燕、2号评委 王建国',
  );
  await expect(grid.locator('thead th.judge-col').first()).toContainText('李晓燕');
  await expect(page.locator('tr[data-judge="王建国"] [data-file-status]')).toHaveText(
    '已过期，需重新导出',
  );
  // A seat twice is refused in words, nothing changed.
  await page.getByRole('button', { name: '调整席位' }).click();
  await page.getByRole('textbox', { name: '席位 张伟' }).fill('1');
  await page.getByRole('button', { name: '保存席位' }).click();
  await expect(page.getByRole('dialog').locator('.errors')).toContainText(
    '1号已经是 李晓燕 的座位',
  );
  await page.getByRole('button', { name: '取消' }).click();

  // The head judge starts scoring: a seat of their own, 10号.
  await page.getByRole('button', { name: '设置裁判长和监审' }).click();
  await page.getByLabel('裁判长同时评分').check();
  await screenshot(page, 'panel-officials-dialog-1366-zh');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('head-judge')).toContainText('同时评分（10号评委）');
  await expect(grid.locator('thead th.judge-col')).toHaveCount(10);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await grid.evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'panel-seats-1920-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: /Panel:/ })).toBeVisible();
  await expect(grid.locator('thead th.judge-col').first()).toContainText('No. 1');
  await screenshot(page, 'panel-seats-1920-en');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'panel-seats-1366-en');
  await grid.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  await screenshot(page, 'panel-seats-1366-en-scrolled');
});

test('the judges page takes a phone; the panel list prints on A4, one track a page', async ({
  page,
  host,
  folders,
}) => {
  seed(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, host.url, '#/judges');
  await expect(page.getByRole('cell', { name: '138 0571 1000' })).toBeVisible();
  await page
    .getByRole('row', { name: /王建国/ })
    .getByRole('button', { name: '编辑' })
    .click();
  await page.getByLabel('电话').fill('不知道');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.errors')).toContainText('看起来不是电话号码');
  await page.getByLabel('电话').fill('０５７１－８８８８ ８８８８ 转 12');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('cell', { name: '0571-8888 8888 转 12' })).toBeVisible();
  await screenshot(page, 'judges-phone-1366-zh');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'judges-phone-1920-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('columnheader', { name: 'Phone' })).toBeVisible();
  await screenshot(page, 'judges-phone-1920-en');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'judges-phone-1366-en');

  await page.goto(`${host.url}#/panel-list`);
  const exhibit = page.locator('[data-track="exhibit"]');
  await expect(exhibit.getByRole('row', { name: /Judge 1 Judge 王建国/ })).toContainText(
    '0571-8888 8888 转 12',
  );
  await expect(page.locator('[data-track="exhibit"]')).toBeVisible();
  await screenshot(page, 'panel-list-1366-en');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'panel-list-1920-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(exhibit.getByRole('row', { name: /1号评委 评委 王建国/ })).toBeVisible();
  await expect(exhibit.getByRole('row', { name: /裁判长 孙裁判/ })).toContainText('010-6857 1234');
  await expect(exhibit.getByRole('row', { name: /监审 钱监审/ })).toBeVisible();
  await screenshot(page, 'panel-list-1920-zh');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'panel-list-1366-zh');
  await page.pdf({
    path: join(import.meta.dirname, '..', '..', 'test-results', 'screens', 'panel-list-zh.pdf'),
    format: 'A4',
    printBackground: true,
  });
});
