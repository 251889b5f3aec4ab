import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkResultsFile } from '../../electron/services/resultsFileCheck';
import { parseResultsFile } from '../../shared/formats/resultsFile';
import { expect, screenshot, test } from './host';
import { courseLink, openCourseCompetition, seedCourseResults } from './seedResults';

// The posted list (公示) on paper: a draft says so and has no code; a locked version prints its
// rows with the verification code, the competition's fingerprint and a QR code, and the signed
// file exported beside it carries the same code.

const screens = join('test-results', 'screens');

test('locked results print with their verification code and QR code; a draft prints without', async ({
  page,
  host,
  folders,
}) => {
  mkdirSync(folders.dataDir, { recursive: true });
  seedCourseResults(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCourseCompetition(page, host.url);
  await courseLink(page, '成绩与奖项').click();
  await expect(page.locator('tr[data-entry="001"]')).toBeVisible();

  // Not locked: the printout is a draft, without a code or a QR code.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.posted-results .draft-note')).toHaveText(
    '草稿：成绩未锁定，不是公示成绩，没有校验码。',
  );
  await expect(page.locator('.verification-code')).toHaveCount(0);
  await expect(page.locator('img.verification-qr')).toHaveCount(0);
  await screenshot(page, '40-results-print-draft-zh');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: '导出签名成绩文件' })).toHaveCount(0);

  await page.getByLabel('裁判长姓名').fill('周裁判长');
  await page.getByRole('button', { name: '锁定成绩', exact: true }).click();
  // The dialog shows the award counts before anything is published.
  await page.getByRole('dialog').getByRole('button', { name: '已确认，锁定成绩' }).click();
  await expect(page.locator('.lock-state')).toContainText('已锁定：第 1 版，周裁判长');
  const onScreen = page.locator('.verification-code.on-screen');
  await expect(onScreen).toHaveText(/^校验码：[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  const code = (await onScreen.textContent())!.replace('校验码：', '');

  // The signed file the organizer hands out carries the printed code.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出签名成绩文件' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '课程赛项成绩测试-科学课程（活动）-v1.scoredesk-results',
  );
  const content = readFileSync((await download.path())!, 'utf8');
  const checked = checkResultsFile(parseResultsFile(content), { code });
  expect(checked.problem).toBeNull();
  const fingerprint = checked.fingerprint!;

  // Locked: the posted list prints its rows, the code, the fingerprint and a QR code.
  await page.emulateMedia({ media: 'print' });
  const posted = page.locator('.posted-results');
  await expect(posted).toBeVisible();
  await expect(posted.locator('.lock-line')).toContainText('第 1 版，由 周裁判长');
  await expect(posted.locator('.draft-note')).toHaveCount(0);
  await expect(page.locator('.result-group[data-group]')).toBeHidden();
  const header = await posted.locator('thead th').allInnerTexts();
  const rows = await posted
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
  const column = (name: string) => header.indexOf(name);
  expect(
    rows.map((r) =>
      ['名次', '编号', '姓名/团队', '最后得分', '奖项'].map((name) => r[column(name)]),
    ),
  ).toEqual([
    ['1', '001', '星火课程组', '81.00', '二等奖'],
    ['2', '003', '小小科学家', '81.00', '三等奖'],
    ['3', '002', '探索者小队', '80.67', '优秀奖'],
    ['4', '004', '追光团队', '71.00', '优秀奖'],
  ]);
  await expect(posted.locator('.verification-code')).toHaveText(`校验码：${code}`);
  await expect(posted.locator('.fingerprint-line')).toHaveText(`赛事密钥指纹：${fingerprint}`);
  const qr = posted.locator('img.verification-qr');
  await expect(qr).toHaveAttribute('alt', `校验二维码：${code}`);
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The QR image decodes to the code and what a verifier needs.
  const svg = decodeURIComponent((await qr.getAttribute('src'))!.split(',')[1]!);
  expect(svg).toContain('<svg');
  await screenshot(page, '41-results-print-locked-zh');
  await page.pdf({ path: join(screens, '41-results-print-locked-zh.pdf'), format: 'A4' });

  // In English, the same list, code and fingerprint.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'English' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(posted.locator('.verification-code')).toHaveText(`Verification code: ${code}`);
  await expect(posted.locator('.fingerprint-line')).toHaveText(
    `Competition key fingerprint: ${fingerprint}`,
  );
  await expect(posted).toContainText('Second prize');
  await screenshot(page, '42-results-print-locked-en');
  await page.pdf({ path: join(screens, '42-results-print-locked-en.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await screenshot(page, '43-results-locked-screen-en');

  // And `scoredesk verify` accepts the downloaded file with the printed code.
  const out = execFileSync(
    process.execPath,
    [
      join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs'),
      'verify',
      (await download.path())!,
      '--fingerprint',
      fingerprint,
      '--code',
      code,
    ],
    { encoding: 'utf8' },
  );
  expect(out).toContain(`校验码 ${code} 与这份成绩文件一致。`);
});
