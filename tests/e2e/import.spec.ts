import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImportFixtures } from '../fixtures/buildImportFixtures';
import { expect, screenshot, test } from './host';

test('an organizer imports a roster through the mapping and preview screens, fixing one column', async ({
  page,
  host,
}) => {
  const files = buildImportFixtures(mkdtempSync(join(tmpdir(), 'scoredesk-import-')));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(host.url);
  await page.getByLabel('赛事名称').fill('导入测试赛');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入测试赛' })).toBeVisible();

  // From the roster page of 科普短剧 (the file's own title calls it that; 科学表演 would do too).
  await page.locator('.sidebar .nav-track').nth(2).getByRole('link', { name: '选手名单' }).click();
  await page.getByRole('link', { name: '从 Excel 导入' }).click();
  await expect(page.getByRole('heading', { name: '导入选手名单：科普短剧' })).toBeVisible();
  await page.getByLabel('选择文件').setInputFiles(files.dramaXlsx);

  // The header is found under the merged title row; known columns are prefilled.
  await expect(page.getByText('表头在第 2 行，共 2 条数据')).toBeVisible();
  await expect(page.getByLabel('编号')).toHaveValue('no');
  await expect(page.getByLabel('作品名称')).toHaveValue('title');
  await expect(page.getByLabel('推荐单位')).toHaveValue('organization');
  await expect(page.getByLabel('赛区')).toHaveValue('region');
  // 参演人员 is not a header the app knows: the organizer maps it to the team members.
  await expect(page.getByLabel('参演人员')).toHaveValue('');
  await screenshot(page, 'import-01-mapping-zh');
  await page.getByLabel('参演人员').selectOption({ label: '团队成员' });
  await expect(page.locator('[data-import-row="3"]')).toContainText('赵一、钱二、孙三');
  await expect(page.getByText('没有发现问题。')).toBeVisible();
  await expect(page.locator('.import-diff .added')).toHaveText('新增 2');
  await screenshot(page, 'import-02-preview-zh');

  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('已导入：新增 2，修改 0，删除 0，保留 0。');
  await page.getByRole('link', { name: '返回名单' }).first().click();
  await expect(page.locator('[data-entry="D01"]')).toContainText('空气的力量');
  await expect(page.locator('[data-entry="D01"]')).toContainText('赵一、钱二、孙三');
  await expect(page.locator('[data-entry="D02"]')).toContainText('广东科学中心');
  await screenshot(page, 'import-03-roster-zh');

  // Importing the same file again changes nothing, and says so.
  await page.getByRole('link', { name: '从 Excel 导入' }).click();
  await page.getByLabel('选择文件').setInputFiles(files.dramaXlsx);
  await page.getByLabel('参演人员').selectOption({ label: '团队成员' });
  await expect(page.locator('.import-diff .unchanged')).toHaveText('不变 2');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();

  // In English, a file with problems: each listed by row and column; nothing can be applied.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.sidebar .nav-track').nth(0).getByRole('link', { name: 'Roster' }).click();
  await page.getByRole('link', { name: 'Import from Excel' }).click();
  await page.getByLabel('Choose file').setInputFiles(files.problemsXlsx);
  const problems = page.locator('.import-problems tbody tr');
  await expect(problems).toHaveCount(5);
  await expect(page.locator('[data-problem-row="3"]')).toContainText(
    'no track is called “天文观测”',
  );
  await expect(page.locator('[data-problem-row="5"]')).toContainText(
    'entry number 003 already used in row 4',
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await screenshot(page, 'import-04-problems-en');

  // A renamed text file is refused by name.
  await page.getByLabel('Choose file').setInputFiles(files.renamedTxt);
  await expect(page.getByRole('alert')).toContainText(
    'The file “notes-renamed.xlsx” does not hold an Excel workbook',
  );

  // Judges from the judges page.
  await page.getByRole('link', { name: 'Judges' }).click();
  await page.getByRole('link', { name: 'Import judge list' }).click();
  await page.getByLabel('Choose file').setInputFiles(files.judgesXlsx);
  await expect(page.locator('[data-import-row="3"]')).toContainText('Exhibit');
  await screenshot(page, 'import-05-judges-en');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('3 added');
  expect(pageErrors).toEqual([]);
});

test('a corrected judge list shows the rename as a change and removes no one unless asked', async ({
  page,
  host,
}) => {
  const files = buildImportFixtures(mkdtempSync(join(tmpdir(), 'scoredesk-import-')));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.goto(host.url);
  await page.getByLabel('赛事名称').fill('评委更正测试');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await page.getByRole('link', { name: '评委', exact: true }).click();

  // A new judge sits on no panel until one is ticked.
  await page.getByRole('button', { name: '添加评委' }).click();
  await expect(page.locator('form input[type="checkbox"]:checked')).toHaveCount(0);
  await page.getByRole('button', { name: '取消' }).click();

  await page.getByRole('link', { name: '导入评委名单' }).click();
  await page.getByLabel('选择文件').setInputFiles(files.judgesXlsx);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('新增 3');

  // The corrected list: one rename, one added, one not listed and kept.
  await page.getByLabel('选择文件').setInputFiles(files.judgesCorrectedXlsx);
  await expect(page.locator('.import-diff .added')).toHaveText('新增 1');
  await expect(page.locator('.import-diff .changed')).toHaveText('修改 1');
  await expect(page.locator('.import-diff .removed')).toHaveText('删除 0');
  await expect(page.locator('.import-rename')).toHaveText('改名：黄研究员 → 黄研究馆员');
  await expect(page.locator('.import-missing')).toContainText(
    '以下评委不在文件中，将保留（补充名单只新增和修改）： 陈老师',
  );
  const removal = page.getByLabel('同时删除不在文件中的评委（1 个）');
  await expect(removal).not.toBeChecked();
  await screenshot(page, 'import-06-rename-zh');

  // Ticking the choice shows what goes; in English the same screen.
  await removal.check();
  await expect(page.locator('.import-diff .removed')).toHaveText('删除 1');
  await expect(page.locator('.import-missing')).toContainText(
    '以下条目不在文件中，导入时将删除： 陈老师',
  );
  await removal.uncheck();
  await expect(page.locator('.import-diff .removed')).toHaveText('删除 0');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.import-rename')).toHaveText('renamed: 黄研究员 → 黄研究馆员');
  await page.getByLabel('Also remove the judges missing from the file (1)').check();
  await expect(page.locator('.import-diff .removed')).toHaveText('1 removed');
  await screenshot(page, 'import-07-rename-remove-en');
  await page.getByLabel('Also remove the judges missing from the file (1)').uncheck();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('1 added, 1 changed, 0 removed');

  // The judges page: the renamed judge, 陈老师 kept; removing asks in the page, not in a native box.
  await page.getByRole('link', { name: 'Back to the list' }).first().click();
  const rows = page.locator('table.list tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('table.list')).toContainText('黄研究馆员');
  const chen = rows.filter({ hasText: '陈老师' });
  await chen.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove judge 陈老师?' });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'import-08-confirm-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(4);
  await chen.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(3);
  expect(pageErrors).toEqual([]);
});
