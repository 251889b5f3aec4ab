import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './host';
import { courseLink, openCourseCompetition } from './seedResults';
import { seedStage } from './seedStage';

const screens = join('test-results', 'screens');

/** Each page's text, as a reader of the PDF gets it, without the spaces (pdftotext puts them
 * between Chinese characters and figures where it likes). */
function pdfPages(file: string): string[] {
  const info = execFileSync('pdfinfo', [file]).toString();
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'])
      .toString()
      .replace(/\s+/g, ''),
  );
}

/** The first page's size in millimetres, rounded. */
function pageSize(file: string): string {
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file]).toString())!;
  const mm = (pt: string) => Math.round((Number(pt) * 25.4) / 72);
  return `${mm(m[1]!)} x ${mm(m[2]!)} mm`;
}

/** Where (points from the top) the first word containing `text` sits on a page. */
function wordTop(file: string, page: number, text: string): number {
  const html = execFileSync('pdftotext', [
    '-bbox',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ]).toString();
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[3]!.includes(text)) return Number(m[2]);
  }
  throw new Error(`${text} not on page ${page} of ${file}`);
}

async function printPdf(page: Page, name: string): Promise<string> {
  const path = join(screens, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  // Every page as an image, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '50', path, join(screens, name)]);
  return path;
}

test.beforeAll(() => mkdirSync(screens, { recursive: true }));

test('judge consistency: on the lock screen, then as a report printed on A4 landscape', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedStage(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await courseLink(page, '成绩与奖项').click();

  // Before the lock, a line for information and the way to the report.
  const summary = page.locator('.lock-panel > .consistency-summary');
  await expect(summary).toContainText('供参考：5 位评委共比较 4 件作品');
  await expect(summary).toContainText('没有哪位评委的总分与其他评委平均分相差超过 10.00 分');
  // …and again in the dialog before the lock, under the award counts.
  await page.getByLabel('裁判长姓名').fill('周裁判长');
  await page.getByRole('button', { name: '锁定成绩' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.consistency-summary')).toContainText('供参考');
  await screenshot(page, 'stage-00-lock-dialog-1366-zh');
  await dialog.getByRole('button', { name: '取消' }).click();
  await summary.getByRole('link', { name: '查看评委评分一致性（供参考）' }).click();

  await expect(
    page.getByRole('heading', { name: '评委评分一致性（供参考）：科学课程（活动）' }),
  ).toBeVisible();
  const row = (name: string) => page.locator(`tr[data-judge="${name}"]`);
  // The marks the results screen strikes out: 甲 gave 002 the highest total and 003 the lowest.
  await expect(row('评委甲').locator('[data-cell="droppedHigh"]')).toHaveText('1 次');
  await expect(row('评委甲').locator('[data-cell="droppedLow"]')).toHaveText('1 次');
  await expect(row('评委丙').locator('[data-cell="droppedLow"]')).toHaveText('0 次');
  await expect(row('评委戊').locator('[data-cell="droppedHigh"]')).toHaveText('0 次');
  await expect(row('评委甲').locator('[data-cell="deviations"]')).toHaveText('无');
  // Only the judges of 浙江 have entries of their own region (every team is from 浙江).
  await expect(row('评委甲')).toContainText('（4 件）');
  await expect(row('评委戊')).toContainText('未填地区');
  await expect(page.locator('.consistency-notes')).toContainText('本赛项共去掉 8 个分数');
  await expect(page.locator('.consistency-intro')).toContainText('不是对任何评委的评价');
  // No word that accuses anyone.
  await expect(page.locator('.consistency')).not.toContainText('异常');

  // A lower line (5 %) lists 甲's 75 for 003 against the others' 81.75.
  await page.getByLabel('相差提示线（占评委评分满分的百分比）').fill('5');
  await expect(row('评委甲').locator('[data-cell="deviations"]')).toHaveText('003（差 −6.75）');
  await screenshot(page, 'stage-01-consistency-1366-zh');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'stage-02-consistency-1920-zh');

  const pdf = await printPdf(page, 'stage-03-consistency-zh');
  expect(pageSize(pdf)).toBe('297 x 210 mm');
  const pages = pdfPages(pdf);
  expect(pages[0]).toContain('评委评分一致性（供参考）：科学课程（活动）');
  expect(pages[0]).toContain('课程赛项成绩测试');
  expect(pages[0]).toContain('003（差−6.75）');
  expect(pages[0]).toContain('如何阅读');
  expect(pages.at(-1)).toContain(`第${pages.length}页/共${pages.length}页`);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', {
      name: 'Judge consistency (for information): Science course (activity)',
    }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'stage-04-consistency-1366-en');
  const en = pdfPages(await printPdf(page, 'stage-05-consistency-en'));
  expect(en[0]).toContain('003(−6.75)');
  expect(en.at(-1)).toContain(`Page${en.length}of${en.length}`);
});

test('the ceremony: script in the chosen order, who comes on stage, certificates one a page', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedStage(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await page.getByRole('link', { name: '颁奖典礼' }).click();

  const steps = page.locator('.ceremony-script > li h2');
  // Default: 优秀奖 up to the highest prize given, the single award after the track's prizes.
  await expect(steps).toHaveText([
    /优秀奖（2 个）/,
    /三等奖（1 个）/,
    /二等奖（1 个）/,
    /最佳创意奖（1 个）/,
  ]);
  await expect(page.locator('.ceremony-states')).toContainText('成绩尚未锁定');
  await page.getByLabel('奖项顺序').selectOption('highFirst');
  await page.getByLabel('单项奖的位置').selectOption('beforeTiers');
  await expect(steps).toHaveText([/最佳创意奖/, /二等奖/, /三等奖/, /优秀奖/]);
  await expect(page.locator('.ceremony-script > li').nth(1)).toContainText('李明、王芳');
  await screenshot(page, 'stage-06-ceremony-script-1366-zh');
  const script = pdfPages(await printPdf(page, 'stage-07-ceremony-script-zh'));
  expect(script.join('')).toMatch(/第1项科学课程（活动）最佳创意奖.*第2项科学课程（活动）二等奖/);

  // The order is kept: a reload shows the same.
  await page.reload();
  await expect(steps.first()).toContainText('最佳创意奖');

  await page.getByRole('link', { name: '上台名单' }).click();
  const people = page.locator('.presenters-table tbody tr:not(.presenters-step) td:nth-child(2)');
  // 004 (最佳创意奖), then 001 (二等奖), 003 (三等奖), then 002 and 004 (优秀奖).
  await expect(people).toHaveText([
    '郑浩',
    '冯雪',
    '李明',
    '王芳',
    '吴静',
    '赵磊',
    '孙丽',
    '周强',
    '郑浩',
    '冯雪',
  ]);
  await screenshot(page, 'stage-08-ceremony-presenters-1366-zh');
  await printPdf(page, 'stage-09-ceremony-presenters-zh');

  await page.getByRole('link', { name: '奖状' }).click();
  await expect(page.locator('.certificates')).toContainText('共 5 张奖状，每张一页。');
  const plain = await printPdf(page, 'stage-10-certificates-plain-zh');
  expect(pageSize(plain)).toBe('297 x 210 mm');
  const sheets = pdfPages(plain);
  const expected = [
    ['郑浩、冯雪', '最佳创意奖'],
    ['李明、王芳', '二等奖'],
    ['吴静', '三等奖'],
    ['赵磊、孙丽、周强', '优秀奖'],
    ['郑浩、冯雪', '优秀奖'],
  ];
  expect(sheets).toHaveLength(expected.length);
  expected.forEach(([names, award], i) => {
    expect(sheets[i]).toContain(names!);
    expect(sheets[i]).toContain(`荣获${award}`);
    expect(sheets[i]).toContain(`证书编号：00${i + 1}`);
  });

  // Pre-printed paper, a prefix, the name 18 mm higher: the PDF's text moves with it.
  const nameTop = wordTop(plain, 2, '李明');
  await page.getByLabel('纸张', { exact: true }).selectOption('preprinted');
  await page.getByLabel('证书编号前缀').fill('KJ-');
  await page.getByLabel('姓名 距上边').fill('60');
  await page.getByLabel('落款日期').fill('二〇二六年十月二十二日');
  await page.getByRole('button', { name: '保存版式' }).click();
  await expect(page.getByText('版式有改动，尚未保存。')).toBeHidden();

  // The blank paper's image under the preview, never in the print.
  const blank = await page.context().newPage();
  await blank.setViewportSize({ width: 1123, height: 794 });
  await blank.setContent(
    '<div style="box-sizing:border-box;width:1123px;height:794px;border:36px double #b8860b;background:#fff8e7;text-align:center;padding-top:90px;font:bold 64px serif;color:#a0522d">荣 誉 证 书</div>',
  );
  const image = join(folders.dataDir, '空白奖状.png');
  writeFileSync(image, await blank.screenshot());
  await blank.close();
  // A file that is no image is refused by name, and nothing is kept.
  const notes = join(folders.dataDir, '说明.txt');
  writeFileSync(notes, '这不是图片');
  await page.getByLabel('空白奖状纸的图片').setInputFiles(notes);
  await expect(page.getByText('说明.txt 不是 PNG、JPEG 或 WebP 图片。')).toBeVisible();
  await expect(page.locator('.certificate-preview img')).toHaveCount(0);
  await page.getByLabel('空白奖状纸的图片').setInputFiles(image);
  await expect(page.getByText('说明.txt 不是')).toBeHidden();
  await expect(page.locator('.certificate-preview img.certificate-background')).toBeVisible();
  await page.getByRole('button', { name: '下一张' }).click();
  await expect(page.locator('.certificate-preview [data-field="name"]')).toHaveText('李明、王芳');
  await screenshot(page, 'stage-11-certificates-1366-zh');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'stage-12-certificates-1920-zh');

  const preprinted = await printPdf(page, 'stage-13-certificates-preprinted-zh');
  const moved = wordTop(preprinted, 2, '李明');
  // 18 mm = 51.0 pt higher on the page.
  expect(nameTop - moved).toBeGreaterThan(49);
  expect(nameTop - moved).toBeLessThan(53);
  const bare = pdfPages(preprinted);
  expect(bare).toHaveLength(5);
  expect(bare[1]).toContain('KJ-002');
  expect(bare[1]).toContain('二〇二六年十月二十二日');
  // Only the values: the paper already says 荣誉证书 and 荣获.
  expect(bare[1]).not.toContain('荣获');
  expect(bare[1]).not.toContain('荣誉证书');
  expect(execFileSync('pdfimages', ['-list', preprinted]).toString()).not.toMatch(/^\s+1\s/m);

  // A3 landscape: the same five certificates on the larger paper.
  await page.getByLabel('纸张大小', { exact: true }).selectOption('a3Landscape');
  const a3 = await printPdf(page, 'stage-14-certificates-a3-zh');
  expect(pageSize(a3)).toBe('420 x 297 mm');
  expect(pdfPages(a3)).toHaveLength(5);

  await page.getByRole('button', { name: 'English' }).click();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('heading', { name: 'Certificate layout' })).toBeVisible();
  await screenshot(page, 'stage-15-certificates-1366-en');
  await page.getByRole('link', { name: 'Script' }).click();
  await screenshot(page, 'stage-16-ceremony-script-1366-en');
  await page.getByRole('link', { name: 'On stage' }).click();
  await screenshot(page, 'stage-17-ceremony-presenters-1366-en');
});
