import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { judgeNames, PRINT_COMPETITION, seedPrintCompetition } from './seedPrint';
import { openCourseCompetition, seedCourseResults } from './seedResults';

// The printouts to sign, at the size of a provincial round (30 contestants, 7 judges), rendered
// by Chromium to A4 PDFs as the desktop's print does, and read back page by page: every page
// carries the competition, track, version or time and "page n of N"; the running order says
// nothing about recusals; each judge's sheet starts on a page of its own and ends with the
// signature line; the posted results show the dropped marks and the lines to sign.

const screens = join('test-results', 'screens');

/** The screen as a user at a 1366×768 laptop sees it, kept for people to look at. */
async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(screens, `${name}-1366.png`) });
}

/** Text without its spacing: pdftotext guesses the spaces between CJK and Latin characters. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The text of each page of a PDF (poppler's pdftotext, as a reader's copy-paste sees it). */
function pdfPages(path: string): string[] {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    squash(
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], {
        encoding: 'utf8',
      }),
    ),
  );
}

async function printPdf(page: Page, name: string): Promise<string[]> {
  const path = join(screens, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  return pdfPages(path);
}

/** The margins of every page: what it is, and where it is in the printout. */
function expectMargins(pages: string[], track: string, version?: string) {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((text, i) => {
    expect(text).toContain(PRINT_COMPETITION);
    expect(text).toContain(squash(track));
    expect(text).toMatch(/打印于\d{4}/);
    if (version) expect(text).toContain(squash(version));
    expect(text).toContain(`第${i + 1}页/共${pages.length}页`);
  });
}

async function openPrint(page: Page, url: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page
    .getByRole('button', { name: new RegExp(PRINT_COMPETITION) })
    .first()
    .click();
  await page.goto(`${url}#/tracks/exhibit/panel`);
}

test('the running order prints for the wall without recusals; the panel page does not print them either', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedPrintCompetition(folders.dataDir);
  await openPrint(page, host.url);
  await expect(page.locator('.recusal-grid')).toBeVisible();
  await screenshot(page, 'print-panel-page-zh');
  // Printing the panel page itself leaves the confidential grid and list off the paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.panel-grid')).toBeHidden();
  await page.emulateMedia({ media: null });

  await page.getByRole('link', { name: '打印出场顺序' }).click();
  await expect(page.getByRole('heading', { name: '展品辅导 出场顺序' })).toBeVisible();
  const order = page.locator('.running-order');
  await expect(order.locator('tbody tr')).toHaveCount(30);
  await page.getByLabel(/开始时间/).fill('9:00');
  await page.getByLabel(/每位（组）用时/).fill('8');
  await expect(order.locator('tbody tr').first()).toContainText('09:00–09:08');
  await expect(order.locator('tbody tr').nth(1)).toContainText('09:08–09:16');
  await expect(order.locator('tbody tr').first().locator('td').first()).toHaveText('1');
  // Nothing about who steps aside for whom: no recusal word, no judge.
  const text = (await order.textContent()) ?? '';
  expect(text).not.toMatch(/回避|评委|同单位/);
  for (const name of judgeNames) expect(text).not.toContain(name);
  await screenshot(page, 'print-order-zh');

  const pages = await printPdf(page, 'print-order-zh');
  expectMargins(pages, '展品辅导');
  expect(pages.length).toBeLessThanOrEqual(3);
  const all = pages.join('\n');
  expect(all).not.toMatch(/回避|评委|同单位/);
  expect(all).toContain('会“跳舞”的磁流体');
  expect(all).toContain('09:00–09:08');

  // A bad start time says what is wrong and prints no times.
  await page.getByLabel(/开始时间/).fill('9点');
  await expect(page.locator('.print-options .cell-error')).toHaveText(
    '开始时间“9点”不是时刻，请写成 09:00 这样。',
  );
  await expect(order.locator('tbody tr').first().locator('td').nth(1)).toHaveText('');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { name: 'Exhibit interpretation: running order' }),
  ).toBeVisible();
  await screenshot(page, 'print-order-en');
  const en = await printPdf(page, 'print-order-en');
  expect(en[0]).toContain(`Page1of${en.length}`);
});

test('every judge’s score sheet of the track prints in one step, each from a new page, with room to write and a line to sign', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedPrintCompetition(folders.dataDir);
  await openPrint(page, host.url);
  await page.getByRole('link', { name: '打印评分表' }).click();
  const sheets = page.locator('.score-sheet');
  await expect(sheets).toHaveCount(7);
  const first = sheets.first();
  await expect(first.getByRole('heading', { name: '1号评委 评分表' })).toBeVisible();
  // Judge 1 works at 浙江省科技馆 and steps aside from its three entries; judge 2 scores all 30.
  await expect(first.locator('.sheet-table tbody tr')).toHaveCount(27);
  await expect(sheets.nth(1).locator('.sheet-table tbody tr')).toHaveCount(30);
  await expect(first.locator('.sheet-table thead')).toContainText('科学内容满分 35');
  await expect(first.locator('.sheet-table thead')).toContainText('扣分');
  await expect(first.locator('.sheet-table thead')).toContainText('评语/备注');
  await expect(first.locator('.criteria-guide-print')).toContainText(
    '科学原理准确，知识拓展恰当，无科学性错误',
  );
  // The edition is not repeated, and no internal number names the judge.
  await expect(first).not.toContainText('第九届');
  await expect(first.locator('.print-subtitle')).toHaveText(
    '赛项：展品辅导　姓名：陈静　共 27 位（组）选手',
  );
  await screenshot(page, 'print-sheets-zh');

  await page.emulateMedia({ media: 'print' });
  const row = await first.locator('.sheet-table tbody tr').first().boundingBox();
  // At least 10 mm (38 px at 96 dpi) for a handwritten mark.
  expect(row!.height).toBeGreaterThanOrEqual(38);
  await page.emulateMedia({ media: null });

  const pages = await printPdf(page, 'print-sheets-zh');
  expectMargins(pages, '展品辅导');
  // Each judge's sheet starts a page: the pages with a heading are the sheets' first pages.
  const headed = pages
    .map((text, i) => [i, /(\d)号评委评分表/.exec(text)?.[1]] as const)
    .filter(([, seat]) => seat !== undefined);
  expect(headed.map(([, seat]) => seat)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  for (const text of pages) expect(text.match(/号评委评分表/g)?.length ?? 0).toBeLessThanOrEqual(1);
  // Each sheet ends with its signature line, on the page before the next sheet begins.
  headed.forEach(([start], k) => {
    const end = k + 1 < headed.length ? headed[k + 1]![0] : pages.length;
    const own = pages.slice(start, end).join('\n');
    expect(own.match(/评委签字/g)).toHaveLength(1);
  });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(first.getByRole('heading', { name: 'Judge 1: score sheet' })).toBeVisible();
  await screenshot(page, 'print-sheets-en');
  await printPdf(page, 'print-sheets-en');
});

test('the posted results and the award list print with marks, version, who locked it and the lines to sign', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedPrintCompetition(folders.dataDir);
  await openPrint(page, host.url);
  await page.goto(`${host.url}#/tracks/exhibit/results`);
  await expect(page.locator('.lock-state')).toContainText('第 1 版');
  await screenshot(page, 'print-results-page-zh');
  await page.getByRole('link', { name: '打印公示成绩' }).click();

  const posted = page.locator('.posted-results');
  await expect(posted.locator('.lock-line')).toContainText('第 1 版，由 周裁判长 于');
  await expect(posted.locator('.verification-code')).toHaveText(/^校验码：/);
  const header = await posted.locator('.results-table').first().locator('thead th').allInnerTexts();
  expect(header).toEqual([
    '名次',
    '编号',
    '姓名/团队',
    '单位',
    '省份',
    ...judgeNames.map((_, i) => `${i + 1}号评委`),
    '评委得分',
    '客观分',
    '扣分',
    '最后得分',
    '奖项',
  ]);
  // Two groups, 24 + 6 rows; each scored entry has two marks dropped, shown in brackets.
  await expect(posted.locator('.result-group')).toHaveCount(2);
  await expect(posted.locator('tbody tr')).toHaveCount(30);
  const top = posted.locator('tbody tr').first();
  await expect(top.locator('td.dropped')).toHaveCount(2);
  await expect(top.locator('td.dropped').first()).toHaveText(/^\(\d+\.\d\d\)$/);
  // An entry of 浙江省科技馆 shows 1号评委 stepping aside, not a zero.
  await expect(
    posted.locator('tbody tr', { hasText: '浙江省科技馆' }).first().locator('td.mark').first(),
  ).toHaveText('回避');
  await expect(posted.locator('tbody').first()).toContainText('−1');
  const signatures = posted.locator('.signature-grid');
  await expect(signatures.locator('.signature-line')).toHaveCount(10);
  await expect(signatures).toContainText('裁判长周裁判长');
  await expect(signatures).toContainText('监审钱监审');
  await expect(signatures).toContainText('7号评委郑宏');
  await screenshot(page, 'print-results-zh');

  const pages = await printPdf(page, 'print-results-zh');
  expectMargins(pages, '展品辅导', '第 1 版');
  expect(pages.length).toBeLessThanOrEqual(3);
  expect(pages.at(-1)).toContain('裁判长');
  expect(pages.join('\n')).toContain('校验码');

  await page.getByRole('link', { name: '获奖名单' }).click();
  const awards = page.locator('.award-list');
  await expect(awards.locator('.group-title')).toHaveText(['科技辅导员', '科技志愿者']);
  const tiers = await awards.locator('.award-group').first().locator('h4').allInnerTexts();
  expect(tiers[0]).toMatch(/^一等奖（\d+ 名）$/);
  expect(tiers).toContain('单项奖 · 最佳表现奖');
  // Every ranked entry of the track is on the list once under its award.
  await expect(awards.locator('.award-tier[data-award] tbody tr')).toHaveCount(30);
  await screenshot(page, 'print-awards-zh');
  const awardPages = await printPdf(page, 'print-awards-zh');
  expectMargins(awardPages, '展品辅导', '第 1 版');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(awards.locator('.group-title')).toHaveText(['Counselors', 'Volunteers']);
  await screenshot(page, 'print-awards-en');
  await page.getByRole('link', { name: 'Posted results' }).click();
  await expect(posted.locator('.lock-line')).toContainText('Version 1, locked by 周裁判长');
  await screenshot(page, 'print-results-en');
  await printPdf(page, 'print-results-en');
  await page.goto(`${host.url}#/tracks/exhibit/results`);
  await expect(page.getByRole('link', { name: 'Print posted results' })).toBeVisible();
  await screenshot(page, 'print-results-page-en');
  await page.goto(`${host.url}#/tracks/exhibit/panel`);
  await expect(page.getByRole('link', { name: 'Print score sheets' })).toBeVisible();
  await screenshot(page, 'print-panel-page-en');
});

test('results not yet locked print as a draft: said on the page and in every header, with no code', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedCourseResults(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await page.goto(`${host.url}#/tracks/course/print/results`);
  const posted = page.locator('.posted-results');
  await expect(posted.locator('.lock-line')).toHaveText('成绩尚未锁定：此页是草稿，不能公示。');
  await expect(posted.locator('.draft-note')).toHaveText(
    '草稿：成绩未锁定，不是公示成绩，没有校验码。',
  );
  await expect(posted.locator('.verification-code')).toHaveCount(0);
  // Five judges: the highest and the lowest of 001 (84, 78) in brackets.
  await expect(posted.locator('tr[data-posted="001"] td.mark')).toHaveText([
    '80.00',
    '82.00',
    '(84.00)',
    '(78.00)',
    '81.00',
  ]);
  // Nobody named as head judge or supervisor yet: their lines are there to sign all the same.
  await expect(posted.locator('.signature-line')).toHaveCount(7);
  await screenshot(page, 'print-results-draft-zh');
  const pages = await printPdf(page, 'print-results-draft-zh');
  for (const text of pages) expect(text).toContain('草稿（未锁定）');
  await page.getByRole('link', { name: '获奖名单' }).click();
  await expect(page.locator('.award-list .draft-note')).toBeVisible();
  // Not drawn yet: the running order says so instead of passing the roster off as the order.
  await page.getByRole('link', { name: '出场顺序', exact: true }).click();
  await expect(page.locator('.print-warning')).toHaveText(
    '尚未抽签：出场顺序一栏为空。请先在“评审安排”页抽签。',
  );
  await expect(page.locator('.running-order tbody tr').first().locator('td').first()).toHaveText(
    '',
  );
});
